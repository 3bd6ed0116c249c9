/**
 * `npm run bench`: the engine's speed and memory against its targets, all in one run on the
 * same inputs: the seeds' full compare, whole-document `diffWords`, a naive all-pairs
 * `string-similarity` baseline, and generated pairs of about 1k, 10k and 100k words per side.
 * Exits 1 when a target is missed.
 */
import { readFileSync } from 'node:fs'
import { diffWords } from 'diff'
import { compareTwoStrings } from 'string-similarity'
import { clearWordClasses } from '../src/engine/facts/word-class'
import { compare } from '../src/engine/index'
import { clearWordTables } from '../src/engine/words'
import { generatePair } from './generate'

const seedA = readFileSync(new URL('../seeds/abc-putin-north-korea.txt', import.meta.url), 'utf8')
const seedB = readFileSync(new URL('../seeds/letter-putin-north-korea.txt', import.meta.url), 'utf8')

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y)
  return s[Math.floor(s.length / 2)] as number
}

function time(fn: () => unknown, runs: number, warmup = Math.min(runs, 20)): number {
  for (let i = 0; i < warmup; i++) fn()
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    out.push(performance.now() - t)
  }
  return median(out)
}

function naiveAllPairs(a: string, b: string): number {
  const split = (t: string) => t.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim())
  const sa = split(a)
  const sb = split(b)
  let best = 0
  for (const x of sa) for (const y of sb) best = Math.max(best, compareTwoStrings(x, y))
  return best
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const fmt = (ms: number) => (ms < 10 ? `${ms.toFixed(3)} ms` : `${ms.toFixed(1)} ms`)
const failures: string[] = []
const target = (ok: boolean, text: string) => {
  if (!ok) failures.push(text)
  return ok ? `ok: ${text}` : `MISSED: ${text}`
}

// The first ~200 runs are still being compiled by the JIT: warm up past them.
const seeds = time(() => compare(seedA, seedB), 1000, 300)
// diffWords allocates heavily and its median swings with the garbage collector: 40 runs
const docDiff = time(() => diffWords(seedA, seedB), 40, 5)
const naive = time(() => naiveAllPairs(seedA, seedB), 50, 5)
// Word-level tables (stems, word classes) live from one comparison to the next, and the benchmark
// repeats one input: this figure empties them before each run, as a fresh Worker would have them.
// It runs after the baselines, whose timings its garbage would otherwise disturb.
const cold = time(() => {
  clearWordTables()
  clearWordClasses()
  return compare(seedA, seedB)
}, 300, 100)
console.log('seeds (two reports, %d + %d chars)', seedA.length, seedB.length)
console.log(`  crosscheck compare (median of 1000)    ${fmt(seeds)}`)
console.log(`  ... word tables emptied before each run ${fmt(cold)}   (every word new, as in a fresh Worker)`)
console.log(`  diffWords, whole documents (median)    ${fmt(docDiff)}   (${(docDiff / seeds).toFixed(0)}x slower)`)
console.log(`  naive all-pairs string-similarity      ${fmt(naive)}   (${(naive / seeds).toFixed(1)}x slower)`)
console.log(`  ${target(seeds <= 1, 'seeds compare <= 1 ms median')}`)
console.log(`  ${target(docDiff >= 100 * seeds, 'at least 100x faster than whole-document diffWords')}`)

console.log('\ngenerated pairs (words per side)')
const sizes = [1_000, 10_000, 100_000]
const times: number[] = []
for (const words of sizes) {
  const { a, b } = generatePair(words, words)
  const runs = words >= 100_000 ? 3 : words >= 10_000 ? 7 : 25
  const before = process.memoryUsage().heapUsed
  let heapPeak = before
  const ms = time(() => {
    const c = compare(a, b)
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)
    return c
  }, runs, 1)
  times.push(ms)
  const c = compare(a, b)
  console.log(
    `  ${String(words).padStart(7)} words  ${fmt(ms).padStart(10)}  ` +
      `${c.a.sentences.length}+${c.b.sentences.length} sentences, ${c.matches.length} matches, ` +
      `heap peak +${mb(heapPeak - before)}, max RSS so far ${mb(process.resourceUsage().maxRSS * 1024)}`,
  )
}
const growth = (times[2] as number) / (times[1] as number)
console.log(`  growth 10k -> 100k: ${growth.toFixed(1)}x for 10x the words`)
console.log(`  ${target((times[2] as number) < 1000, '100k words per side in under 1 s')}`)
console.log(`  ${target(growth < 20, 'about linear growth (10x words -> < 20x time)')}`)
if (failures.length > 0) {
  console.log(`\n${failures.length} target(s) missed`)
  process.exitCode = 1
}
