/**
 * Pair scoring: how likely two claims state the same thing, from several signals combined by a
 * logistic model whose weights are fitted on people's similarity scores (see `weights.ts`).
 */
import { compareTwoStrings } from 'string-similarity'
import type { Facts } from './types'
import { contentKeys } from './words'
import { MODEL, type Model } from './weights'

/** What scoring needs to know of one claim, computed once per sentence. */
export type Profile = {
  /** Content-word keys (stems, synonyms folded). */
  keys: Set<string>
  /** Lower-cased normalised text, for character bigrams. */
  lower: string
  /** Canonical entity names. */
  entities: Set<string>
  /** Numbers and dates as `value unit` / date values. */
  figures: Set<string>
  /** Content keys of the quoted words. */
  quoteKeys: Set<string>
}

/** Rarity of each key over the sentences being compared: `log(1 + N / df)`. */
export type Idf = { weights: Map<string, number>; unseen: number }

/** The signals of one pair, in the order of `FEATURES`. */
export type Features = number[]

/** Names of the signals, in the order `pairFeatures` returns them. */
export const FEATURES = [
  'rare-word overlap',
  'word overlap',
  'character bigrams',
  'shared entities',
  'shared figures',
  'shared quote words',
] as const

/** Profile of a sentence from its normalised text and facts (facts may be absent in tuning). */
export function profileOf(norm: string, facts?: Facts): Profile {
  const entities = new Set<string>()
  const figures = new Set<string>()
  const quoteKeys = new Set<string>()
  if (facts) {
    for (const e of facts.entities) entities.add(e.key)
    for (const n of facts.numbers) figures.add(`${n.value} ${n.unit ?? ''}`)
    for (const d of facts.dates) figures.add(d.value)
    for (const q of facts.quotes) for (const k of contentKeys(q.text)) quoteKeys.add(k)
  }
  return { keys: contentKeys(norm), lower: norm.toLowerCase(), entities, figures, quoteKeys }
}

/** Rarity weights from the document frequency of each key over `profiles`. */
export function buildIdf(profiles: readonly Profile[]): Idf {
  const df = new Map<string, number>()
  for (const p of profiles) for (const k of p.keys) df.set(k, (df.get(k) ?? 0) + 1)
  const n = Math.max(profiles.length, 1)
  const weights = new Map<string, number>()
  for (const [k, d] of df) weights.set(k, Math.log(1 + n / d))
  return { weights, unseen: Math.log(1 + n) }
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const x of small) if (large.has(x)) shared++
  return (2 * shared) / (a.size + b.size)
}

/** Overlap of content keys, each key weighted by its rarity. */
export function weightedOverlap(a: Set<string>, b: Set<string>, idf: Idf): number {
  let shared = 0
  let total = 0
  for (const k of a) {
    const w = idf.weights.get(k) ?? idf.unseen
    total += w
    if (b.has(k)) shared += 2 * w
  }
  for (const k of b) total += idf.weights.get(k) ?? idf.unseen
  return total === 0 ? 0 : shared / total
}

/** The signals of a pair; the cheap lexical ones first. */
export function pairFeatures(a: Profile, b: Profile, idf: Idf): Features {
  return [
    weightedOverlap(a.keys, b.keys, idf),
    dice(a.keys, b.keys),
    compareTwoStrings(a.lower, b.lower),
    dice(a.entities, b.entities),
    dice(a.figures, b.figures),
    dice(a.quoteKeys, b.quoteKeys),
  ]
}

/** Probability-like score in 0..1 that the pair states the same claim. */
export function scoreFeatures(features: Features, model: Model = MODEL): number {
  let z = model.bias
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * (features[i] ?? 0)
  return 1 / (1 + Math.exp(-z))
}

/** Score of a pair of profiles. */
export function scorePair(a: Profile, b: Profile, idf: Idf): number {
  return scoreFeatures(pairFeatures(a, b, idf))
}
