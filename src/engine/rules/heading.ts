/**
 * Heading-like lines: short, no sentence punctuation at the end, mostly capitalised words.
 * `Partnership Agreement in the Works` is a heading; `He said.` and `- item` are not.
 */
import { isAsciiLetterCode } from '../chars'

// small words that stay lower case in Title Case: "A Divided Security Council in the Works"
const MINOR = new Set(
  'a an and as at but by for from in into of on or over per the to up via vs with is are was be its'
    .split(' '),
)
const FIRST = /^["'(]?[\p{Lu}\p{Lo}\d]/u
const CAPITAL = /^["'(]?[\p{Lu}\d]/u
const LETTER = /\p{L}/u

/** Share (0 to 1) of the line's significant words that start with a capital or a digit. */
export function capitalRatio(text: string): number {
  let words = 0
  let caps = 0
  // the words of `text.split(' ')`, read in place: a word is sliced only when a test needs it
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf(' ', from)
    if (to < 0) to = text.length
    const c = text.charCodeAt(from)
    const letter = from < to && isAsciiLetterCode(c) ? true : LETTER.test(text.slice(from, to))
    // lower-casing never shortens a word, and no minor word is longer than four letters
    const minor = letter && to - from <= 4 && MINOR.has(text.slice(from, to).toLowerCase())
    if (letter && !minor) {
      words++
      if (isCapitalisedAt(text, from, to)) caps++
    }
    from = to + 1
  }
  return words === 0 ? 0 : caps / words
}

// `isCapitalised(text.slice(from, to))` without the slice for an ASCII first unit
function isCapitalisedAt(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from)
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true
  return isAsciiLetterCode(c) ? false : CAPITAL.test(text.slice(from, to))
}

/** Lines of more words are never headings. */
export const HEADING_MAX_WORDS = 20

/** The `capitalRatio` from which a line reads as Title Case: `Kim Welcomes Putin in Pyongyang`. */
export const TITLE_CASE = 0.6

/**
 * True when a line looks like a title or section heading. `top` relaxes the test for lines
 * before the body starts, where titles are often in sentence case:
 * `Putin to arrive in North Korea for state visit`.
 */
export function isHeadingLike(text: string, words: number, top: boolean): boolean {
  if (words > HEADING_MAX_WORDS || text.length > 160 || !FIRST.test(text)) return false
  const last = text[text.length - 1] as string
  // "WASHINGTON (Reuters) -" on a line of its own is a dateline, not a heading
  if ('.,;:-'.includes(last)) return false
  const ratio = capitalRatio(text)
  // "Is Putin Winning?", "Putin: 'We Will Win'": allowed when Title Case
  if ('?!"\''.includes(last)) return ratio >= TITLE_CASE && words <= 15
  // at the top a headline may be in sentence case ("Heatwave kills dozens across northern
  // India"), but a long line of lower-case words is a sentence that lost its period
  if (top) return (words >= 2 || ratio === 1) && (ratio >= 0.3 || words <= 8) && words <= 16
  return ratio >= 0.5
}
