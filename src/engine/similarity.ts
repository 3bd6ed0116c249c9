/**
 * Pair scoring: how likely two claims state the same thing, from several signals combined by a
 * logistic model fitted on people's similarity scores of news headlines and on the seeds' gold
 * alignment (`bench/fit.ts` writes `weights.ts`).
 */
import { emptyFacts } from './facts'
import type { EntityFact, Facts } from './types'
import {
  appendNumberedKeys,
  appendPartKeys,
  appendWordKeys,
  createWordKeys,
  type WordKeys,
} from './words'
import { MODEL, type Model } from './weights'

/**
 * Numbers for the keys of one comparison, so that key sets are arrays of small integers and
 * rarity a typed array. Content-word keys, entity names and figures are numbered apart, as the
 * `e:` and `f:` prefixes kept them apart when keys were strings.
 */
export type Vocabulary = {
  /** Ids of canonical entity names. */
  names: Map<string, number>
  /** Ids of figures (`value unit`, date values). */
  figures: Map<string, number>
  /** The key of each id: content-word keys, names and figures, numbered in one numbering. */
  keys: string[]
  /** Ids of content-word keys. */
  wordKeys: WordKeys
}

/** An empty vocabulary, for the profiles of one comparison. */
export function createVocabulary(): Vocabulary {
  const wordKeys = createWordKeys()
  return { names: new Map(), figures: new Map(), keys: wordKeys.keys, wordKeys }
}

// The id of `key` among `keys` (one of the vocabulary's maps), numbering it when it is new.
function idOf(vocabulary: Vocabulary, keys: Map<string, number>, key: string): number {
  let id = keys.get(key)
  if (id === undefined) keys.set(key, (id = vocabulary.keys.push(key) - 1))
  return id
}

/**
 * What scoring needs to know of one claim, computed once per sentence. Key sets are vocabulary
 * ids without repeats, in the order the keys occur (sums over a set keep that order).
 */
export type Profile = {
  /**
   * Content-word keys (stems, synonyms folded), then canonical entity names from `firstName`,
   * then numbers and dates as `value unit` / date values from `firstFigure`.
   */
  keys: readonly number[]
  firstName: number
  firstFigure: number
  /** Canonical names of the people and of the places named. */
  people: readonly number[]
  places: readonly number[]
  /** Content keys of the quoted words. */
  quoteKeys: readonly number[]
  /** `keys` plus, for a sentence that refers back ("He…", "The letter…"), its predecessor's. */
  context: readonly number[]
  /** The names as written; their words ("democrat", "republ") are no anchor words. */
  mentions: readonly EntityFact[]
  /**
   * Ids of the content-word keys of the names as written, that the vocabulary held when first
   * asked (by `writeFeatures`, for the few claims with anchor candidates); null until then.
   */
  nameWords: number[] | null
  /** Id of the name of who the claim is attributed to, or -1 when no one. */
  source: number
  /** True when quoted words make up most of the claim. */
  quoted: boolean
}

/**
 * Rarity of each key over the sentences being compared: `log(1 + N / df)`, indexed by key id.
 * Built once all profiles of the comparison are made.
 */
export type Idf = {
  /** Rarity of each key id; `log(1 + N)` for an id that no profile given holds. */
  weights: Float64Array
  /** Number of profiles holding each key id. */
  df: Int32Array
  /** The numbering of the content-word keys among the ids. */
  wordKeys: WordKeys
  /** Scratch space of intersections: `marks[id] === stamp` when id is in the set marked last. */
  marks: Int32Array
  stamp: number
}

/** The signals of one pair, in the order of `FEATURES`. */
export type Features = number[]

/** Names of the signals, in the order `pairFeatures` returns them. */
export const FEATURES = [
  'rare-word overlap',
  'word overlap',
  'shared entities',
  'shared figures',
  'shared quote words',
  'rare-word containment',
  'overlap in context',
  'anchor words',
  'different sources',
  'other people or places',
] as const

// The names, figures, quotes and source of a sentence without facts (in tuning).
const NO_FACTS: Facts = emptyFacts()

/** Profile of a sentence from its normalised text and facts (facts may be absent in tuning). */
export function profileOf(norm: string, facts: Facts | undefined, vocabulary: Vocabulary): Profile {
  // The words, then the names, then the figures, as one list.
  const keys: number[] = []
  appendWordKeys(vocabulary.wordKeys, norm, keys)
  const firstName = keys.length
  const { entities, numbers, dates, quotes, attribution } = facts ?? NO_FACTS
  const people: number[] = []
  const places: number[] = []
  for (const e of entities) {
    const id = idOf(vocabulary, vocabulary.names, e.key)
    if (keys.includes(id, firstName)) continue
    keys.push(id)
    if (e.type === 'person') people.push(id)
    else if (e.type === 'place') places.push(id)
  }
  const firstFigure = keys.length
  for (const n of numbers) {
    const id = idOf(vocabulary, vocabulary.figures, `${n.value} ${n.unit ?? ''}`)
    if (!keys.includes(id, firstFigure)) keys.push(id)
  }
  for (const d of dates) {
    const id = idOf(vocabulary, vocabulary.figures, d.value)
    if (!keys.includes(id, firstFigure)) keys.push(id)
  }
  const quoteKeys: number[] = []
  let quotedLength = 0
  for (const q of quotes) {
    appendPartKeys(vocabulary.wordKeys, norm, q.text, quoteKeys)
    quotedLength += q.text.length
  }
  const source = attribution === null ? -1 : idOf(vocabulary, vocabulary.names, attribution)
  return {
    // Names and figures join the rarity-weighted overlap: a shared "two-day" or "Rodong Sinmun"
    // is rare evidence, a shared "North Korea" in a report about North Korea is not.
    keys,
    firstName,
    firstFigure,
    people,
    places,
    quoteKeys,
    mentions: entities,
    nameWords: null,
    source,
    quoted: quotedLength >= 0.5 * norm.length,
    context: keys,
  }
}

// "He will meet…", "The letter, featured in…": a sentence that opens by pointing back continues
// the claim of the sentence before it in the same paragraph.
// A common noun after "The", not a name: "The letter," refers back, "The Space Agency" does not.
const REFERS_BACK = /^(?:(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Tt]his|[Tt]hese|[Tt]hose|[Tt]hat)\b|The\s+[a-z]+[,\s])/

// REFERS_BACK, tested only on a sentence that starts with one of its first letters (H S I T, either
// case): most do not, and a regex call costs more than the test.
function mayReferBack(norm: string): boolean {
  const c = norm.charCodeAt(0) | 0x20
  return (c === 0x68 || c === 0x73 || c === 0x69 || c === 0x74) && REFERS_BACK.test(norm)
}

/** Gives each profile its context: its own keys plus the previous sentence's when it refers back. */
export function withContext(
  profiles: Profile[],
  sentences: ReadonlyArray<{ norm: string; paragraph: number }>,
): Profile[] {
  return profiles.map((p, i) => {
    const s = sentences[i]
    const prev = sentences[i - 1]
    const before = profiles[i - 1]
    if (!s || !prev || !before || prev.paragraph !== s.paragraph || !mayReferBack(s.norm)) return p
    const context = p.keys.slice()
    for (const k of before.keys) if (!p.keys.includes(k)) context.push(k)
    return { ...p, context }
  })
}

/** Rarity weights from the document frequency of each key over `profiles`. */
export function buildIdf(profiles: readonly Profile[], vocabulary: Vocabulary): Idf {
  const df = new Int32Array(vocabulary.keys.length)
  for (const p of profiles) for (const k of p.keys) df[k]++
  const n = Math.max(profiles.length, 1)
  // The weight depends on the frequency only, and few frequencies occur: one log for each.
  const byFrequency: number[] = [Math.log(1 + n)]
  const weights = new Float64Array(vocabulary.keys.length)
  for (let k = 0; k < df.length; k++) {
    const d = df[k]
    weights[k] = byFrequency[d] ??= Math.log(1 + n / d)
  }
  const marks = new Int32Array(vocabulary.keys.length)
  return { weights, df, wordKeys: vocabulary.wordKeys, marks, stamp: 0 }
}

// An intersection marks the ids of one set with a fresh stamp, then looks the other set's ids
// up: linear in the two sizes, no hashing, and earlier marks need no clearing.
function nextStamp(idf: Idf): number {
  if (idf.stamp === 0x7fffffff) {
    idf.marks.fill(0)
    idf.stamp = 0
  }
  return ++idf.stamp
}

function sharedCount(a: readonly number[], b: readonly number[], idf: Idf): number {
  const stamp = nextStamp(idf)
  for (const k of a) idf.marks[k] = stamp
  let shared = 0
  for (const k of b) if (idf.marks[k] === stamp) shared++
  return shared
}

function dice(shared: number, sizeA: number, sizeB: number): number {
  return sizeA === 0 || sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB)
}

/** Overlap of two key sets, each key weighted by its rarity (the dice of their rarity totals). */
function weightedOverlap(a: readonly number[], b: readonly number[], idf: Idf): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a]
  const stamp = nextStamp(idf)
  let totalLarge = 0
  for (const k of large) {
    idf.marks[k] = stamp
    totalLarge += idf.weights[k]
  }
  let totalSmall = 0
  let shared = 0
  for (const k of small) {
    totalSmall += idf.weights[k]
    if (idf.marks[k] === stamp) shared += idf.weights[k]
  }
  if (totalSmall === 0 || totalLarge === 0) return 0
  return (2 * shared) / (totalSmall + totalLarge)
}

// 1 when both claims name people (or places) and none of them the same: two claims about
// "Carla Jensen in Northport" and "Jonas Quinn in Northport" are about different events.
function disjoint(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0
  for (const x of a) if (b.includes(x)) return 0
  return 1
}

// 1 when the claims are attributed to different sources and neither claim even names the
// other's ("the Kremlin revealed Putin's letter" names Putin: 0). A claim that is mostly a
// quote belongs to its speaker whoever else it names. The same source is no evidence of the
// same claim: one report attributes most of its claims to its main actor.
function otherSource(a: Profile, b: Profile): number {
  if (a.source === -1 || b.source === -1 || a.source === b.source) return 0
  if (a.quoted && !names(b, a.source)) return 1
  if (b.quoted && !names(a, b.source)) return 1
  return names(a, b.source) || names(b, a.source) ? 0 : 1
}

// Whether the claim names the entity `id`.
function names(p: Profile, id: number): boolean {
  for (let r = p.firstName; r < p.firstFigure; r++) if (p.keys[r] === id) return true
  return false
}

// True when the word key `k`, one of the claim's words, is the key of a word inside one of the
// claim's names ("democrat", "republ"). The names' words are read once per claim, when first asked:
// any key of the claim's words was numbered by the time that happens.
function inNames(p: Profile, k: number, idf: Idf): boolean {
  let words = p.nameWords
  if (words === null) {
    words = []
    for (const e of p.mentions) appendNumberedKeys(idf.wordKeys, e.text, words)
    p.nameWords = words
  }
  return words.includes(k)
}

/** The signals of a pair, in the order of `FEATURES`. */
export function pairFeatures(a: Profile, b: Profile, idf: Idf): Features {
  return writeFeatures(a, b, idf, new Array<number>(FEATURES.length))
}

/**
 * Writes the signals of a pair to `out` (as `pairFeatures` answers them) and answers `out`: for
 * alignment, which keeps the signals of the few pairs that score high enough only.
 */
export function writeFeatures(a: Profile, b: Profile, idf: Idf, out: Features): Features {
  const { weights, marks, df } = idf
  // One pass over the keys of the smaller claim (the first on a tie), looked up in the larger,
  // sums their rarity in the order the old string sets did and counts the shared words, names
  // and figures (`keys` is the words, then the names, then the figures).
  const small = a.keys.length <= b.keys.length ? a : b
  const large = small === a ? b : a
  const stamp = nextStamp(idf)
  let totalLarge = 0
  for (const k of large.keys) {
    marks[k] = stamp
    totalLarge += weights[k]
  }
  const { firstName, firstFigure } = small
  let totalSmall = 0
  let shared = 0
  let sharedWords = 0
  let sharedNames = 0
  let sharedFigures = 0
  // Anchor words: keys that only these two claims have (one in each report), as in bitext
  // alignment's anchor words: a "two-day" or an "entourage"/"delegation" that nothing else
  // shares. A name counts once, as its entity key, not once per word. Two count in full.
  let anchors = 0
  for (let r = 0; r < small.keys.length; r++) {
    const k = small.keys[r]
    totalSmall += weights[k]
    if (marks[k] !== stamp) continue
    shared += weights[k]
    if (r < firstName) sharedWords++
    else if (r < firstFigure) sharedNames++
    else sharedFigures++
    if (df[k] !== 2) continue
    if (r >= firstName || !(inNames(small, k, idf) || inNames(large, k, idf))) anchors++
  }
  const empty = totalSmall === 0 || totalLarge === 0
  const overlap = empty ? 0 : (2 * shared) / (totalSmall + totalLarge)
  const containment = empty ? 0 : shared / Math.min(totalSmall, totalLarge)
  const quotes = sharedCount(a.quoteKeys, b.quoteKeys, idf)
  const ownContext = a.context === a.keys && b.context === b.keys
  const context = ownContext ? overlap : weightedOverlap(a.context, b.context, idf)
  out[0] = overlap
  out[1] = dice(sharedWords, a.firstName, b.firstName)
  out[2] = dice(sharedNames, a.firstFigure - a.firstName, b.firstFigure - b.firstName)
  out[3] = dice(sharedFigures, a.keys.length - a.firstFigure, b.keys.length - b.firstFigure)
  out[4] = dice(quotes, a.quoteKeys.length, b.quoteKeys.length)
  out[5] = containment
  out[6] = context
  out[7] = Math.min(anchors, 2) / 2
  out[8] = otherSource(a, b)
  out[9] = (disjoint(a.people, b.people) + disjoint(a.places, b.places)) / 2
  return out
}

/** Probability-like score in 0..1 that the pair states the same claim. */
export function scoreFeatures(features: Features, model: Model = MODEL): number {
  return scoreOf(evidenceOf(features, model))
}

/** The model's sum over the signals, whose logistic is the score: the score grows with it. */
export function evidenceOf(features: Features, model: Model): number {
  let z = model.bias
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * (features[i] ?? 0)
  return z
}

/** The score of a pair from its evidence. */
export function scoreOf(z: number): number {
  return 1 / (1 + Math.exp(-z))
}
