/**
 * `npm run fit`: fits the pair-scoring model and writes src/engine/weights.ts.
 *
 * Weights: logistic regression with soft labels (people's score / 5) on the STS headline train
 * split, by gradient descent with a little L2. Thresholds: the agreement threshold is the score
 * that best separates STS >= 4 ("mostly equivalent") from 3 <= STS < 4 on train; the match
 * threshold maximises the mean of two F1 figures, STS train with "same claim" = score >= 3, and
 * the seeds' gold alignment, so neither data set alone decides it. Dev is printed for checking;
 * test is left to `npm run eval`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { compare } from '../src/engine/index'
import { FEATURES, scoreFeatures } from '../src/engine/similarity'
import type { Model } from '../src/engine/weights'
import { type Gold, scoreAgainstGold } from './gold'
import { hasSts, readSts, spearman, stsFeatures } from './sts'

if (!hasSts()) {
  console.error('fit: ../shared/data/sts-headlines is not beside the project')
  process.exit(2)
}

const train = readSts('train')
const dev = readSts('dev')
const X = stsFeatures(train)
const y = train.map((p) => p.score / 5)
const d = FEATURES.length

let w = new Array<number>(d).fill(0)
let b = 0
const lr = 2
const l2 = 1e-4
for (let it = 0; it < 6000; it++) {
  const gw = new Array<number>(d).fill(0)
  let gb = 0
  X.forEach((x, i) => {
    let z = b
    for (let k = 0; k < d; k++) z += (w[k] as number) * (x[k] as number)
    const err = 1 / (1 + Math.exp(-z)) - (y[i] as number)
    for (let k = 0; k < d; k++) gw[k] = (gw[k] as number) + err * (x[k] as number)
    gb += err
  })
  w = w.map((v, k) => v - lr * ((gw[k] as number) / X.length + l2 * v))
  b -= (lr * gb) / X.length
}

const round = (v: number) => Math.round(v * 1000) / 1000
const base: Model = { bias: round(b), weights: w.map(round), matchThreshold: 0.5, agreeThreshold: 0.8 }
const predTrain = X.map((x) => scoreFeatures(x, base))
const predDev = stsFeatures(dev).map((x) => scoreFeatures(x, base))
console.log('weights', FEATURES.map((f, k) => `${f}=${base.weights[k]}`).join(', '), 'bias', base.bias)
console.log('spearman train', spearman(predTrain, train.map((p) => p.score)).toFixed(3))
console.log('spearman dev  ', spearman(predDev, dev.map((p) => p.score)).toFixed(3))

// Agreement threshold: among "same claim" pairs, where "mostly equivalent" begins.
const same = train.map((p, i) => ({ s: p.score, p: predTrain[i] as number })).filter((r) => r.s >= 3)
let agree = 0.8
let bestAcc = 0
for (let t = 0.3; t <= 0.99; t += 0.01) {
  const acc = same.filter((r) => (r.p >= t) === (r.s >= 4)).length / same.length
  if (acc > bestAcc) [bestAcc, agree] = [acc, t]
}
console.log(`agree threshold ${agree.toFixed(2)} (accuracy ${bestAcc.toFixed(3)} on train pairs with STS >= 3)`)

const seedA = readFileSync(new URL('../seeds/abc-putin-north-korea.txt', import.meta.url), 'utf8')
const seedB = readFileSync(new URL('../seeds/letter-putin-north-korea.txt', import.meta.url), 'utf8')
const gold = JSON.parse(
  readFileSync(new URL('../test/fixtures/seeds/gold-alignment.json', import.meta.url), 'utf8'),
) as Gold
const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn))
let match = 0.5
let bestObj = -1
for (let t = 0.1; t <= 0.9; t += 0.01) {
  const flags = train.map((p, i) => ({ gold: p.score >= 3, pred: (predTrain[i] as number) >= t }))
  const tp = flags.filter((f) => f.gold && f.pred).length
  const fp = flags.filter((f) => !f.gold && f.pred).length
  const fn = flags.filter((f) => f.gold && !f.pred).length
  const model = { ...base, matchThreshold: t, agreeThreshold: agree }
  const seeds = scoreAgainstGold(gold, seedA, seedB, compare(seedA, seedB, { model }))
  const obj = (f1(tp, fp, fn) + seeds.f1) / 2
  if (obj > bestObj + 1e-9) {
    bestObj = obj
    match = t
    console.log(`  t=${t.toFixed(2)} sts F1 ${f1(tp, fp, fn).toFixed(3)} seeds F1 ${seeds.f1.toFixed(3)}`)
  }
}
console.log(`match threshold ${match.toFixed(2)} (mean F1 ${bestObj.toFixed(3)})`)

const model: Model = { ...base, matchThreshold: round(match), agreeThreshold: round(agree) }
const file = new URL('../src/engine/weights.ts', import.meta.url)
const source = readFileSync(file, 'utf8').replace(
  /export const MODEL: Model = \{[\s\S]*?\n\}\n/,
  `export const MODEL: Model = ${JSON.stringify(model, null, 2).replace(/"(\w+)":/g, '$1:')}\n`,
)
writeFileSync(file, source)
console.log('wrote src/engine/weights.ts')
