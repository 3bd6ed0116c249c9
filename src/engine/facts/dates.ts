/**
 * Dates and times of a sentence: weekdays, calendar dates and ranges, months, years, relative
 * expressions (`last year`, `nine months ago`) and clock times, with comparable values. When the
 * report's publication date is known, weekdays and relative dates are resolved to calendar values.
 */
import type { DateFact } from '../types'
import { isSpaceCode, isWordCode } from '../chars'
import {
  type Cues,
  firstCue,
  HINT,
  matchAtCues,
  matchAtDigits,
  newCues,
  scanCues,
} from './hints'
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from './lexicon'
import { isYearNumber } from './units'

/** A date with its position; `absorbs` says whether its digits are not counts (`June 18`). */
export type DateSpan = DateFact & { start: number; end: number; absorbs: boolean }

const FULL_MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December'
const MON = `${FULL_MONTHS}|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?`
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
const COUNT_WORDS = [...NUMBER_WORDS.keys()].join('|')

// Sticky: tried only where a run of digits starts
const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})\b/y
const MDY_RE = new RegExp(
  `\\b(${MON})\\s+${DAY}(?:\\s*(?:-|to|and|through)\\s*(?:(${MON})\\s+)?${DAY})?(?:,?\\s+(\\d{4}))?(?![\\d:])`,
  'g',
)
const DMY_RE = new RegExp(
  `\\b${DAY}(?:\\s*(?:-|to|and)\\s*${DAY})?\\s+(?:of\\s+)?(${MON})(?:,?\\s+(\\d{4}))?\\b`,
  'g',
)
const MONTH_YEAR_RE = new RegExp(`\\b(${FULL_MONTHS})\\s+(\\d{4})\\b`, 'g')
// Sticky, like the weekday and relative patterns: tried only at their cue words
const MONTH_RE = new RegExp(
  `\\b(?:(last|next|this|early|late|mid|Last|Next|This|Early|Late|Mid)[\\s-]+|(in|since|until|by|from|during|through|In|Since|Until|By|From|During|Through)\\s+)?(${FULL_MONTHS})\\b`,
  'y',
)
const WEEKDAY_RE =
  /\b(?:(last|next|this|Last|Next|This)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(morning|afternoon|evening|night))?\b/y
const FUTURE_RE =
  /\b(?:will|shall|(?:is|are) (?:expected|scheduled|set|due|going)|plans? to|to arrive)\b/
const RELATIVE_RE =
  /\b(?:(earlier|later)\s+)?(last|next|this|past|coming)\s+(week|month|year|weekend|night|spring|summer|autumn|fall|winter|decade)\b/iy
const AGO_RE = new RegExp(
  `\\b(a|an|${COUNT_WORDS}|\\d+|a few|several)\\s+(day|week|month|year|decade)s?\\s+(ago|earlier)\\b`,
  'gi',
)
const YEAR_RE = /(?<![\d,.$€£/:-])\b(1[89]\d\d|20\d\d|2100)(s)?\b(?![.,]?\d|\s?%|-\d)/y
const CLOCK_RE =
  /\b(\d{1,2})(?::([0-5]\d))?\s?(a\.m\.|p\.m\.|am\b|pm\b)|\b([01]?\d|2[0-3]):([0-5]\d)\b|\b(noon|midnight)\b/gi
// With `HINT.clock` (a digit before `:`, `am`, `p.m.`), what decides whether the clock pattern
// can match at all
const NOON_RE = /noon|midnight/i

const pad = (n: number): string => String(n).padStart(2, '0')
const month = (name: string): string => MONTHS.get(name.replace('.', '').toLowerCase()) ?? '00'
const iso = (d: Date): string => d.toISOString().slice(0, 10)

function parsePublished(published: string | undefined): Date | undefined {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return undefined
  const d = new Date(`${published}T00:00:00Z`)
  return Number.isNaN(d.getTime()) ? undefined : d
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86400000)
}

function countOf(word: string): number {
  const lower = word.toLowerCase()
  if (lower === 'a' || lower === 'an') return 1
  if (lower === 'a few' || lower === 'several') return 3
  return NUMBER_WORDS.get(lower) ?? Number(lower)
}

/** The dates found so far in `text`; `add` adds one. */
class Found {
  readonly list: DateSpan[] = []
  constructor(readonly text: string) {}
  add(start: number, end: number, kind: DateFact['kind'], value: string, absorbs: boolean): void {
    this.list.push({ text: this.text.slice(start, end), kind, value, start, end, absorbs })
  }
}

/**
 * Dates and times of `text`, in order, without overlaps (the longer reading wins). `cues` are the
 * text's `scanCues`, when the caller has them already. Each pattern starts where the first cue
 * word it needs is, or runs only where a run of digits starts: no match can start before.
 */
export function extractDates(
  text: string,
  published?: string,
  cues: Cues = scanCues(text, newCues()),
): DateSpan[] {
  const hints = cues.bits
  const digits = hints & HINT.digit
  const months = hints & HINT.month
  const weekdays = hints & HINT.weekday
  // "this" is common: a relative date needs a period after it too ("this week")
  const relative = hints & (HINT.deictic | HINT.ago | (hints & HINT.period ? HINT.relative : 0))
  if (!digits && !months && !weekdays && !relative) return []
  const pub = parsePublished(published)
  const year = pub ? String(pub.getUTCFullYear()) : undefined
  const found = new Found(text)
  if (digits) isoAndYears(text, cues.digits, found)
  if (months) {
    const first = firstCue(cues, HINT.month)
    if (digits) calendarDates(text, year, first, cues.digits[0]!, found)
    matchAtCues(text, cues, HINT.month, MONTH_RE, prefixOrHyphenStart, (m) =>
      monthDate(m, pub, found),
    )
  }
  if (weekdays) {
    // Only a resolved weekday depends on the tense
    const future = pub !== undefined && FUTURE_RE.test(text)
    matchAtCues(text, cues, HINT.weekday, WEEKDAY_RE, prefixStart, (m) =>
      weekdayDate(m, pub, future, found),
    )
  }
  if (relative) relativeDates(text, pub, relative, cues, found)
  if (digits && (hints & HINT.clock || NOON_RE.test(text))) clockTimes(text, found)
  return dropOverlaps(found.list)
}

/**
 * Where a word before `at` starts, with only spaces (and hyphens, when `hyphens`) between: where a
 * date pattern with a word before its cue (`last Tuesday`, `mid-March`) can start at the earliest.
 */
function prefixStart(text: string, at: number, hyphens = false): number {
  let end = at
  for (let c = text.charCodeAt(end - 1); isSpaceCode(c) || (hyphens && c === 45); ) {
    c = text.charCodeAt(--end - 1)
  }
  if (end === at) return at
  let start = end
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--
  return start < end ? start : at
}

/** `prefixStart` across hyphens too: `mid-March`. */
const prefixOrHyphenStart = (text: string, at: number): number => prefixStart(text, at, true)

/**
 * Where the `words` runs of word characters before `at`, each followed by spaces, start: the
 * earliest start of a pattern of that many words and spaces that ends at `at`.
 */
function wordsBefore(text: string, at: number, words: number): number {
  let start = at
  for (let k = 0; k < words; k++) {
    const from = prefixStart(text, start)
    if (from === start) break
    start = from
  }
  return start
}

function isoAndYears(text: string, digits: readonly number[], found: Found): void {
  matchAtDigits(text, digits, ISO_RE, (m) => {
    found.add(m.index, m.index + m[0].length, 'date', m[0], true)
  })
  matchAtDigits(text, digits, YEAR_RE, (m) => {
    const at = m.index
    const end = at + m[0].length
    if (m[2] || isYearNumber(text, at, end)) found.add(at, end, 'year', m[0], true)
  })
}

const withYear = (md: string, y: string | undefined): string => (y ? `${y}-${md}` : md)

function calendarDates(
  text: string,
  year: string | undefined,
  monthAt: number,
  digitAt: number,
  found: Found,
): void {
  MDY_RE.lastIndex = monthAt
  for (let m = MDY_RE.exec(text); m; m = MDY_RE.exec(text)) {
    const [, mon, day, mon2, day2, y] = m
    const from = withYear(`${month(mon!)}-${pad(Number(day))}`, y ?? year)
    if (day2) {
      const to = withYear(`${month(mon2 ?? mon!)}-${pad(Number(day2))}`, y ?? year)
      found.add(m.index, m.index + m[0].length, 'range', `${from}/${to}`, true)
    } else found.add(m.index, m.index + m[0].length, 'date', from, true)
  }
  DMY_RE.lastIndex = digitAt
  for (let m = DMY_RE.exec(text); m; m = DMY_RE.exec(text)) {
    const [, day, day2, mon, y] = m
    const from = withYear(`${month(mon!)}-${pad(Number(day))}`, y ?? year)
    if (day2) {
      const to = withYear(`${month(mon!)}-${pad(Number(day2))}`, y ?? year)
      found.add(m.index, m.index + m[0].length, 'range', `${from}/${to}`, true)
    } else found.add(m.index, m.index + m[0].length, 'date', from, true)
  }
  MONTH_YEAR_RE.lastIndex = monthAt
  for (let m = MONTH_YEAR_RE.exec(text); m; m = MONTH_YEAR_RE.exec(text)) {
    found.add(m.index, m.index + m[0].length, 'month', `${m[2]}-${month(m[1]!)}`, true)
  }
}

function relativeDates(
  text: string,
  pub: Date | undefined,
  hints: number,
  cues: Cues,
  found: Found,
): void {
  if (hints & HINT.deictic) deicticDates(text, pub, cues.words, found)
  if (hints & HINT.relative) {
    matchAtCues(text, cues, HINT.relative, RELATIVE_RE, prefixStart, (m) =>
      relativeDate(m, pub, found),
    )
  }
  // `a few days ago`: three words and spaces before `ago` at most
  if (hints & HINT.ago) agoDates(text, pub, wordsBefore(text, firstCue(cues, HINT.ago), 3), found)
}

/** `yesterday`, `today`, `tomorrow`, `tonight`: the cue words themselves. */
function deicticDates(
  text: string,
  pub: Date | undefined,
  words: readonly number[],
  found: Found,
): void {
  for (let k = 0; k < words.length; k += 3) {
    if (!(words[k + 2]! & HINT.deictic)) continue
    const start = words[k]!
    const end = words[k + 1]!
    const word = text.slice(start, end).toLowerCase()
    const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0
    if (pub) found.add(start, end, 'date', iso(addDays(pub, offset)), false)
    else found.add(start, end, 'relative', `relative:${word === 'tonight' ? 'today' : word}`, false)
  }
}

function agoDates(text: string, pub: Date | undefined, from: number, found: Found): void {
  AGO_RE.lastIndex = from
  for (let m = AGO_RE.exec(text); m; m = AGO_RE.exec(text)) {
    const n = countOf(m[1]!)
    const unit = m[2]!.toLowerCase()
    const start = m.index
    const end = m.index + m[0].length
    if (!pub || !Number.isFinite(n)) {
      found.add(start, end, 'relative', `relative:ago-${n}-${unit}`, false)
      continue
    }
    const d = new Date(pub)
    if (unit === 'year' || unit === 'decade') {
      const years = n * (unit === 'decade' ? 10 : 1)
      found.add(start, end, 'year', String(d.getUTCFullYear() - years), false)
    } else if (unit === 'month') {
      d.setUTCDate(1)
      d.setUTCMonth(d.getUTCMonth() - n)
      found.add(start, end, 'month', iso(d).slice(0, 7), false)
    } else found.add(start, end, 'date', iso(addDays(pub, -n * (unit === 'week' ? 7 : 1))), false)
  }
}

function clockTimes(text: string, found: Found): void {
  CLOCK_RE.lastIndex = 0
  for (let m = CLOCK_RE.exec(text); m; m = CLOCK_RE.exec(text)) {
    const end = m.index + m[0].length
    if (m[6]) {
      found.add(m.index, end, 'time', m[6].toLowerCase() === 'noon' ? '12:00' : '00:00', true)
    } else if (m[4] !== undefined) {
      found.add(m.index, end, 'time', `${pad(Number(m[4]))}:${m[5]}`, true)
    } else {
      let h = Number(m[1]) % 12
      if (m[3]!.toLowerCase().startsWith('p')) h += 12
      if (Number(m[1]) <= 12) found.add(m.index, end, 'time', `${pad(h)}:${m[2] ?? '00'}`, true)
    }
  }
}

const byPosition = (a: DateSpan, b: DateSpan): number => a.start - b.start || b.end - a.end

function dropOverlaps(found: DateSpan[]): DateSpan[] {
  if (found.length < 2) return found
  // Sorting copies the list: skipped when it is in order already
  let sorted = true
  for (let k = 1; k < found.length; k++) if (byPosition(found[k - 1]!, found[k]!) > 0) sorted = false
  if (!sorted) found.sort(byPosition)
  // A new list only from the first date that overlaps one before it
  let out: DateSpan[] | undefined
  let reach = -1
  for (let k = 0; k < found.length; k++) {
    const d = found[k]!
    if (d.start < reach) {
      out ??= found.slice(0, k)
      continue
    }
    out?.push(d)
    reach = d.end
  }
  return out ?? found
}

function monthDate(m: RegExpExecArray, pub: Date | undefined, found: Found): void {
  const rel = m[1]?.toLowerCase()
  const name = m[3]!
  // "May" is a month only after "in May", "last May"…; "Russia may" is lower case anyway
  if (name === 'May' && !rel && !m[2]) return
  const start = m[2] ? m.index + m[0].length - name.length : m.index
  const end = m.index + m[0].length
  const mm = month(name)
  if (pub && (rel === 'last' || rel === 'next' || rel === 'this')) {
    const y = pub.getUTCFullYear()
    const pm = pub.getUTCMonth() + 1
    const n = Number(mm)
    const resolved =
      rel === 'last' ? (n < pm ? y : y - 1) : rel === 'next' ? (n > pm ? y : y + 1) : y
    found.add(start, end, 'month', `${resolved}-${mm}`, true)
  } else found.add(start, end, 'month', `month:${mm}`, true)
}

function weekdayDate(
  m: RegExpExecArray,
  pub: Date | undefined,
  future: boolean,
  found: Found,
): void {
  const rel = m[1]?.toLowerCase()
  const day = m[2]!.toLowerCase() as (typeof WEEKDAYS)[number]
  const end = m.index + m[0].length
  if (!pub) {
    found.add(m.index, end, 'weekday', `weekday:${day}`, true)
    return
  }
  // News usage: a bare weekday is the past six days, or the coming six in a sentence about the
  // future ("will arrive Tuesday"); "last"/"next" leave the current week
  const diff = (WEEKDAYS.indexOf(day) - pub.getUTCDay() + 7) % 7
  let offset = future || diff === 0 ? diff : diff - 7
  if (rel === 'last') offset = diff === 0 ? -7 : diff - 7
  if (rel === 'next') offset = diff === 0 ? 7 : diff
  found.add(m.index, end, 'date', iso(addDays(pub, offset)), true)
}

function relativeDate(m: RegExpExecArray, pub: Date | undefined, found: Found): void {
  const rel = m[2]!.toLowerCase()
  const unit = m[3]!.toLowerCase()
  const start = m.index
  const end = m.index + m[0].length
  const step = rel === 'last' || rel === 'past' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0
  if (pub && unit === 'year') {
    found.add(start, end, 'year', String(pub.getUTCFullYear() + step), false)
  } else if (pub && unit === 'month') {
    const d = new Date(pub)
    d.setUTCDate(1)
    d.setUTCMonth(d.getUTCMonth() + step)
    found.add(start, end, 'month', iso(d).slice(0, 7), false)
  } else if (pub && unit === 'night') {
    found.add(start, end, 'date', iso(addDays(pub, step === 0 ? 0 : -1)), false)
  } else
    found.add(
      start,
      end,
      'relative',
      `relative:${rel === 'past' ? 'last' : rel === 'coming' ? 'next' : rel}-${unit}`,
      false,
    )
}
