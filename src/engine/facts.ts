/**
 * Facts in each sentence: numbers, dates, named entities with aliases resolved, quotations with
 * their speakers, attribution and negation, normalised so that equal things compare equal.
 * One module per fact kind lives in `./facts/`; this file runs them over a report in order.
 */
import type { Facts, Role } from './types'
import { type AliasTable, canonicalName, collectAliases, isLexiconName } from './facts/aliases'
import { findSources } from './facts/attribution'
import { type DateSpan, extractDates } from './facts/dates'
import { HINT, newCues, scanCues } from './facts/hints'
import { type EntityCache, type EntitySpan, extractEntities } from './facts/entities'
import { findNames, findNamesEach, lowerName, type NameSpan } from './facts/names'
import { findNegations } from './facts/negation'
import { extractNumbers, type NumberFactX } from './facts/numbers'
import { findQuotes, isQuoteOnly, maskQuotes, type QuoteSpan } from './facts/quotes'

export { canonicalName, collectAliases }
export type { AliasTable, NumberFactX }

/** One sentence to extract facts from. */
export type FactInput = { norm: string; paragraph: number; role: Role }

/** Facts with the optional extras: `negations` lists the negation cues as written. */
export type FactsX = Facts & { numbers: NumberFactX[]; negations?: string[] }

/** Facts of a sentence that states none: boilerplate, or a sentence scored without facts. */
export const emptyFacts = (): FactsX => ({
  numbers: [],
  dates: [],
  entities: [],
  quotes: [],
  negated: false,
  attribution: null,
})

/**
 * Facts for each sentence of one report, in order. Boilerplate gets empty facts. A quote-only
 * sentence after one with a known speaker inherits it (`"A," Putin said. "B."`); `he`/`she`
 * resolve to the last person named in this or the previous paragraph.
 */
export function extractFacts(
  sentences: readonly FactInput[],
  aliases: AliasTable,
  options?: { published?: string },
): Facts[] {
  const seen = new Set<string>()
  const isKnownHere = (lower: string): boolean => aliases.has(lower) || isLexiconName(lower)
  const isKnown = (lower: string): boolean => seen.has(lower) || isKnownHere(lower)
  // One scan over all sentences with names, which cannot know the names of earlier sentences:
  // a sentence where they would have changed an answer is scanned again alone
  const texts: string[] = []
  for (const s of sentences) if (s.role !== 'boilerplate' && s.norm) texts.push(s.norm)
  const { names: each, asked } = findNamesEach(texts, isKnownHere)
  const names: NameSpan[][] = []
  let next = 0
  let question = 0
  for (const s of sentences) {
    let found: NameSpan[] = []
    if (s.role !== 'boilerplate' && s.norm) {
      let again = false
      for (; question < asked.length && asked[question]!.text === next; question++) {
        const { lower, known } = asked[question]!
        if (!known && seen.has(lower)) again = true
      }
      found = again ? findNames(s.norm, isKnown) : each[next]!
      next++
    }
    for (const n of found) {
      const { words } = n
      // Only one-word names are looked up in `seen`: a name with a space can never match
      if (!n.initial && (words.length === 1 || !n.text.includes(' '))) {
        seen.add(lowerName(n))
      }
      // "Kim Jong Un … Kim later returned": words of a full name vouch for a lone mention
      if (words.length > 1) {
        seen.add(n.firstLower)
        seen.add(n.lastLower)
      }
    }
    names.push(found)
  }

  const cache = entityCacheOf(aliases)
  const out: Facts[] = []
  // The last person named, and in which paragraph, for `he`/`she` in later sentences
  let lastPerson: string | null = null
  let lastPersonParagraph = 0
  let prevSpeaker: string | null = null
  const cues = newCues()
  for (let i = 0; i < sentences.length; i++) {
    const { norm, paragraph, role } = sentences[i]!
    if (role === 'boilerplate' || !norm) {
      out.push(emptyFacts())
      prevSpeaker = null
      continue
    }
    const hints = scanCues(norm, cues).bits
    const dates = extractDates(norm, options?.published, cues)
    const numbers = extractNumbers(norm, dates, cues)
    const mentions = extractEntities(names[i]!, aliases, seen, cache)
    const quotes = findQuotes(norm)
    const masked = maskQuotes(norm, quotes)
    const outside = outsideQuotes(mentions, quotes)
    // No reporting verb at all in most sentences: skip the search
    const previous = lastPerson !== null && lastPersonParagraph >= paragraph - 1 ? lastPerson : null
    const sources =
      hints & HINT.reporting ? findSources(masked, cues.verbs, outside, previous) : null
    const spoken = sources?.spoken ?? null
    let attribution = sources?.attribution ?? null
    let speaker: string | null = null
    if (quotes.length) {
      speaker = spoken ?? attribution
      if (!speaker && isQuoteOnly(masked)) speaker = prevSpeaker
      attribution ??= speaker
    }
    const negations = findNegations(norm, quotes, cues)
    const facts: FactsX = {
      numbers,
      dates: dates.map(dateFact),
      entities: uniqueEntities(mentions),
      quotes: quoteFacts(quotes, speaker),
      negated: negations.length > 0,
      attribution,
    }
    // Only the empty list is shared: a list with cues is findNegations' own new one
    if (negations.length) facts.negations = negations as string[]
    out.push(facts)
    const person = lastOf(outside, 'person') ?? lastOf(mentions, 'person')
    if (person) {
      lastPerson = person.key
      lastPersonParagraph = paragraph
    }
    prevSpeaker = speaker ?? attribution
  }
  return out
}

const dateFact = ({ text, kind, value }: DateSpan): Facts['dates'][number] => ({ text, kind, value })

function quoteFacts(quotes: readonly QuoteSpan[], speaker: string | null): Facts['quotes'] {
  return quotes.length ? quotes.map((q) => ({ text: q.text, speaker })) : []
}

/** The mentions not inside a quotation: `mentions` itself when none is. */
function outsideQuotes(
  mentions: readonly EntitySpan[],
  quotes: readonly QuoteSpan[],
): readonly EntitySpan[] {
  if (!quotes.length) return mentions
  let out: EntitySpan[] | undefined
  for (let k = 0; k < mentions.length; k++) {
    const e = mentions[k]!
    let inside = false
    for (const q of quotes) if (e.start >= q.start && e.end <= q.end) inside = true
    if (inside) out ??= mentions.slice(0, k)
    else out?.push(e)
  }
  return out ?? mentions
}

// Keys and types of names depend only on the alias table, which both reports of a comparison
// share: the second report reuses what the first worked out. Bounded like the word classes
const entityCaches = new WeakMap<AliasTable, EntityCache>()
const ENTITY_CACHE_LIMIT = 20_000

function entityCacheOf(aliases: AliasTable): EntityCache {
  let cache = entityCaches.get(aliases)
  if (!cache) entityCaches.set(aliases, (cache = new Map()))
  else if (cache.size >= ENTITY_CACHE_LIMIT) cache.clear()
  return cache
}

function lastOf(entities: readonly EntitySpan[], type: EntitySpan['type']): EntitySpan | undefined {
  for (let k = entities.length - 1; k >= 0; k--) if (entities[k]!.type === type) return entities[k]
  return undefined
}

// A sentence names a handful of entities: up to this many, a scan of those kept beats a Set
const FEW_MENTIONS = 16

const entityFact = ({ text, key, type }: EntitySpan): Facts['entities'][number] => ({
  text,
  key,
  type,
})

function uniqueEntities(mentions: readonly EntitySpan[]): Facts['entities'] {
  // Most sentences name each entity once: a copy by `map` is a list of the exact length, where
  // one grown by `push` would reserve room for 17
  if (mentions.length <= FEW_MENTIONS && !hasRepeatedKey(mentions)) return mentions.map(entityFact)
  const out: Facts['entities'] = []
  const keys = mentions.length > FEW_MENTIONS ? new Set<string>() : null
  next: for (const m of mentions) {
    const key = m.key
    if (keys) {
      if (keys.has(key)) continue
      keys.add(key)
    } else {
      for (const kept of out) if (kept.key === key) continue next
    }
    out.push(entityFact(m))
  }
  return out
}

function hasRepeatedKey(mentions: readonly EntitySpan[]): boolean {
  for (let k = 1; k < mentions.length; k++) {
    const key = mentions[k]!.key
    for (let j = 0; j < k; j++) if (mentions[j]!.key === key) return true
  }
  return false
}
