/**
 * `npm run fit`: fits the pair-scoring model and writes src/engine/weights.ts.
 *
 * Weights: logistic regression by gradient descent with a little L2, on two data sets at once:
 * the STS headline train split with soft labels (people's score / 5), and every body-claim pair
 * of the seeds labelled by their gold alignment (match 1, unrelated 0; "related" pairs left
 * out), each set weighted to count as much as the other. Headlines teach the lexical signals; the seeds teach what headlines cannot show, such
 * as two claims attributed to different sources. Thresholds: the agreement threshold is the score
 * that best separates STS >= 4 ("mostly equivalent") from 3 <= STS < 4 on train; the match
 * threshold maximises the mean of two F1 figures, STS train with "same claim" = score >= 3, and
 * the seeds' gold alignment, so neither data set alone decides it. Dev is printed for checking;
 * test is left to `npm run eval`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { compare, prepareReports } from '../src/engine/index'
import { FEATURES, pairFeatures, scoreFeatures } from '../src/engine/similarity'
import type { Model } from '../src/engine/weights'
import { type Gold, scoreAgainstGold } from './gold'
import { hasSts, readSts, spearman, stsFeatures } from './sts'

if (!hasSts()) {
  console.error('fit: ../shared/data/sts-headlines is not beside the project')
  process.exit(2)
}

const seedA = readFileSync(new URL('../seeds/abc-putin-north-korea.txt', import.meta.url), 'utf8')
const seedB = readFileSync(new URL('../seeds/letter-putin-north-korea.txt', import.meta.url), 'utf8')
const gold = JSON.parse(
  readFileSync(new URL('../test/fixtures/seeds/gold-alignment.json', import.meta.url), 'utf8'),
) as Gold

/** Every body pair of the seeds with its gold label (1 match, 0 unrelated; related pairs skipped). */
function seedRows(): { X: number[][]; y: number[] } {
  const prep = prepareReports(seedA, seedB)
  const owner = (text: string, side: 'a' | 'b', start: number, end: number) =>
    Object.entries(gold.sentences[side]).find(([, snip]) => {
      const at = text.indexOf(snip)
      return start <= at && at < end
    })?.[0]
  const idsA = prep.bodyA.map((s) => owner(seedA, 'a', s.start, s.end))
  const idsB = prep.bodyB.map((s) => owner(seedB, 'b', s.start, s.end))
  const match = new Set(gold.match.map((m) => `${m.a}-${m.b}`))
  const related = new Set((gold.related ?? []).map((m) => `${m.a}-${m.b}`))
  const X: number[][] = []
  const y: number[] = []
  prep.profA.forEach((pa, i) =>
    prep.profB.forEach((pb, j) => {
      const key = `${idsA[i]}-${idsB[j]}`
      if (related.has(key)) return
      X.push(pairFeatures(pa, pb, prep.idf))
      y.push(match.has(key) ? 1 : 0)
    }),
  )
  return { X, y }
}

const train = readSts('train')
const dev = readSts('dev')
const seeds = seedRows()
const X = [...stsFeatures(train), ...seeds.X]
const y = [...train.map((p) => p.score / 5), ...seeds.y]
// Each data set counts as much as the other: headlines are many, article pairs few.
const seedWeight = train.length / seeds.X.length
const rowWeight = X.map((_, i) => (i < train.length ? 1 : seedWeight))
const totalWeight = rowWeight.reduce((s, w) => s + w, 0)
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
    const err = (1 / (1 + Math.exp(-z)) - (y[i] as number)) * (rowWeight[i] as number)
    for (let k = 0; k < d; k++) gw[k] = (gw[k] as number) + err * (x[k] as number)
    gb += err
  })
  w = w.map((v, k) => v - lr * ((gw[k] as number) / totalWeight + l2 * v))
  b -= (lr * gb) / totalWeight
}

const round = (v: number) => Math.round(v * 1000) / 1000
const base: Model = { bias: round(b), weights: w.map(round), matchThreshold: 0.5, sameThreshold: 0.5, agreeThreshold: 0.8 }
const predTrain = X.slice(0, train.length).map((x) => scoreFeatures(x, base))
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

// Second stage: a seeded local search from the logistic weights for the weights and match
// threshold that maximise seeds F1 (alignment as compare() does it) + STS train Spearman, so
// the lexical ranking learnt from people's scores is kept while alignment is tuned.
const trainScores = train.map((p) => p.score)
const stsX = X.slice(0, train.length)
const seedsF1 = (m: Model) => scoreAgainstGold(gold, seedA, seedB, compare(seedA, seedB, { model: m })).f1
// The threshold whose neighbourhood (t - 0.01, t, t + 0.01) scores best, so that a small change
// of scores does not tip the seeds over an edge.
function bestThreshold(m: Omit<Model, 'matchThreshold'>): { t: number; f1: number } {
  const ts: number[] = []
  for (let t = 0.07; t <= 0.61; t += 0.01) ts.push(Math.round(t * 100) / 100)
  const f = ts.map((t) => seedsF1({ ...m, matchThreshold: t }))
  let best = { t: 0.5, f1: -1, smooth: -1 }
  for (let i = 1; i < ts.length - 1; i++) {
    const smooth = ((f[i - 1] as number) + (f[i] as number) + (f[i + 1] as number)) / 3
    if (smooth > best.smooth + 1e-9) best = { t: ts[i] as number, f1: f[i] as number, smooth }
  }
  return { t: best.t, f1: best.smooth }
}
const objective = (m: Omit<Model, 'matchThreshold'>) => {
  const r = spearman(stsX.map((x) => scoreFeatures(x, { ...m, matchThreshold: 0 })), trainScores)
  const b = bestThreshold(m)
  return { value: b.f1 + r, t: b.t, f1: b.f1, r }
}
let current: Omit<Model, 'matchThreshold'> = { ...base, agreeThreshold: agree }
let score = objective(current)
const rand = (() => {
  let t = 42
  return () => {
    t = (t + 0x6d2b79f5) >>> 0
    let r = Math.imul(t ^ (t >>> 15), 1 | t)
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296
  }
})()
for (let it = 0; it < 300; it++) {
  const k = Math.floor(rand() * (d + 1))
  const step = (rand() - 0.5) * 1.0
  const weights = current.weights.map((v, i) => (i === k ? round(v + step) : v))
  const cand = { ...current, weights, bias: k === d ? round(current.bias + step) : current.bias }
  const s2 = objective(cand)
  if (s2.value > score.value + 1e-9) {
    current = cand
    score = s2
    console.log(`  step ${it}: seeds F1 ${s2.f1.toFixed(3)}, STS train Spearman ${s2.r.toFixed(3)}, t=${s2.t.toFixed(2)}`)
  }
}
const match = score.t
console.log(`match threshold ${match.toFixed(2)}: seeds F1 ${score.f1.toFixed(3)}, STS train Spearman ${score.r.toFixed(3)}`)
const tuned = { ...current }
console.log('tuned', FEATURES.map((f, k) => `${f}=${tuned.weights[k]}`).join(', '), 'bias', tuned.bias)
console.log('spearman dev  ', spearman(stsFeatures(dev).map((x) => scoreFeatures(x, { ...tuned, matchThreshold: 0 })), dev.map((p) => p.score)).toFixed(3))

const model: Model = {
  ...tuned,
  matchThreshold: round(match),
  // The score is the model's probability that two claims state the same thing: from 0.5 on it
  // is more likely than not, and a denial or another value of one quantity is a conflict.
  // (STS cannot place this line: its "roughly equivalent" headlines score higher than retold
  // article sentences do.)
  sameThreshold: 0.5,
  agreeThreshold: round(agree),
}
const file = new URL('../src/engine/weights.ts', import.meta.url)
const source = readFileSync(file, 'utf8').replace(
  /export const MODEL: Model = \{[\s\S]*?\n\}\n/,
  `export const MODEL: Model = ${JSON.stringify(model, null, 2).replace(/"(\w+)":/g, '$1:')}\n`,
)
writeFileSync(file, source)
console.log('wrote src/engine/weights.ts')
