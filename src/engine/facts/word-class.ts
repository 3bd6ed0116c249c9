/**
 * What the lexicon knows about one word as written, as bits: function word, title, organisation
 * head, place and so on. The name finder and the alias table ask this for every capitalised word;
 * one memoised map lookup replaces a handful of set lookups, lower-casings and regex tests.
 */
import {
  COMMON_ALIASES,
  DEMONYMS,
  FIRM_SUFFIXES,
  FUNCTION_CAPS,
  MONTHS,
  NAME_CONNECTORS,
  ORG_HEADS,
  ORGANIZATIONS,
  PLACES,
  TITLE_CORE,
  TITLE_MODIFIERS,
  WEEKDAYS,
} from './lexicon'

/** Bits of `wordClass`. */
export const WORD = {
  /** Starts with a capital (or `al-`), not a weekday or month: may be part of a name. */
  cap: 1,
  /** `FUNCTION_CAPS`: `The`, `However`. */
  function: 2,
  /** `TITLE_CORE`: `President`, `Dr.`. */
  title: 4,
  /** `TITLE_MODIFIERS`: `Prime`, `Foreign`. */
  modifier: 8,
  /** `ORG_HEADS`: `Ministry`, `Institute`. */
  orgHead: 16,
  /** A head word that takes `of`: `Republic`, `Bank`, any title or organisation head. */
  ofHead: 32,
  /** A demonym, a place, a common alias (lower case) or an initialism: `Russian`, `U.S.`. */
  placeLike: 64,
  /** First word of a two-word demonym: `North` (Korean). */
  demonymHead: 128,
  /** `NAME_CONNECTORS`: `of`, `bin`. */
  connector: 256,
  /** Known to the lexicon in lower case as a place, organisation, demonym or alias. */
  lexicon: 512,
  /** Could be one word of a person's full name (see `isPersonName`). */
  personWord: 1024,
  /** A one-word demonym (lower case): `Russian`. */
  demonym: 2048,
  /** `FIRM_SUFFIXES`: `Systems`, `Inc.`. */
  firmSuffix: 4096,
} as const

const OF_HEADS = new Set([
  ...ORG_HEADS,
  ...TITLE_CORE,
  ...(
    'Republic|Kingdom|States|Gulf|Strait|Sea|Bay|City|Isle|Island|Islands|Cape|Duke|Museum|' +
    'Province|Region|State|Federation|Commonwealth|Mount|Lake|River|Battle|Treaty|Day|' +
    'Secretary|Emirate|Sultanate|Church|Bank'
  ).split('|'),
])
const CALENDAR = new Set<string>([...WEEKDAYS, ...MONTHS.keys()])
const PLACES_LOWER = new Set([...PLACES].map((p) => p.toLowerCase()))
const ORGS_LOWER = new Set([...ORGANIZATIONS].map((p) => p.toLowerCase()))
// Two-word demonyms by first and second word (lower case): `north` -> `korean` -> North Korea
const DEMONYM_PAIRS = new Map<string, Map<string, string>>()
for (const [demonym, place] of DEMONYMS) {
  const space = demonym.indexOf(' ')
  if (space < 0) continue
  const head = demonym.slice(0, space)
  if (!DEMONYM_PAIRS.has(head)) DEMONYM_PAIRS.set(head, new Map())
  DEMONYM_PAIRS.get(head)!.set(demonym.slice(space + 1), place)
}
const DEMONYM_HEADS: ReadonlySet<string> = new Set(DEMONYM_PAIRS.keys())
const INITIALISM_RE = /^(?:\p{L}\.)+$/u
const UPPER_RE = /^\p{Lu}/u
const AL_RE = /^(?:al|el|ad|as|ash|an)-\p{Lu}/u
const PERSON_WORD_RE = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?$/u

/** Whether `word` starts with a capital letter. */
export const isUpperStart = (word: string): boolean => {
  const c = word.charCodeAt(0)
  return c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(word)
}

/** `al-Thani`, `el-Sisi`: a lower-case particle joined to a name. */
export const isArabicParticle = (word: string): boolean => AL_RE.test(word)

// One set instead of four lookups for every name asked about
const LEXICON_NAMES: ReadonlySet<string> = new Set([
  ...PLACES_LOWER,
  ...ORGS_LOWER,
  ...DEMONYMS.keys(),
  ...COMMON_ALIASES.keys(),
])

/** Whether `lower` is known to the lexicon as a place, organisation, demonym or alias. */
export function isLexiconName(lower: string): boolean {
  return LEXICON_NAMES.has(lower)
}

function classify(word: string): number {
  const lower = word.toLowerCase()
  let bits = 0
  if ((isUpperStart(word) || AL_RE.test(word)) && !CALENDAR.has(lower)) bits |= WORD.cap
  if (FUNCTION_CAPS.has(word)) bits |= WORD.function
  if (TITLE_CORE.has(word)) bits |= WORD.title
  if (TITLE_MODIFIERS.has(word)) bits |= WORD.modifier
  if (ORG_HEADS.has(word)) bits |= WORD.orgHead
  if (OF_HEADS.has(word)) bits |= WORD.ofHead
  const place = DEMONYMS.has(lower) || PLACES_LOWER.has(lower) || COMMON_ALIASES.has(lower)
  if (place || INITIALISM_RE.test(word)) bits |= WORD.placeLike
  if (DEMONYM_HEADS.has(lower)) bits |= WORD.demonymHead
  if (DEMONYMS.has(lower)) bits |= WORD.demonym
  if (NAME_CONNECTORS.has(word)) bits |= WORD.connector
  if (FIRM_SUFFIXES.has(word)) bits |= WORD.firmSuffix
  if (place || ORGS_LOWER.has(lower)) bits |= WORD.lexicon
  const person = PERSON_WORD_RE.test(word) && !ORG_HEADS.has(word)
  if (person && !PLACES_LOWER.has(lower) && !DEMONYMS.has(lower)) bits |= WORD.personWord
  return bits
}

// Words repeat across a report and across reports; the cache is emptied when it grows large so
// that long inputs cannot grow it without bound. It keeps the lower case too: names are looked up
// in lower case, and a cached string is hashed once instead of at every lookup
export type WordInfo = { bits: number; lower: string }
const cache = new Map<string, WordInfo>()
const CACHE_LIMIT = 20_000

/** Empties the word-class cache, as in a fresh Worker (for the benchmark's cold figure). */
export function clearWordClasses(): void {
  cache.clear()
}

/** The `WORD` bits and lower case of `word`, one cached record. */
export function infoOf(word: string): WordInfo {
  let info = cache.get(word)
  if (info === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear()
    info = { bits: classify(word), lower: word.toLowerCase() }
    cache.set(word, info)
  }
  return info
}

/** The `WORD` bits of `word` as written. */
export function wordClass(word: string): number {
  return infoOf(word).bits
}

/** `word.toLowerCase()`, shared by every lookup of the same word. */
export function lowerWord(word: string): string {
  return infoOf(word).lower
}

/**
 * The place of the two-word demonym `head tail`, both in lower case (`north korean` -> North
 * Korea): what `DEMONYMS.get(\`${head} ${tail}\`)` answers, without joining the words.
 */
export function pairDemonymLower(head: string, tail: string): string | undefined {
  return DEMONYM_PAIRS.get(head)?.get(tail)
}
