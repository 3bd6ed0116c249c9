/**
 * Pair scoring: how likely two claims state the same thing, from several signals combined by a
 * logistic model fitted on people's similarity scores of news headlines and on the seeds' gold
 * alignment (`bench/fit.ts` writes `weights.ts`).
 */
import type { Facts } from './types'
import { contentKeys } from './words'
import { MODEL, type Model } from './weights'

/** What scoring needs to know of one claim, computed once per sentence. */
export type Profile = {
  /** Content-word keys (stems, synonyms folded), plus `e:` entity and `f:` figure keys. */
  keys: ReadonlySet<string>
  /** Content-word keys only. */
  words: ReadonlySet<string>
  /** Canonical entity names. */
  entities: ReadonlySet<string>
  /** Canonical names of the people and of the places named. */
  people: ReadonlySet<string>
  places: ReadonlySet<string>
  /** Numbers and dates as `value unit` / date values. */
  figures: ReadonlySet<string>
  /** Content keys of the quoted words. */
  quoteKeys: ReadonlySet<string>
  /** `keys` plus, for a sentence that refers back ("He…", "The letter…"), its predecessor's. */
  context: ReadonlySet<string>
  /** Content keys of the words inside names ("democrat", "republ"). */
  nameWords: ReadonlySet<string>
  /** Who the claim is attributed to, if anyone. */
  source: string | null
  /** True when quoted words make up most of the claim. */
  quoted: boolean
}

/** Rarity of each key over the sentences being compared: `log(1 + N / df)`. */
export type Idf = { weights: Map<string, number>; unseen: number; df: Map<string, number> }

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

/** Profile of a sentence from its normalised text and facts (facts may be absent in tuning). */
export function profileOf(norm: string, facts?: Facts): Profile {
  const entities = new Set<string>()
  const people = new Set<string>()
  const places = new Set<string>()
  const figures = new Set<string>()
  const quoteKeys = new Set<string>()
  if (facts) {
    for (const e of facts.entities) {
      entities.add(e.key)
      if (e.type === 'person') people.add(e.key)
      else if (e.type === 'place') places.add(e.key)
    }
    for (const n of facts.numbers) figures.add(`${n.value} ${n.unit ?? ''}`)
    for (const d of facts.dates) figures.add(d.value)
    for (const q of facts.quotes) for (const k of contentKeys(q.text)) quoteKeys.add(k)
  }
  const source = facts?.attribution ?? null
  const quotedLength = facts?.quotes.reduce((n, q) => n + q.text.length, 0) ?? 0
  const words = contentKeys(norm)
  const nameWords = new Set<string>()
  for (const e of facts?.entities ?? []) for (const k of contentKeys(e.text)) nameWords.add(k)
  // Names and figures join the rarity-weighted overlap: a shared "two-day" or "Rodong Sinmun"
  // is rare evidence, a shared "North Korea" in a report about North Korea is not.
  const keys = new Set(words)
  for (const e of entities) keys.add(`e:${e}`)
  for (const f of figures) keys.add(`f:${f}`)
  const quoted = quotedLength >= 0.5 * norm.length
  const context = keys
  return { keys, words, entities, people, places, figures, quoteKeys, nameWords, source, quoted, context }
}

// "He will meet…", "The letter, featured in…": a sentence that opens by pointing back continues
// the claim of the sentence before it in the same paragraph.
// A common noun after "The", not a name: "The letter," refers back, "The Space Agency" does not.
const REFERS_BACK = /^(?:(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Tt]his|[Tt]hese|[Tt]hose|[Tt]hat)\b|The\s+[a-z]+[,\s])/

/** Gives each profile its context: its own keys plus the previous sentence's when it refers back. */
export function withContext(
  profiles: Profile[],
  sentences: ReadonlyArray<{ norm: string; paragraph: number }>,
): Profile[] {
  return profiles.map((p, i) => {
    const s = sentences[i]
    const prev = sentences[i - 1]
    const before = profiles[i - 1]
    if (!s || !prev || !before || prev.paragraph !== s.paragraph || !REFERS_BACK.test(s.norm)) return p
    return { ...p, context: new Set([...p.keys, ...before.keys]) }
  })
}

/** Rarity weights from the document frequency of each key over `profiles`. */
export function buildIdf(profiles: readonly Profile[]): Idf {
  const df = new Map<string, number>()
  for (const p of profiles) for (const k of p.keys) df.set(k, (df.get(k) ?? 0) + 1)
  const n = Math.max(profiles.length, 1)
  const weights = new Map<string, number>()
  for (const [k, d] of df) weights.set(k, Math.log(1 + n / d))
  return { weights, unseen: Math.log(1 + n), df }
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const x of small) if (large.has(x)) shared++
  return (2 * shared) / (a.size + b.size)
}

// The rarity total of each key set, computed once per set and rarity table.
const totals = new WeakMap<Idf, WeakMap<ReadonlySet<string>, number>>()

function totalOf(keys: ReadonlySet<string>, idf: Idf): number {
  let byIdf = totals.get(idf)
  if (byIdf === undefined) totals.set(idf, (byIdf = new WeakMap()))
  let total = byIdf.get(keys)
  if (total === undefined) {
    total = 0
    for (const k of keys) total += idf.weights.get(k) ?? idf.unseen
    byIdf.set(keys, total)
  }
  return total
}

/** Overlap of content keys, each weighted by its rarity: `[dice, containment]`. */
function weightedOverlap(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  idf: Idf,
): [number, number] {
  const totalA = totalOf(a, idf)
  const totalB = totalOf(b, idf)
  if (totalA === 0 || totalB === 0) return [0, 0]
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const k of small) if (large.has(k)) shared += idf.weights.get(k) ?? idf.unseen
  return [(2 * shared) / (totalA + totalB), shared / Math.min(totalA, totalB)]
}

// 1 when both claims name people (or places) and none of them the same: two claims about
// "Carla Jensen in Northport" and "Jonas Quinn in Northport" are about different events.
function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  for (const x of a) if (b.has(x)) return 0
  return 1
}

// Keys that only these two claims have (one in each report), as in bitext alignment's anchor
// words: a "two-day" or an "entourage"/"delegation" that nothing else shares. A name counts
// once, as its entity key, not once per word. 0, 0.5 or 1.
function anchors(a: Profile, b: Profile, idf: Idf): number {
  let n = 0
  const [small, large] = a.keys.size <= b.keys.size ? [a, b] : [b, a]
  for (const k of small.keys) {
    if (!large.keys.has(k) || idf.df.get(k) !== 2) continue
    if (small.nameWords.has(k) || large.nameWords.has(k)) continue
    n++
  }
  return Math.min(n, 2) / 2
}

// 1 when the claims are attributed to different sources and neither claim even names the
// other's ("the Kremlin revealed Putin's letter" names Putin: 0). A claim that is mostly a
// quote belongs to its speaker whoever else it names. The same source is no evidence of the
// same claim: one report attributes most of its claims to its main actor.
function otherSource(a: Profile, b: Profile): number {
  if (a.source === null || b.source === null || a.source === b.source) return 0
  if (a.quoted && !b.entities.has(a.source)) return 1
  if (b.quoted && !a.entities.has(b.source)) return 1
  return a.entities.has(b.source) || b.entities.has(a.source) ? 0 : 1
}

/** The signals of a pair, in the order of `FEATURES`. */
export function pairFeatures(a: Profile, b: Profile, idf: Idf): Features {
  const [overlap, containment] = weightedOverlap(a.keys, b.keys, idf)
  return [
    overlap,
    dice(a.words, b.words),
    dice(a.entities, b.entities),
    dice(a.figures, b.figures),
    dice(a.quoteKeys, b.quoteKeys),
    containment,
    a.context === a.keys && b.context === b.keys ? overlap : weightedOverlap(a.context, b.context, idf)[0],
    anchors(a, b, idf),
    otherSource(a, b),
    (disjoint(a.people, b.people) + disjoint(a.places, b.places)) / 2,
  ]
}

/** Probability-like score in 0..1 that the pair states the same claim. */
export function scoreFeatures(features: Features, model: Model = MODEL): number {
  let z = model.bias
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * (features[i] ?? 0)
  return 1 / (1 + Math.exp(-z))
}
