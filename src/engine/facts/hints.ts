/**
 * Which kinds of cue words a sentence holds, found in one scan and shared by the extractors, so
 * that each runs its patterns only on sentences that can match them (most sentences have no
 * ordinal, no negation, no relative date). Every list is a superset of the words its module's
 * patterns need, so a missing bit proves there is nothing to find.
 */
import { REPORTING } from './attribution'
import { MONTHS, NUMBER_WORDS, ORDINAL_WORDS, WEEKDAYS } from './lexicon'

/** Bits of `scanHints`. */
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

// One alternation of every cue word: a match is always a whole word (`\b` on both sides), so the
// scan meets each word of the sentence at its start and the match is that word whichever
// alternative finds it. Irregexp tries alternatives in order, so they are grouped by first letter
// (`a(?:cknowledged|ccording|…)|b(?:…)`): a word is tried against one group, not every cue
const CUE_GROUPS = new Map<string, string[]>()
for (const word of [...BITS.keys(), 'reject\\w*', 'refus\\w*', 'fail\\w*']) {
  const group = CUE_GROUPS.get(word[0]!)
  if (group) group.push(word.slice(1))
  else CUE_GROUPS.set(word[0]!, [word.slice(1)])
}
const CUE_WORDS = [...CUE_GROUPS]
  .map(([first, rests]) => `${first}(?:${rests.sort((a, b) => b.length - a.length).join('|')})`)
  .join('|')
const CUE_RE = new RegExp(`\\b(?:${CUE_WORDS})\\b`, 'gi')
const CONTRACTION_RE = /n't/i
const DIGIT_RE = /\d/

/**
 * The `HINT` bits of the cue words in `text`. When `verbsAt` is given, the positions of the
 * reporting verbs (in any case) are pushed to it, in order, for `findSources`.
 */
export function scanHints(text: string, verbsAt?: number[]): number {
  let bits = CONTRACTION_RE.test(text) ? HINT.negation : 0
  if (DIGIT_RE.test(text)) bits |= HINT.digit
  CUE_RE.lastIndex = 0
  for (let m = CUE_RE.exec(text); m; m = CUE_RE.exec(text)) {
    // Not in the table: a longer word on reject…, refus… or fail…
    const lower = m[0].toLowerCase()
    let word = BITS.get(lower) ?? HINT.negation
    if (word & CAPITALISED && m[0] === lower) word &= ~CAPITALISED
    if (verbsAt && word & HINT.reporting) verbsAt.push(m.index)
    bits |= word
  }
  return bits
}
