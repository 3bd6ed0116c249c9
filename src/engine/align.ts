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
}

function termsOf(p: Profile): string[] {
  const terms = [...p.keys]
  for (const e of p.entities) terms.push(`e:${e}`)
  for (const f of p.figures) terms.push(`f:${f}`)
  return terms
}

function termWeight(term: string, idf: Idf): number {
  if (term.startsWith('e:') || term.startsWith('f:')) return idf.unseen
  return idf.weights.get(term) ?? idf.unseen
}

/** Pairs worth scoring in full: each claim's best candidates by shared rare terms. */
export function candidatePairs(
  a: readonly Profile[],
  b: readonly Profile[],
  idf: Idf,
  perClaim = 6,
): Array<[number, number]> {
  const maxPosting = Math.max(24, Math.ceil(4 * Math.sqrt(b.length)))
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
  a.forEach((p, i) => {
    const acc = new Map<number, number>()
    for (const t of termsOf(p)) {
      const list = index.get(t)
      if (list === undefined || list.length > maxPosting) continue
      const w = termWeight(t, idf)
      for (const j of list) acc.set(j, (acc.get(j) ?? 0) + w)
    }
    const ranked = [...acc].sort((x, y) => y[1] - x[1])
    ranked.slice(0, perClaim).forEach(([j]) => chosen.add(key(i, j)))
    for (const [j, w] of ranked) bestForB[j]?.push([i, w])
  })
  bestForB.forEach((list, j) => {
    list.sort((x, y) => y[1] - x[1])
    for (const [i] of list.slice(0, perClaim)) chosen.add(key(i, j))
  })
  return [...chosen].map((k) => [Math.floor(k / b.length), k % b.length])
}

/**
 * Matches between the claims of two reports.
 *
 * A pair is kept when it clears the threshold and scores near the best pair of each of its two
 * claims, so one claim may match several ("A3" states what "B3" and "B4" say).
 */
export function alignClaims(
  a: readonly Profile[],
  b: readonly Profile[],
  idf: Idf,
  options: AlignOptions,
): ScoredPair[] {
  const runnerUp = options.runnerUp ?? 0.85
  const scored: ScoredPair[] = []
  for (const [i, j] of candidatePairs(a, b, idf, options.perClaim)) {
    const features = pairFeatures(a[i] as Profile, b[j] as Profile, idf)
    const score = scoreFeatures(features, options.model)
    if (score >= options.threshold) scored.push({ a: i, b: j, score, features })
  }
  const bestA = new Map<number, number>()
  const bestB = new Map<number, number>()
  for (const p of scored) {
    bestA.set(p.a, Math.max(bestA.get(p.a) ?? 0, p.score))
    bestB.set(p.b, Math.max(bestB.get(p.b) ?? 0, p.score))
  }
  return scored
    .filter((p) => {
      return p.score >= runnerUp * (bestA.get(p.a) ?? 0) && p.score >= runnerUp * (bestB.get(p.b) ?? 0)
    })
    .sort((x, y) => x.a - y.a || x.b - y.b)
}
