/**
 * Lines that are only a date, a time or a reading time.
 * Example: `June 18, 2024`, `Tue 18 Jun 2024 05.00 BST`, `3 hours ago`, `4 min read`.
 */
import type { LineRule } from './types'

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const DAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?'
// every token a date or time word, a number, a zone, or punctuation
const ZONE = '(?:gmt|utc|bst|ist|est|edt|cst|cdt|pst|pdt|cet|cest|eet|kst|jst|aest|hkt|sgt|msk|et|pt)(?:[+-]\\d{1,2}(?::?\\d\\d)?)?'
const TOKEN = `(?:${MONTH}|${DAY}|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?|\\d{1,4}(?:st|nd|rd|th)?|[ap]\\.?m\\.?|${ZONE}|at|on|of|updated|published)`
// "\b" after each token keeps the match linear: "2024" cannot be split into "20" + "24"
const DATE_ONLY = new RegExp(`^(?:${TOKEN}(?:\\b|(?<=\\.))[ ,/|\\-]*)+$`, 'i')
const AGO = /^(?:about |over |less than )?(?:an?|\d+) (?:second|minute|min|hour|hr|day|week|month|year)s? ago$/i
const DIGIT = /\d/
const READ = /^\d+ ?(?:-| )?(?:min|mins|minute|minutes)(?: read| listen| watch)?$/i

/** True when `text` is only a date, a time, `3 hours ago` or `4 min read`. */
export function isTimestamp(text: string): boolean {
  if (AGO.test(text) || READ.test(text)) return true
  return text.length <= 80 && DIGIT.test(text) && DATE_ONLY.test(text)
}

/** Date-only lines. */
export const timestamp: LineRule = {
  name: 'timestamp',
  maxWords: 12,
  starts: 'abcdefghijklmnopstuw0123456789',
  test: (text) => isTimestamp(text),
}
