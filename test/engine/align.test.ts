// candidatePairs keeps only the best few candidates of each claim by insertion into short
// lists; these tests hold it to the plain version it replaced: full stable sorts and a Set.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generatePair } from '../../bench/generate'
import { candidatePairs } from '../../src/engine/align'
import { prepareReports } from '../../src/engine/index'
import type { Idf, Profile } from '../../src/engine/similarity'

function sortedCandidates(
  a: readonly Profile[],
  b: readonly Profile[],
  idf: Idf,
  perClaim: number,
): Array<[number, number]> {
  const maxPosting = 32
  const index = new Map<number, number[]>()
  b.forEach((p, j) => {
    for (const t of p.keys) {
      const list = index.get(t)
      if (list === undefined) index.set(t, [j])
      else if (list.length <= maxPosting) list.push(j)
    }
  })
  const bestForB: Array<Array<[number, number]>> = b.map(() => [])
  const chosen = new Set<number>()
  a.forEach((p, i) => {
    const acc = new Map<number, number>()
    for (const t of p.keys) {
      const list = index.get(t)
      if (list === undefined || list.length > maxPosting) continue
      for (const j of list) acc.set(j, (acc.get(j) ?? 0) + (idf.weights[t] as number))
    }
    const touched = [...acc.keys()].sort((x, y) => (acc.get(y) as number) - (acc.get(x) as number))
    for (const j of touched.slice(0, perClaim)) chosen.add(i * b.length + j)
    for (const j of touched.slice(0, 4 * perClaim)) bestForB[j]?.push([i, acc.get(j) as number])
  })
  bestForB.forEach((list, j) => {
    list.sort((x, y) => y[1] - x[1])
    for (const [i] of list.slice(0, perClaim)) chosen.add(i * b.length + j)
  })
  return [...chosen].map((k) => [Math.floor(k / b.length), k % b.length] as [number, number])
}

const read = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8')
const generated = generatePair(3000, 5)

describe('candidatePairs', () => {
  // The generated pair has 170 and 178 claims, and a term in more than 32 of them.
  const inputs = [
    ['the seeds', read('abc-putin-north-korea.txt'), read('letter-putin-north-korea.txt')],
    ['a generated pair of 3,000 words', generated.a, generated.b],
  ] as const
  for (const [name, a, b] of inputs) {
    const { profA, profB, idf } = prepareReports(a, b)
    for (const perClaim of [1, 2, 4]) {
      it(`picks what full sorts pick, in the same order, on ${name} (${perClaim} a claim)`, () => {
        const expected = sortedCandidates(profA, profB, idf, perClaim)
        expect(candidatePairs(profA, profB, idf, perClaim)).toEqual(expected)
      })
    }
  }
})
