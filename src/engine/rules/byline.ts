/**
 * Bylines and datelines of publication.
 * Example: `Written by on June 18, 2024`, `By Jane Doe, Reuters`, `Published 3 hours ago`,
 * `AP writer Jane Roe contributed from Ankara.`
 */
import { isTimestamp } from './timestamp'
import type { LineRule } from './types'

const INPUTS = /^\(?with (?:inputs|agency inputs|input) from\b/i
// "Associated Press writer Suzan Fraser contributed from Ankara.", "Jane Roe contributed to this report."
const CONTRIBUTED = /\bcontributed(?: reporting)?(?: to (?:this|the) (?:report|story|article)| from [\p{Lu}][\p{L}., ]*)\.?\)?$/u
const WRITTEN = /^\(?(?:written|posted|reported|edited|compiled|produced|story|words|text|photos?|reporting|additional reporting|edited) by\b/i
// "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "By Jane Doe | Millbrook Courier"
const BY = /^[Bb][Yy]:? (?:[\p{Lu}][\p{L}'.-]*|de|van|von|al|bin)(?: (?:[\p{Lu}][\p{L}'.-]*|de|van|von|al|bin|and|&))* ?[\p{Lu}][\p{L}'.-]*(?:$| ?[,|\u00B7-])/u
// "Published 3 hours ago", "Updated: June 18, 2024 10:32 am IST": the rest must be a time stamp
const CLOSED = /[.!?]$/
const STAMP =
  /^(?:last )?(?:published|updated|posted|modified|created|first published|edited|date)(?: on| at)?:? ?(.{1,80})$/i

/** Bylines and publication stamps. */
export const byline: LineRule = {
  name: 'byline',
  maxWords: 20,
  starts: '(abcdeflmprstuw',
  test: (text, words) => {
    // `| 32` lower-cases a letter: "(with inputs from", "By Jane Doe" are asked only when they
    // may begin so
    const first = text.charCodeAt(0) | 32
    if (WRITTEN.test(text) || ((first === 40 || first === 119) && INPUTS.test(text))) return true
    if (words <= 14 && first === 98 && BY.test(text) && !CLOSED.test(text)) return true
    const stamp = STAMP.exec(text)
    return stamp !== null && isTimestamp(stamp[1] as string)
  },
  anywhere: { cues: ['contributed'], test: (text) => CONTRIBUTED.test(text) },
}
