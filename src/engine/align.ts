/**
 * Which claims match: candidate pairs from an index of informative terms, scored in full, then
 * kept when they clear the fitted threshold and are among the best for one of their two claims.
 *
 * Comparing every pair costs |A|·|B| bigram comparisons; on 100k-word reports that is 25 million.
 * Instead each side's terms go into an inverted index that leaves out terms too common to inform
 * (more postings than `maxPosting`), each claim keeps its `perClaim` best candidates by shared
 * rarity, and only those pairs get the full score, so cost grows about linearly with length.
 */
import type { Features, Idf, Profile } from './similarity'
import { pairFeatures, scoreFeatures } from './similarity'
import type { Model } from './weights'

/** A pair of claims (indices into the two profile arrays) with its score. */
export type ScoredPair = {
  a: number
  b: number
  score: number
  features: Features
}

/** Tuning of alignment. */
export type AlignOptions = {
  /** Minimum score of a match. */
  threshold: number
  /** The scoring model. */
  model: Model
  /** Candidates kept per claim before full scoring. */
  perClaim?: number
  /** A claim's second counterpart is kept when it scores at least this share of its best. */
  runnerUp?: number
  /** A pair must score at least this share of the best candidate of each of its claims. */
  slack?: number
}

const termsOf = (p: Profile) => p.keys

function termWeight(term: string, idf: Idf): number {
  return idf.weights.get(term) ?? idf.unseen
}

/** Pairs worth scoring in full: each claim's best candidates by shared rare terms. */
export function candidatePairs(
  a: readonly Profile[],
  b: readonly Profile[],
  idf: Idf,
  perClaim = 4,
): Array<[number, number]> {
  // A term in more claims than this says little about which claims match, and a fixed bound
  // keeps the work per claim constant whatever the length of the reports.
  const maxPosting = 32
  const index = new Map<string, number[]>()
  b.forEach((p, j) => {
    for (const t of termsOf(p)) {
      const list = index.get(t)
      if (list === undefined) index.set(t, [j])
      else if (list.length <= maxPosting) list.push(j)
    }
  })
  const bestForB: Array<Array<[number, number]>> = b.map(() => [])
  const chosen = new Set<number>()
  const key = (i: number, j: number) => i * b.length + j
  // Shared rarity per claim of B, reset after each claim of A through the list of those touched.
  const acc = new Float64Array(b.length)
  const touched: number[] = []
  a.forEach((p, i) => {
    for (const t of termsOf(p)) {
      const list = index.get(t)
      if (list === undefined || list.length > maxPosting) continue
      const w = termWeight(t, idf)
      for (const j of list) {
        if (acc[j] === 0) touched.push(j)
        acc[j] = (acc[j] as number) + w
      }
    }
    touched.sort((x, y) => (acc[y] as number) - (acc[x] as number))
    touched.slice(0, perClaim).forEach((j) => chosen.add(key(i, j)))
    for (const j of touched.slice(0, 4 * perClaim)) bestForB[j]?.push([i, acc[j] as number])
    for (const j of touched) acc[j] = 0
    touched.length = 0
  })
  bestForB.forEach((list, j) => {
    list.sort((x, y) => y[1] - x[1])
    for (const [i] of list.slice(0, perClaim)) chosen.add(key(i, j))
  })
  return [...chosen].map((k) => [Math.floor(k / b.length), k % b.length])
}

/**
 * Matches between the claims of two reports, by competitive linking (Melamed 2000) with slack:
 * pairs are taken best first, and a pair is kept when each of its claims has no kept pair yet
 * or scores at least `runnerUp` of that claim's best kept pair. So one claim may match several
 * ("A3" states what "B3" and "B4" say), but a pair that lost both its claims to better
 * partners is not kept.
 */
export function alignClaims(
  a: readonly Profile[],
  b: readonly Profile[],
  idf: Idf,
  options: AlignOptions,
): ScoredPair[] {
  const runnerUp = options.runnerUp ?? 0.8
  const scored: ScoredPair[] = []
  for (const [i, j] of candidatePairs(a, b, idf, options.perClaim)) {
    const features = pairFeatures(a[i] as Profile, b[j] as Profile, idf)
    const score = scoreFeatures(features, options.model)
    if (score >= options.threshold) scored.push({ a: i, b: j, score, features })
  }
  scored.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
  const slack = options.slack ?? 0.8
  const topA = new Map<number, number>()
  const topB = new Map<number, number>()
  for (const p of scored) {
    if (!topA.has(p.a)) topA.set(p.a, p.score)
    if (!topB.has(p.b)) topB.set(p.b, p.score)
  }
  const bestA = new Map<number, number>()
  const bestB = new Map<number, number>()
  const kept: ScoredPair[] = []
  for (const p of scored) {
    // A claim whose best partner went to a better pair does not settle for a poor leftover.
    if (p.score < slack * (topA.get(p.a) ?? 0) || p.score < slack * (topB.get(p.b) ?? 0)) continue
    const ba = bestA.get(p.a)
    const bb = bestB.get(p.b)
    if ((ba !== undefined && p.score < runnerUp * ba) || (bb !== undefined && p.score < runnerUp * bb)) {
      continue
    }
    kept.push(p)
    if (ba === undefined) bestA.set(p.a, p.score)
    if (bb === undefined) bestB.set(p.b, p.score)
  }
  return kept.sort((x, y) => x.a - y.a || x.b - y.b)
}
