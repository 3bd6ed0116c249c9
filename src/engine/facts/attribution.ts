/**
 * Who a sentence attributes its words to: the subject of a reporting verb (`Putin said`,
 * `said Putin`, `according to X`, `X, professor of …, told ABC News`, `he wrote`), found in the
 * sentence with its quotations masked out.
 */
import type { EntitySpan } from './entities'

/** Resolves a pronoun at a position to a person's canonical name, or null. */
export type ResolvePronoun = (position: number) => string | null

/** Speech verbs, `|`-separated. */
export const SPEECH =
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
// Reporting verbs, speech verbs first: where a speech verb matches, it is the word matched
const REPORTING_RE = new RegExp(`\\b(?:${REPORTING})\\b`, 'g')

// "Seoul's Unification Ministry official told", "North Korean state media also expressed"
const FILLER =
  'has|have|had|also|later|previously|repeatedly|once|further|then|again|recently|publicly|' +
  'reportedly|officially|would|will|could|may|might|did|does|do|not|never|subsequently|' +
  'separately|official|officials|spokesperson|spokesman|spokeswoman|analyst|analysts|minister|' +
  'leader|adviser|advisor|source|sources|state|media|agency|officer|envoy|ministry|government|' +
  'news|paper|newspaper|statement|office|chief|head|representative|representatives|diplomat|' +
  'diplomats'
const FILLER_RE = new RegExp(`(?:\\s+(?:${FILLER}))+\\s*$`)
const FILLER_WORDS = new Set(FILLER.split('|'))
const PRONOUN_RE = /\b(he|she|He|She)\s*$/
// `"…," said Putin` and `according to X`; "X told ABC News" is not inverted
const INVERTED_RE = /^(?:said|says|told|wrote|added|asked|[Aa]ccording to|stated|noted)$/
const INVERTED_GAP_RE = /^[\s\p{Lu}\p{Ll}.'-]{0,40}$/u

function entityEndingAt(
  entities: readonly EntitySpan[],
  text: string,
  at: number,
): EntitySpan | undefined {
  let end = at
  while (end > 0 && /[\s)'’]/.test(text[end - 1]!)) end--
  if (text.slice(end - 2, end) === "'s" || text.slice(end - 2, end) === '’s') end -= 2
  while (end > 0 && /[\s)'’(]/.test(text[end - 1]!)) end--
  for (let k = entities.length - 1; k >= 0; k--) {
    const e = entities[k]!
    if (e.end === end) return e
    if (e.end < end - 40) break
  }
  return undefined
}

function subjectBefore(
  masked: string,
  verbAt: number,
  entities: readonly EntitySpan[],
  resolve: ResolvePronoun,
): string | null {
  let before = masked.slice(Math.max(0, verbAt - 240), verbAt)
  const offset = Math.max(0, verbAt - 240)
  // Both patterns end in `\s*$`, so they are tried only when the last word can match them: run
  // on every word of the 240 characters, they cost more than the rest of the search
  if (FILLER_WORDS.has(lastWord(before))) before = before.replace(FILLER_RE, '')
  const trimmed = before.trimEnd()
  let end = offset + trimmed.length
  const pronoun = /[hH]e$/.test(trimmed) ? PRONOUN_RE.exec(before) : null
  if (pronoun) return resolve(offset + pronoun.index)
  for (let tries = 0; tries < 3; tries++) {
    const e = entityEndingAt(entities, masked, end)
    if (e) return e.key
    // "X, professor of international studies at Y, told": step over an appositive
    if (masked[end - 1] !== ',') return null
    const comma = masked.lastIndexOf(',', end - 2)
    if (comma < 0 || end - comma > 160 || masked.slice(comma, end).includes('"')) return null
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
    if (INVERTED_GAP_RE.test(masked.slice(verbEnd, e.start))) return e.key
    return null
  }
  return null
}

/** The last run of non-space characters of `text`: `"Putin also"` -> `also`. */
function lastWord(text: string): string {
  let end = text.length
  while (end > 0 && isSpace(text[end - 1]!)) end--
  let start = end
  while (start > 0 && !isSpace(text[start - 1]!)) start--
  return text.slice(start, end)
}

const isSpace = (ch: string): boolean => ch.trim() === ''

/** Whether `text` before `at` ends in a quotation mark or comma, spaces aside: `"…," said`. */
function closesQuote(text: string, at: number): boolean {
  // A loop back, not `/["',]\s*$/` over everything before the verb
  while (at > 0 && isSpace(text[at - 1]!)) at--
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
 * reporting verbs. `entities` are the mentions outside quotations, in order.
 */
export function findSources(
  masked: string,
  entities: readonly EntitySpan[],
  resolve: ResolvePronoun,
): Sources {
  let first: string | null = null
  REPORTING_RE.lastIndex = 0
  for (let m = REPORTING_RE.exec(masked); m; m = REPORTING_RE.exec(masked)) {
    const subject =
      subjectBefore(masked, m.index, entities, resolve) ??
      (INVERTED_RE.test(m[0]) &&
      (m[0].endsWith('ccording to') || closesQuote(masked, m.index))
        ? subjectAfter(masked, m.index + m[0].length, entities)
        : null)
    if (!subject) continue
    // "X condemned the strike, the Pentagon said": a speech verb names the source first
    if (SPEECH_WORDS.has(m[0])) return { spoken: subject, attribution: subject }
    first ??= subject
  }
  return { spoken: null, attribution: first }
}
