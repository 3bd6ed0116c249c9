/**
 * Who a sentence attributes its words to: the subject of a reporting verb (`Putin said`,
 * `said Putin`, `according to X`, `X, professor of …, told ABC News`, `he wrote`), found in the
 * sentence with its quotations masked out.
 */
import { isSpaceCode, isWordCode } from '../chars'
import type { EntitySpan } from './entities'

/** Speech verbs, `|`-separated. */
const SPEECH =
  'said|says|say|told|tells|wrote|writes|stated|states|added|adds|noted|notes|asked|asks|' +
  'explained|insisted|argued|warned|emphasized|emphasised|stressed|declared|announced|claimed|' +
  'reiterated|tweeted|posted|recalled|acknowledged|continued|replied|responded|described|quoted|' +
  'according to|According to'
/** Reporting verbs (speech verbs among them), `|`-separated. */
export const REPORTING =
  `${SPEECH}|indicated|urged|vowed|pledged|confirmed|denied|denies|revealed|reported|suggested|` +
  'hinted|believes|believe|expressed|reaffirmed|accused|predicted|estimated|cautioned|admitted|' +
  'agreed|called|thinks|think|criticized|criticised|condemned|rejected|promised|threatened|' +
  'acknowledges|maintained|maintains|alleged|alleges|disclosed|praised|welcomed'

const SPEECH_WORDS = new Set(SPEECH.split('|'))
// A reporting verb at a given position; speech verbs come first, so where one matches, it is the
// word matched
const VERB_AT_RE = new RegExp(`\\b(?:${REPORTING})\\b`, 'y')

// "Seoul's Unification Ministry official told", "North Korean state media also expressed"
const FILLER =
  'has|have|had|also|later|previously|repeatedly|once|further|then|again|recently|publicly|' +
  'reportedly|officially|would|will|could|may|might|did|does|do|not|never|subsequently|' +
  'separately|official|officials|spokesperson|spokesman|spokeswoman|analyst|analysts|minister|' +
  'leader|adviser|advisor|source|sources|state|media|agency|officer|envoy|ministry|government|' +
  'news|paper|newspaper|statement|office|chief|head|representative|representatives|diplomat|' +
  'diplomats'
const FILLER_WORDS = new Set(FILLER.split('|'))
// `"…," said Putin` and `according to X`; "X told ABC News" is not inverted
const INVERTED_RE = /^(?:said|says|told|wrote|added|asked|[Aa]ccording to|stated|noted)$/
const INVERTED_GAP_RE = /^[\s\p{Lu}\p{Ll}.'-]{0,40}$/u

/** `[\s)'’]`: what may stand between a name and its verb (`Putin) said`). */
const isCloser = (code: number): boolean =>
  isSpaceCode(code) || code === 41 || code === 39 || code === 0x2019

function entityEndingAt(
  entities: readonly EntitySpan[],
  text: string,
  at: number,
): EntitySpan | undefined {
  let end = at
  while (end > 0 && isCloser(text.charCodeAt(end - 1))) end--
  // "Putin's spokesman said": a possessive 's or ’s
  const apostrophe = text.charCodeAt(end - 2)
  if (text.charCodeAt(end - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019)) end -= 2
  while (end > 0 && (isCloser(text.charCodeAt(end - 1)) || text[end - 1] === '(')) end--
  for (let k = entities.length - 1; k >= 0; k--) {
    const e = entities[k]!
    if (e.end === end) return e
    if (e.end < end - 40) break
  }
  return undefined
}

/** `he`/`she` at `position`: the last person of `entities` before it, else `previous`. */
function resolvePronoun(
  entities: readonly EntitySpan[],
  position: number,
  previous: string | null,
): string | null {
  for (let k = entities.length - 1; k >= 0; k--) {
    const e = entities[k]!
    if (e.end <= position && e.type === 'person') return e.key
  }
  return previous
}

function subjectBefore(
  masked: string,
  verbAt: number,
  entities: readonly EntitySpan[],
  previous: string | null,
): string | null {
  // The words before the verb are `masked[offset..cut)`, worked on by position, not sliced
  const offset = Math.max(0, verbAt - 240)
  let end = trimmedEnd(masked, offset, fillerStart(masked, offset, verbAt))
  const pronoun = pronounEndingAt(masked, offset, end)
  if (pronoun >= 0) return resolvePronoun(entities, pronoun, previous)
  for (let tries = 0; tries < 3; tries++) {
    const e = entityEndingAt(entities, masked, end)
    if (e) return e.key
    // "X, professor of international studies at Y, told": step over an appositive
    if (masked[end - 1] !== ',') return null
    const comma = masked.lastIndexOf(',', end - 2)
    if (comma < 0 || end - comma > 160) return null
    const quote = masked.indexOf('"', comma)
    if (quote >= 0 && quote < end) return null
    end = comma
  }
  return null
}

function subjectAfter(
  masked: string,
  verbEnd: number,
  entities: readonly EntitySpan[],
): string | null {
  for (const e of entities) {
    if (e.start < verbEnd) continue
    // The gap pattern allows at most 40 code points: 80 code units
    if (e.start - verbEnd <= 80 && INVERTED_GAP_RE.test(masked.slice(verbEnd, e.start))) {
      return e.key
    }
    return null
  }
  return null
}

/** The end of `text[from..to)` without its trailing spaces. */
function trimmedEnd(text: string, from: number, to: number): number {
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--
  return to
}

/**
 * Where the filler words that end `text[from..to)` start, with the spaces before them
 * (`Putin also` -> after `Putin`), else `to`: what `/(?:\s+(?:filler))+\s*$/` finds in that
 * slice, read back word by word (the pattern was tried at every space of the 240 characters).
 */
function fillerStart(text: string, from: number, to: number): number {
  let cut = to
  let end = trimmedEnd(text, from, to)
  for (;;) {
    let start = end
    while (start > from && !isSpaceCode(text.charCodeAt(start - 1))) start--
    // A filler needs a space before it inside the slice; fillers are lower case (`Putin` is none)
    if (start === from || start === end) return cut
    const first = text.charCodeAt(start)
    if (first < 97 || first > 122 || !FILLER_WORDS.has(text.slice(start, end))) return cut
    end = trimmedEnd(text, from, start)
    cut = end
  }
}

/**
 * Where `he` or `she` (`He`, `She`) ends `text[from..end)` as a whole word, else -1: what
 * `/\b(he|she|He|She)\s*$/` finds in that slice, trailing spaces already trimmed.
 */
function pronounEndingAt(text: string, from: number, end: number): number {
  // Compared by code unit: "he" (104, 101), "He" (72, 101), a leading "s" or "S" (115, 83)
  const he = end - 2
  if (he < from || text.charCodeAt(end - 1) !== 101) return -1
  const h = text.charCodeAt(he)
  if (h !== 104 && h !== 72) return -1
  const s = text.charCodeAt(he - 1)
  if (h === 104 && he - 1 >= from && (s === 115 || s === 83) && startsWord(text, from, he - 1)) {
    return he - 1
  }
  return startsWord(text, from, he) ? he : -1
}

/** Whether a word can start at `at` of `text[from..)`: `\b` before a letter. */
const startsWord = (text: string, from: number, at: number): boolean =>
  at === from || !isWordCode(text.charCodeAt(at - 1))

/** Whether `text` before `at` ends in a quotation mark or comma, spaces aside: `"…," said`. */
function closesQuote(text: string, at: number): boolean {
  // A loop back, not `/["',]\s*$/` over everything before the verb
  while (at > 0 && isSpaceCode(text.charCodeAt(at - 1))) at--
  const ch = text[at - 1]
  return ch === '"' || ch === "'" || ch === ','
}

/** Who a sentence quotes and who it attributes its claim to, as canonical names. */
export type Sources = {
  /** Subject of the first speech verb that has one: `"…," Putin said`. */
  spoken: string | null
  /** `spoken`, else the subject of the first reporting verb that has one: `Putin vowed`. */
  attribution: string | null
}

/**
 * The sources of `masked` (a sentence with its quotations masked), from one pass over its
 * reporting verbs, whose positions `scanCues` found. `entities` are the mentions outside
 * quotations, in order. `he`/`she` resolve to the last person of `entities` before them, else
 * to `previous` (a person named shortly before the sentence).
 */
export function findSources(
  masked: string,
  verbsAt: readonly number[],
  entities: readonly EntitySpan[],
  previous: string | null,
): Sources {
  let first: string | null = null
  for (const at of verbsAt) {
    VERB_AT_RE.lastIndex = at
    // No match inside a quotation (masked) or for a verb not as written in the list ("SAID");
    // `test`, not `exec`: the verb is sliced only when a subject before it is not found
    if (!VERB_AT_RE.test(masked)) continue
    const end = VERB_AT_RE.lastIndex
    let verb: string | undefined
    let subject = subjectBefore(masked, at, entities, previous)
    if (!subject) {
      verb = masked.slice(at, end)
      if (INVERTED_RE.test(verb) && (verb.endsWith('ccording to') || closesQuote(masked, at))) {
        subject = subjectAfter(masked, end, entities)
      }
    }
    if (!subject) continue
    // "X condemned the strike, the Pentagon said": a speech verb names the source first
    if (SPEECH_WORDS.has(verb ?? masked.slice(at, end))) {
      return { spoken: subject, attribution: subject }
    }
    first ??= subject
  }
  return { spoken: null, attribution: first }
}
