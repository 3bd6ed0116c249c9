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

/** Reporting verbs that introduce quotations. */
export const SPEECH_RE = new RegExp(`\\b(?:${SPEECH})\\b`, 'g')
/** Reporting verbs that attribute a claim, quoted or not. */
export const REPORTING_RE = new RegExp(`\\b(?:${REPORTING})\\b`, 'g')

// "Seoul's Unification Ministry official told", "North Korean state media also expressed"
const FILLER_RE =
  /(?:\s+(?:has|have|had|also|later|previously|repeatedly|once|further|then|again|recently|publicly|reportedly|officially|would|will|could|may|might|did|does|do|not|never|subsequently|separately|official|officials|spokesperson|spokesman|spokeswoman|analyst|analysts|minister|leader|adviser|advisor|source|sources|state|media|agency|officer|envoy|ministry|government|news|paper|newspaper|statement|office|chief|head|representative|representatives|diplomat|diplomats))+\s*$/
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
  before = before.replace(FILLER_RE, '')
  let end = offset + before.trimEnd().length
  const pronoun = PRONOUN_RE.exec(before)
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

/**
 * Canonical name of the subject of the first verb of `verbs` in `masked` that has one, or null.
 * `entities` are the mentions outside quotations, in order.
 */
export function findSubject(
  masked: string,
  verbs: RegExp,
  entities: readonly EntitySpan[],
  resolve: ResolvePronoun,
): string | null {
  verbs.lastIndex = 0
  for (let m = verbs.exec(masked); m; m = verbs.exec(masked)) {
    const subject =
      subjectBefore(masked, m.index, entities, resolve) ??
      (INVERTED_RE.test(m[0]) &&
      (m[0].endsWith('ccording to') || /["',]\s*$/.test(masked.slice(0, m.index)))
        ? subjectAfter(masked, m.index + m[0].length, entities)
        : null)
    if (subject) return subject
  }
  return null
}
