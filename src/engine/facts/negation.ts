/**
 * Negation of a sentence's main claim: `did not`, `never`, `no`, `denied`, `rejected`, `refused`,
 * `failed to`. Cues inside a relative clause (`mechanisms that are not controlled`), a reduced
 * relative (`mechanisms not controlled`), `not only … but` and quotations that are only a phrase of
 * the sentence (`labelled it "not credible"`) do not negate the claim.
 */
import { isAsciiLetterCode, isLowerCode, isSpaceCode } from '../chars'
import { type Cues, HINT, newCues, scanCues } from './hints'
import type { QuoteSpan } from './quotes'

// A token is `[A-Za-z]+(?:'[a-z]+)?|[,;:()|]|\s-\s`, read off the characters by `tokenStart` and
// `tokenEnd`: that pattern's match and then a look back for where it started read each one twice
const AUX = new Set(
  (
    'is|are|was|were|be|been|being|am|do|does|did|will|would|can|could|should|may|might|must|' +
    'has|have|had|shall|also|still|yet|simply|just|really|certainly|definitely|probably|reportedly'
  ).split('|'),
)
const RELATIVE = new Set(['which', 'who', 'whom', 'whose'])
const DENIAL = new Set(
  (
    'denied|denies|deny|denying|rejected|rejects|reject|rejecting|' +
    'refused|refuses|refuse|refusing'
  ).split('|'),
)
const FAIL = new Set(['failed', 'fails', 'fail', 'failing'])
const NEGATORS = new Set(['never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot'])
const ROLES = new Map<string, 'relative' | 'negator' | 'denial' | 'fail'>([
  ...[...RELATIVE].map((w) => [w, 'relative'] as const),
  ...[...NEGATORS].map((w) => [w, 'negator'] as const),
  ...[...DENIAL].map((w) => [w, 'denial'] as const),
  ...[...FAIL].map((w) => [w, 'fail'] as const),
])
const CLAUSE_MARK_RE = /[,;:()|]/g
// The quotation is the claim itself: `"…" Putin said`, `X said: "…"`, `X stated, "…"`
const QUOTE_LEADS_RE = /(?:^|[:]|\b(?:said|says|stated|wrote|added|declared|told [\w ]+),)\s*$/

// What most sentences hold: one shared empty list, not a new one each
const NONE: readonly string[] = Object.freeze([])

function claimQuotes(text: string, quotes: readonly QuoteSpan[]): QuoteSpan[] {
  return quotes.filter(
    (q) => q.start <= 1 || QUOTE_LEADS_RE.test(text.slice(Math.max(0, q.start - 60), q.start)),
  )
}

function carriesVerb(text: string, q: QuoteSpan): boolean {
  const first = /^"?\s*([A-Za-z]+)/.exec(text.slice(q.start, q.start + 20))?.[1]?.toLowerCase()
  const prev = /([A-Za-z]+)\W*$/
    .exec(text.slice(Math.max(0, q.start - 20), q.start))?.[1]
    ?.toLowerCase()
  return (first !== undefined && AUX.has(first)) || (prev !== undefined && AUX.has(prev))
}

/**
 * Negation cues of the main claim, as written; empty when the claim is affirmed. `cues` are the
 * text's `scanCues`, when the caller has them already.
 */
export function findNegations(
  text: string,
  quotes: readonly QuoteSpan[],
  cues: Cues = scanCues(text, newCues()),
): readonly string[] {
  if (!(cues.bits & HINT.negation)) return NONE
  // A quoted phrase counts when it carries the verb: `the shipments "did not stop"`,
  // `Russia would "never" give up`, not `called the claims "not credible"`
  let phraseQuotes: QuoteSpan[] | undefined
  const found: { word: string; index: number }[] = []
  let relative = false
  // Only the tokens from the first cue's clause to the last cue are read (all, when unsure)
  const { first, last } = cueBounds(text, cues) ?? ALL
  if (first < 0) return NONE
  // Tokens are read one ahead, as each needs the next one's lower case, and only the previous
  // one is looked back at: no token list is built
  let at = tokenStart(text, clauseStart(text, first))
  let end = at >= 0 ? tokenEnd(text, at) : -1
  let word = at >= 0 ? text.slice(at, end) : ''
  let lower = word.toLowerCase()
  let prev: string | undefined
  for (let i = 0; at >= 0; i++) {
    // Past the last cue: this token was only needed as the one after it
    if (at > last) break
    const afterAt = tokenStart(text, end)
    const afterEnd = afterAt >= 0 ? tokenEnd(text, afterAt) : -1
    const after = afterAt >= 0 ? text.slice(afterAt, afterEnd) : undefined
    const next = after?.toLowerCase()
    const kind = kindOf(lower, prev, next, i)
    if (kind === TOKEN.relativeStart) relative = true
    else if (kind === TOKEN.clauseEnd) relative = false
    else if (kind === TOKEN.cue && !relative) {
      phraseQuotes ??= phraseOnly(text, quotes)
      const cueAt = at
      if (!phraseQuotes.some((q) => cueAt > q.start && cueAt < q.end)) found.push({ word, index: i })
    }
    prev = lower
    lower = next ?? ''
    word = after ?? ''
    at = afterAt
    end = afterEnd
  }
  if (!found.length) return NONE
  // "did not deny" affirms: a negator just before a denial cancels both
  const out: string[] = []
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!
    const d = found[k + 1]
    if (
      d &&
      d.index - c.index <= 2 &&
      DENIAL.has(d.word.toLowerCase()) &&
      !DENIAL.has(c.word.toLowerCase())
    ) {
      k++
      continue
    }
    out.push(c.word)
  }
  return out
}

/**
 * Where the tokens worth reading before a cue token at `at` start: at the last `,;:()|` before
 * the word holding it, a token of its own after which no relative clause runs on (nothing
 * before it changes what the cue is), else at 0. Token numbers count from there: only their
 * differences, and whether a cue is the sentence's first token, are read.
 */
function clauseStart(text: string, at: number): number {
  while (at > 0 && isAsciiLetterCode(text.charCodeAt(at - 1))) at--
  // The marks are found forward by a pattern: a loop back over every character costs more
  let start = 0
  CLAUSE_MARK_RE.lastIndex = 0
  while (CLAUSE_MARK_RE.test(text) && CLAUSE_MARK_RE.lastIndex <= at) {
    start = CLAUSE_MARK_RE.lastIndex - 1
  }
  return start
}

/** Where a cue token may start, at the earliest and the latest; -1 for none. */
type Bounds = { first: number; last: number }

// Every token, for a sentence where the cue words of `scanCues` may miss a cue token
const ALL: Bounds = { first: 0, last: Infinity }

/**
 * The bounds of the cue tokens from the negation words `scanCues` met (`words`, its triples) and
 * the apostrophes of `n't`, without a pattern over the text; undefined when those may miss one:
 * a token also starts after a digit or `_` (`5not`), or after `'` and lower-case letters
 * (`n'tNever`), where `\b` sees no word start.
 */
function cueBounds(text: string, { bits, words }: Cues): Bounds | undefined {
  if (bits & HINT.digit || text.includes('_')) return undefined
  let first = -1
  let last = -1
  for (let k = 0; k < words.length; k += 3) {
    if (!(words[k + 2]! & HINT.negation)) continue
    if (first < 0) first = words[k]!
    last = words[k]!
  }
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
    let end = i + 1
    while (isLowerCode(text.charCodeAt(end))) end++
    if (end > i + 1 && isAsciiLetterCode(text.charCodeAt(end))) return undefined
    // `n't` in any case: kindOf reads the token lower-cased
    if ((text.charCodeAt(i - 1) | 32) === 110 && (text.charCodeAt(i + 1) | 32) === 116) {
      if (first < 0 || i - 1 < first) first = i - 1
      if (i - 1 > last) last = i - 1
    }
  }
  return { first, last }
}


/**
 * Where the first token at or after `from` starts, else -1: a letter, one of `,;:()|`, or a space
 * before ` - `.
 */
function tokenStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isAsciiLetterCode(c)) return i
    // , ; : ( ) |
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 124) return i
    if (isSpaceCode(c) && text.charCodeAt(i + 1) === 45 && isSpaceCode(text.charCodeAt(i + 2))) {
      return i
    }
  }
  return -1
}

/**
 * Where the token starting at `at` ends: letters with an optional `'` and lower-case letters
 * (`didn't`), or one of `,;:()|`, or ` - `.
 */
function tokenEnd(text: string, at: number): number {
  const c = text.charCodeAt(at)
  if (!isAsciiLetterCode(c)) return isSpaceCode(c) ? at + 3 : at + 1
  let end = at + 1
  while (isAsciiLetterCode(text.charCodeAt(end))) end++
  if (text.charCodeAt(end) === 39 && isLowerCode(text.charCodeAt(end + 1))) {
    end += 2
    while (isLowerCode(text.charCodeAt(end))) end++
  }
  return end
}

/** Quotations that are only a phrase of the sentence and do not carry its verb. */
function phraseOnly(text: string, quotes: readonly QuoteSpan[]): QuoteSpan[] {
  if (!quotes.length) return []
  const counted = claimQuotes(text, quotes)
  return quotes.filter((q) => !counted.includes(q) && !carriesVerb(text, q))
}

/** What a token is to the negation scan. */
const TOKEN = { other: 0, cue: 1, relativeStart: 2, clauseEnd: 3 } as const
type TokenKind = (typeof TOKEN)[keyof typeof TOKEN]

/** What the token `lower` (the `i`th) is, between `prev` and `next`. */
function kindOf(
  lower: string,
  prev: string | undefined,
  next: string | undefined,
  i: number,
): TokenKind {
  if (lower.length === 1 || lower.startsWith(' ')) {
    return /[a-z]/.test(lower) ? TOKEN.other : TOKEN.clauseEnd
  }
  if (lower === 'that') {
    const aux = next !== undefined && (AUX.has(next) || next === 'not' || next === 'never')
    return aux ? TOKEN.relativeStart : TOKEN.other
  }
  let cue = false
  if (lower === 'not') {
    // "not only … but", "whether or not", "mechanisms not controlled by the West"
    cue = next !== 'only' && prev !== 'or' && (i === 0 || (prev !== undefined && AUX.has(prev)))
  } else if (lower.endsWith("n't")) cue = true
  else {
    // One lookup for the word lists, which most tokens are in none of
    const role = ROLES.get(lower)
    if (role === undefined) return TOKEN.other
    if (role === 'relative') return TOKEN.relativeStart
    if (role === 'negator') cue = !(lower === 'no' && (next === 'doubt' || next === 'matter'))
    else if (role === 'denial') cue = true
    else cue = next === 'to'
  }
  return cue ? TOKEN.cue : TOKEN.other
}
