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
import { evidenceOf, FEATURES, scoreOf, writeFeatures } from './similarity'
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
  /** Candidates kept per claim before full scoring: 4 unless given. */
  perClaim?: number
  /** A claim's second counterpart is kept when it scores at least this share of its best. */
  runnerUp?: number
  /** A pair must score at least this share of the best candidate of each of its claims. */
  slack?: number
}

// Inserts `id` with weight `w` into the list of `size` slots at `at` that holds `n` entries, best
// first and the earlier entry first on a tie (the order a stable sort leaves), and returns the
// new count. Keeping only the best few costs a few steps an entry where sorting all would not.
function insertBest(
  ids: Int32Array,
  ws: Float64Array,
  at: number,
  n: number,
  size: number,
  id: number,
  w: number,
): number {
  let pos = n
  while (pos > 0 && ws[at + pos - 1] < w) pos--
  if (pos === size) return n
  for (let q = Math.min(n, size - 1); q > pos; q--) {
    ids[at + q] = ids[at + q - 1]
    ws[at + q] = ws[at + q - 1]
  }
  ids[at + pos] = id
  ws[at + pos] = w
  return n < size ? n + 1 : n
}

// Typed arrays of candidatePairs kept from call to call, grown when too short: a dozen new
// typed arrays per comparison cost more than the work done with them. Contents are not carried
// over: each is filled before it is read.
type Ints =
  | 'count'
  | 'start'
  | 'postings'
  | 'chosenByA'
  | 'bestI'
  | 'bestN'
  | 'touched'
  | 'rankJ'
  | 'pairs'
const scratch: Record<Ints, Int32Array> & Record<'bestW' | 'acc' | 'rankW', Float64Array> = {
  count: new Int32Array(1024),
  start: new Int32Array(1025),
  postings: new Int32Array(1024),
  chosenByA: new Int32Array(256),
  bestI: new Int32Array(256),
  bestW: new Float64Array(256),
  bestN: new Int32Array(64),
  acc: new Float64Array(64),
  touched: new Int32Array(64),
  rankJ: new Int32Array(16),
  rankW: new Float64Array(16),
  pairs: new Int32Array(512),
}

function ints(array: Int32Array, n: number): Int32Array {
  return array.length >= n ? array : new Int32Array(Math.max(n, 2 * array.length))
}

function floats(array: Float64Array, n: number): Float64Array {
  return array.length >= n ? array : new Float64Array(Math.max(n, 2 * array.length))
}

// Whether claim i of A chose claim j of B among its `perClaim` candidates.
function choseFromA(chosenByA: Int32Array, perClaim: number, i: number, j: number): boolean {
  for (let r = i * perClaim; r < (i + 1) * perClaim; r++) if (chosenByA[r] === j) return true
  return false
}

/** Pairs worth scoring in full: each claim's best candidates by shared rare terms. */
export function candidatePairs(
  a: readonly Profile[],
  b: readonly Profile[],
  idf: Idf,
  perClaim?: number,
): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  const count = writeCandidates(a, b, idf, perClaim)
  for (let q = 0; q < count; q += 2) pairs.push([scratch.pairs[q], scratch.pairs[q + 1]])
  return pairs
}

// Writes the pairs of `candidatePairs` to `scratch.pairs`, claim of A then claim of B, and
// answers the number of ints written: no array per pair.
function writeCandidates(
  a: readonly Profile[],
  b: readonly Profile[],
  idf: Idf,
  perClaim = 4,
): number {
  // A term in more claims than this says little about which claims match, and a fixed bound
  // keeps the work per claim constant whatever the length of the reports.
  const maxPosting = 32
  // Claims of B by term id, as one array of postings: those of term t from start[t] to
  // start[t] + count[t]. A count above `maxPosting` stands for "too common".
  const terms = idf.df.length
  const count = (scratch.count = ints(scratch.count, terms))
  count.fill(0, 0, terms)
  for (const p of b) for (const t of p.keys) if (count[t] <= maxPosting) count[t]++
  const start = (scratch.start = ints(scratch.start, terms + 1))
  start[0] = 0
  for (let t = 0; t < terms; t++) start[t + 1] = start[t] + count[t]
  const postings = (scratch.postings = ints(scratch.postings, start[terms]))
  count.fill(0, 0, terms)
  for (let j = 0; j < b.length; j++) {
    for (const t of b[j].keys) if (count[t] <= maxPosting) postings[start[t] + count[t]++] = j
  }
  // Each claim of A ranks the claims of B it shares terms with; its first `perClaim` are its
  // candidates, its first `4 * perClaim` compete for the best `perClaim` of each claim of B.
  const ranked = 4 * perClaim
  const rankJ = (scratch.rankJ = ints(scratch.rankJ, ranked))
  const rankW = (scratch.rankW = floats(scratch.rankW, ranked))
  const chosenByA = (scratch.chosenByA = ints(scratch.chosenByA, a.length * perClaim))
  chosenByA.fill(-1, 0, a.length * perClaim)
  const bestI = (scratch.bestI = ints(scratch.bestI, b.length * perClaim))
  const bestW = (scratch.bestW = floats(scratch.bestW, b.length * perClaim))
  const bestN = (scratch.bestN = ints(scratch.bestN, b.length))
  bestN.fill(0, 0, b.length)
  // Shared rarity per claim of B, reset after each claim of A through the list of those touched
  // (a typed array and a count: emptying an array by its length frees its storage each time).
  const acc = (scratch.acc = floats(scratch.acc, b.length))
  acc.fill(0, 0, b.length)
  const touched = (scratch.touched = ints(scratch.touched, b.length))
  let touchedCount = 0
  const pairs = (scratch.pairs = ints(scratch.pairs, 2 * perClaim * (a.length + b.length)))
  let written = 0
  for (let i = 0; i < a.length; i++) {
    for (const t of a[i].keys) {
      if (count[t] > maxPosting) continue
      const w = idf.weights[t]
      for (let q = start[t]; q < start[t] + count[t]; q++) {
        const j = postings[q]
        if (acc[j] === 0) touched[touchedCount++] = j
        acc[j] += w
      }
    }
    let n = 0
    for (let r = 0; r < touchedCount; r++) {
      n = insertBest(rankJ, rankW, 0, n, ranked, touched[r], acc[touched[r]])
    }
    for (let r = 0; r < n; r++) {
      const j = rankJ[r]
      if (r < perClaim) {
        pairs[written++] = i
        pairs[written++] = j
        chosenByA[i * perClaim + r] = j
      }
      bestN[j] = insertBest(bestI, bestW, j * perClaim, bestN[j], perClaim, i, rankW[r])
    }
    for (let r = 0; r < touchedCount; r++) acc[touched[r]] = 0
    touchedCount = 0
  }
  for (let j = 0; j < b.length; j++) {
    for (let r = 0; r < bestN[j]; r++) {
      const i = bestI[j * perClaim + r]
      if (choseFromA(chosenByA, perClaim, i, j)) continue
      pairs[written++] = i
      pairs[written++] = j
    }
  }
  return written
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
  // Each candidate's signals are written to one list, copied only for a pair that is kept.
  const features: Features = new Array<number>(FEATURES.length).fill(0)
  // The score grows with the evidence: below the threshold's logit, less a margin far above the
  // rounding of either, a pair falls short of the threshold without its exp being taken.
  const { threshold, model } = options
  const logit = Math.log(threshold / (1 - threshold))
  const least = threshold > 0 && threshold < 1 ? logit - 1e-9 : -Infinity
  const count = writeCandidates(a, b, idf, options.perClaim)
  const pairs = scratch.pairs
  for (let q = 0; q < count; q += 2) {
    const i = pairs[q]
    const j = pairs[q + 1]
    const z = evidenceOf(writeFeatures(a[i], b[j], idf, features), model)
    if (z < least) continue
    const score = scoreOf(z)
    if (score >= threshold) scored.push({ a: i, b: j, score, features: features.slice() })
  }
  scored.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
  const slack = options.slack ?? 0.8
  // The best score of each claim among all its pairs, and among its kept pairs (-1: none yet).
  const topA = new Array<number>(a.length).fill(-1)
  const topB = new Array<number>(b.length).fill(-1)
  for (const p of scored) {
    if (topA[p.a] === -1) topA[p.a] = p.score
    if (topB[p.b] === -1) topB[p.b] = p.score
  }
  const bestA = new Array<number>(a.length).fill(-1)
  const bestB = new Array<number>(b.length).fill(-1)
  const kept: ScoredPair[] = []
  for (const p of scored) {
    // A claim whose best partner went to a better pair does not settle for a poor leftover.
    if (p.score < slack * topA[p.a] || p.score < slack * topB[p.b]) continue
    const ba = bestA[p.a]
    const bb = bestB[p.b]
    if ((ba !== -1 && p.score < runnerUp * ba) || (bb !== -1 && p.score < runnerUp * bb)) continue
    kept.push(p)
    if (ba === -1) bestA[p.a] = p.score
    if (bb === -1) bestB[p.b] = p.score
  }
  return kept.sort((x, y) => x.a - y.a || x.b - y.b)
}
