/**
 * Which cue words a sentence holds and where, found in one scan and shared by the extractors, so
 * that each runs its patterns only on sentences, and at positions, that can match them (most
 * sentences have no ordinal, no negation, no relative date). Every list is a superset of the
 * words its module's patterns need, so a missing bit proves there is nothing to find.
 */
import { isDigitCode, isWordCode } from '../chars'
import { REPORTING } from './attribution'
import { MONTHS, NUMBER_WORDS, ORDINAL_WORDS, WEEKDAYS } from './lexicon'

/** Bits of `scanHints` and `Cues.bits`. */
export const HINT = {
  /** `last`, `next`, `this`, `past`, `coming`: relative dates (`last week`). */
  relative: 1,
  /** `eleven`, `thousand`…: number words. */
  numberWord: 2,
  /** `dozens`, `half`…: vague amounts. */
  vague: 4,
  /** `second`, `fifth`…: ordinals. */
  ordinal: 8,
  /** `not`, `never`, `denied`, `failed`, `n't`…: negation cues. */
  negation: 16,
  /** Speech verbs (`said`, `told`, `according`) and other reporting verbs: `confirmed`, `warned`. */
  reporting: 64,
  /** `yesterday`, `today`, `tomorrow`, `tonight`. */
  deictic: 128,
  /** `ago`, `earlier`: counted relative dates (`nine months ago`). */
  ago: 256,
  /** An ASCII digit, for the dates and the numbers. */
  digit: 512,
  /** `March`, `Sept`…: month names and abbreviations, capitalised. */
  month: 1024,
  /** `Monday`…: weekday names, capitalised. */
  weekday: 2048,
  /** `week`, `year`, `winter`…: what a relative date counts (`last week`). */
  period: 4096,
  /** A digit before `:` or `am`, `p.m.`…: a clock time (`10:30`, `3 p.m.`); not `noon`. */
  clock: 8192,
} as const

// The dates spell month and weekday names capitalised: a lower-case `may` or `march` is no hint
const CAPITALISED = HINT.month | HINT.weekday

const words = (list: string): string[] => list.split('|')

const KINDS: [bit: number, words: string[]][] = [
  [HINT.relative, words('last|next|this|past|coming')],
  [HINT.deictic, words('yesterday|today|tomorrow|tonight')],
  [HINT.ago, words('ago|earlier')],
  [HINT.period, words('week|month|year|weekend|night|spring|summer|autumn|fall|winter|decade')],
  [HINT.month, [...MONTHS.keys()]],
  [HINT.weekday, [...WEEKDAYS]],
  [
    HINT.numberWord,
    [...NUMBER_WORDS.keys(), 'hundred', 'thousand', 'million', 'billion', 'trillion'],
  ],
  [
    HINT.vague,
    words('half|dozen|dozens|scores|hundreds|thousands|millions|billions|third|quarter'),
  ],
  [HINT.ordinal, [...ORDINAL_WORDS.keys()]],
  [
    HINT.negation,
    words('not|never|no|none|nobody|nothing|neither|nor|cannot|deny|denies|denied|denying'),
  ],
  [HINT.reporting, words(`${REPORTING}|according`)],
]

/** What `scanCues` finds in a sentence. */
export type Cues = {
  /** The `HINT` bits of the sentence. */
  bits: number
  /** The cue words as `start, end, bits` triples, in order. */
  words: readonly number[]
  /** Where each run of ASCII digits starts, in order. */
  digits: readonly number[]
  /** Where each reporting verb starts (in any case), in order, for `findSources`. */
  verbs: readonly number[]
}

const NONE: readonly number[] = Object.freeze([])

export const newCues = (): Cues => ({ bits: 0, words: NONE, digits: NONE, verbs: NONE })

const BITS = new Map<string, number>()
// Negation takes any word on `reject`, `refus` or `fail`, reporting verbs among them (`rejected`)
const NEGATION_STEM_RE = /^(?:reject|refus|fail)/
for (const [bit, list] of KINDS) {
  for (const word of list) {
    if (word.includes(' ')) continue
    const stem = NEGATION_STEM_RE.test(word) ? HINT.negation : 0
    BITS.set(word, (BITS.get(word) ?? 0) | bit | stem)
  }
}

// One pattern of every cue word, shaped as a trie (`t(?:h(?:is|ousands?|…)|oday|…)`): Irregexp
// reads each letter of a word once instead of trying every cue that starts with it. A match is
// always a whole word (`\b` on both sides), so the scan meets each word at its start.
// (A trie walked by a loop over the characters instead cost a third more on the seeds.)
type Node = { next: Map<string, Node>; word: boolean; stem: boolean }
const node = (): Node => ({ next: new Map(), word: false, stem: false })
const TRIE = node()
function addWord(word: string): Node {
  let at = TRIE
  for (const ch of word) {
    let next = at.next.get(ch)
    if (!next) at.next.set(ch, (next = node()))
    at = next
  }
  return at
}
for (const word of BITS.keys()) addWord(word).word = true
for (const stem of ['reject', 'refus', 'fail']) addWord(stem).stem = true

function patternOf(at: Node): string {
  if (at.stem) return '\\w*'
  const alternatives = [...at.next].map(([ch, next]) => ch + patternOf(next))
  if (at.word && alternatives.length) alternatives.push('')
  return alternatives.length > 1 ? `(?:${alternatives.join('|')})` : (alternatives[0] ?? '')
}
const CUE_RE = new RegExp(`\\b${patternOf(TRIE)}\\b`, 'gi')
const DIGITS_RE = /\d+/g

/**
 * Finds the cue words and digit runs of `text` into `cues`. A word is what `\b` delimits, a run of
 * `[A-Za-z0-9_]`, matched whole and in any case; month and weekday names count only when some
 * letter is upper case (`march` is a verb).
 */
export function scanCues(text: string, cues: Cues): Cues {
  // New lists, and only when something is found: emptying reused ones with `length = 0` costs
  // a runtime call per list
  let words: number[] | undefined
  let digits: number[] | undefined
  let verbs: number[] | undefined
  let bits = 0
  CUE_RE.lastIndex = 0
  // `test`, not `exec`: no match array per cue word. A match is a whole `\w` word, so it starts
  // where the word characters before its end do
  while (CUE_RE.test(text)) {
    const end = CUE_RE.lastIndex
    let start = end
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--
    const written = text.slice(start, end)
    // Not in the table: a longer word on reject…, refus… or fail…
    const lower = written.toLowerCase()
    let word = BITS.get(lower) ?? HINT.negation
    if (word & CAPITALISED && written === lower) word &= ~CAPITALISED
    words ??= []
    words.push(start, end, word)
    if (word & HINT.reporting) {
      verbs ??= []
      verbs.push(start)
    }
    bits |= word
  }
  if (!(bits & HINT.negation) && hasContraction(text)) bits |= HINT.negation
  DIGITS_RE.lastIndex = 0
  while (DIGITS_RE.test(text)) {
    const end = DIGITS_RE.lastIndex
    let start = end - 1
    while (start > 0 && isDigitCode(text.charCodeAt(start - 1))) start--
    digits ??= []
    digits.push(start)
    bits |= HINT.digit
    if (clockAfter(text, end)) bits |= HINT.clock
  }
  cues.bits = bits
  cues.words = words ?? NONE
  cues.digits = digits ?? NONE
  cues.verbs = verbs ?? NONE
  return cues
}


/** Where the first cue word with `bit` starts (0 when there is none). */
export function firstCue(cues: Cues, bit: number): number {
  const words = cues.words
  for (let k = 0; k < words.length; k += 3) if (words[k + 2]! & bit) return words[k]!
  return 0
}

/** The sticky `re`'s match at `start`, or null, also when `start` is before `reach`. */
export function stickyAt(
  text: string,
  re: RegExp,
  start: number,
  reach: number,
): RegExpExecArray | null {
  if (start < reach) return null
  re.lastIndex = start
  return re.exec(text)
}

/**
 * Each match of the sticky `re` at a cue word with `bit`, tried first from `before(text, at)`,
 * where a word that may lead the cue starts (`last Tuesday`, `mid-March`, `a hundred`), in order
 * and without overlaps: what a scan of the whole text finds, as no match can start anywhere else.
 */
export function matchAtCues(
  text: string,
  cues: Cues,
  bit: number,
  re: RegExp,
  before: (text: string, at: number) => number,
  each: (m: RegExpExecArray) => void,
): void {
  const words = cues.words
  let reach = 0
  for (let k = 0; k < words.length; k += 3) {
    const at = words[k]!
    if (!(words[k + 2]! & bit) || at < reach) continue
    const from = before(text, at)
    // Nothing leads the cue: the one place to try is the cue itself
    const m = stickyAt(text, re, from, reach) ?? (from < at ? stickyAt(text, re, at, reach) : null)
    if (!m) continue
    reach = m.index + m[0].length
    each(m)
  }
}

/**
 * Each match of the sticky `re` where a run of `digits` (from `scanCues`) starts, in order and
 * past what the last match covered: what a scan of the whole text finds, for a pattern that can
 * only start at a run of digits.
 */
export function matchAtDigits(
  text: string,
  digits: readonly number[],
  re: RegExp,
  each: (m: RegExpExecArray) => void,
): void {
  let reach = 0
  for (const at of digits) {
    const m = stickyAt(text, re, at, reach)
    if (!m) continue
    reach = m.index + m[0].length
    each(m)
  }
}

/** Whether `text` holds `n't` in any case. */
function hasContraction(text: string): boolean {
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
    if ((text.charCodeAt(i - 1) | 32) === 110 && (text.charCodeAt(i + 1) | 32) === 116) return true
  }
  return false
}

/** Whether a clock time may go on after a digit that ends at `at`: `10:30`, `3pm`, `3 p.m.`. */
function clockAfter(text: string, at: number): boolean {
  let c = text.charCodeAt(at)
  if (c === 58) return true
  if (c === 32) c = text.charCodeAt(++at)
  if ((c | 32) !== 97 && (c | 32) !== 112) return false
  c = text.charCodeAt(++at)
  if (c === 46) c = text.charCodeAt(++at)
  return (c | 32) === 109
}

/**
 * The `HINT` bits of the cue words in `text`. When `verbsAt` is given, the positions of the
 * reporting verbs (in any case) are pushed to it, in order, for `findSources`.
 */
export function scanHints(text: string, verbsAt?: number[]): number {
  const cues = scanCues(text, newCues())
  if (verbsAt) verbsAt.push(...cues.verbs)
  return cues.bits
}
