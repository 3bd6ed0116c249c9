/**
 * `npm run eval`: the seeds' figures against their gold alignment and, when
 * ../shared/data/sts-headlines is present, the Spearman correlation of match scores with
 * people's scores on the dev and test splits, next to a plain `string-similarity` baseline
 * computed in the same run. Exits 1 when a target is missed.
 */
import { readFileSync } from 'node:fs'
import { compareTwoStrings } from 'string-similarity'
import { compare } from '../src/engine/index'
import { scoreFeatures } from '../src/engine/similarity'
import { generatePair } from './generate'
import { type Gold, scoreAgainstGold } from './gold'
import { hasSts, readSts, spearman, stsFeatures } from './sts'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const seedA = read('../seeds/abc-putin-north-korea.txt')
const seedB = read('../seeds/letter-putin-north-korea.txt')
const gold = JSON.parse(read('../test/fixtures/seeds/gold-alignment.json')) as Gold
const s = scoreAgainstGold(gold, seedA, seedB, compare(seedA, seedB))
const failures: string[] = []
const check = (ok: boolean, text: string) => (ok ? `ok: ${text}` : (failures.push(text), `MISSED: ${text}`))

console.log('seeds against gold-alignment.json')
console.log(`  pairs tp=${s.tp} fp=${s.fp} fn=${s.fn}  missed=${s.missed.join(' ') || '-'}  extra=${s.extra.join(' ') || '-'}`)
console.log(`  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`)
console.log(`  relation right (agree vs not) on ${s.relationRight}/${s.tp} found (${gold.match.length} gold)`)
console.log(`  ${check(s.f1 >= 0.9, 'match-pair F1 >= 0.90')}`)
console.log(`  ${check(s.relationRight >= 8, 'relation right on >= 8 of the 9 gold matches')}`)
console.log(`  ${check(s.trapsCalledAgree.length === 0, 'trap pair not agree')}`)
console.log(`  ${check(s.boilerplateInBody.length === 0, `gold boilerplate never body ${s.boilerplateInBody.join(' | ')}`)}`)
console.log(`  ${check(s.bodyLost.length === 0, `no gold body sentence lost ${s.bodyLost.join(' ')}`)}`)

// Generated reports know which claims B retells: a check on text the model was not tuned on.
{
  let tp = 0
  let fp = 0
  let fn = 0
  let right = 0
  for (const seed of [1, 2, 3, 4, 5]) {
    const { a, b, retold } = generatePair(3000, seed)
    const c = compare(a, b)
    const found = new Map<string, string>()
    for (const m of c.matches) for (const x of m.a) for (const y of m.b) found.set(`${x}-${y}`, m.relation)
    const truth = new Map(retold.map((t) => [`a${t.a}-b${t.b}`, t.change]))
    for (const [k, change] of truth) {
      const relation = found.get(k)
      if (relation === undefined) fn++
      else {
        tp++
        if ((change === 'none') === (relation === 'agree')) right++
      }
    }
    for (const k of found.keys()) if (!truth.has(k)) fp++
  }
  const p = tp / (tp + fp)
  const r = tp / (tp + fn)
  console.log('\ngenerated pairs (5 x 3,000 words; B retells 60% of A, some with another number or day)')
  console.log(`  precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  F1 ${((2 * p * r) / (p + r)).toFixed(3)}`)
  console.log(`  relation right (agree vs not) on ${right}/${tp} found`)
}

if (hasSts()) {
  console.log('\nSTS news headlines: Spearman of scores with people\'s 0-5 scores')
  for (const split of ['dev', 'test'] as const) {
    const pairs = readSts(split)
    const ours = stsFeatures(pairs).map((f) => scoreFeatures(f))
    const baseline = pairs.map((p) => compareTwoStrings(p.a, p.b))
    const gold = pairs.map((p) => p.score)
    const r = spearman(ours, gold)
    const rb = spearman(baseline, gold)
    console.log(`  ${split.padEnd(5)} crosscheck ${r.toFixed(3)}   string-similarity baseline ${rb.toFixed(3)}   (${pairs.length} pairs)`)
    if (split === 'test') {
      console.log(`  ${check(r >= 0.75, 'test Spearman >= 0.75')}`)
      console.log(`  ${check(r > rb, 'test Spearman above the baseline')}`)
    }
  }
} else {
  console.log('\n(../shared/data/sts-headlines not found: STS figures skipped)')
}
if (failures.length > 0) process.exitCode = 1
