/**
 * Numbers of a sentence with the noun they count: digits (`11,000`, `2.3 billion`, `3.5%`),
 * money (`$2.3 billion`), number words (`eleven thousand`, `two-day`), vague amounts (`dozens`,
 * `a dozen`, `half`) and ordinals (`second reconnaissance satellite`). Years and calendar digits
 * are left to the dates.
 */
import type { NumberFact } from '../types'
import type { DateSpan } from './dates'
import { APPROX_BEFORE, NUMBER_WORDS, ORDINAL_WORDS, SCALE_WORDS, VAGUE_WORDS } from './lexicon'
import { isAsciiLetterCode, isSpaceCode } from '../chars'
import {
  type Cues,
  firstCue,
  HINT,
  matchAtCues,
  matchAtDigits,
  newCues,
  scanCues,
  stickyAt,
} from './hints'
import { headNoun, isYearNumber, singular } from './units'

/** A number fact; `ordinal` marks positions (`second satellite`) rather than counts. */
export type NumberFactX = NumberFact & { ordinal?: boolean }

type Candidate = {
  start: number
  end: number
  value: number
  unit: string | null
  approximate: boolean
  ordinal: boolean
  /** Whether the noun after it is worth looking for. */
  findUnit: boolean
  crossOf: boolean
  /** Plain four-digit number that may be a year. */
  maybeYear: boolean
  /** A lone `one`: kept only with a noun (`one person`, not `one of`). */
  needsUnit: boolean
}

/** A candidate with the defaults of a plain count, its fields set after (no object spread). */
function candidate(start: number, end: number, value: number): Candidate {
  return {
    start,
    end,
    value,
    unit: null,
    approximate: false,
    ordinal: false,
    findUnit: true,
    crossOf: false,
    maybeYear: false,
    needsUnit: false,
  }
}
const CURRENCY: Record<string, string> = {
  $: 'usd',
  US$: 'usd',
  '€': 'eur',
  '£': 'gbp',
  '₹': 'inr',
  Rs: 'inr',
  'Rs.': 'inr',
  INR: 'inr',
}
// Sticky, like the digits pattern: tried only just before a run of digits, where a currency is
const MONEY_RE =
  /(US\$|\$|€|£|₹|Rs\.?|INR)\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(trillion|billion|million|thousand|lakhs?|crores?|bn|m|k)\b)?/y
// Currencies named by a noun after the figure: "50 million rupees"
const CURRENCY_NOUNS: Record<string, string> = {
  dollar: 'usd',
  euro: 'eur',
  rupee: 'inr',
  yuan: 'cny',
  yen: 'jpy',
  rouble: 'rub',
  ruble: 'rub',
}
const DIGITS_RE =
  /(?<![A-Za-z\u00C0-\u024F\d.,$€£-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(st|nd|rd|th)?(?![A-Za-z\u00C0-\u024F\d])(?:\s?(%|percent\b|per cent\b))?(?:\s(trillion|billion|million|thousand|lakhs?|crores?)\b)?/y
const VAGUE_RE = new RegExp(
  `\\b(?:${[...VAGUE_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'gi',
)
const WORDS = [...NUMBER_WORDS.keys(), 'hundred', 'thousand', 'million', 'billion', 'trillion']
  .sort((a, b) => b.length - a.length)
  .join('|')
// Sticky: tried only at number words (and an article before one)
const NUMBER_WORDS_RE = new RegExp(
  `\\b(?:an?\\s+(?=(?:hundred|thousand|million|billion)\\b))?(?:${WORDS})(?:(?:\\s+and\\s+|[\\s-])(?:${WORDS}))*\\b`,
  'iy',
)
const SUFFIX_APPROX_RE = /^(?:\s?\+|-plus|\s+or\s+(?:more|so))/
/** Whether an approximation suffix can start at `at`: a space, `+` or `-`. */
const mayFollow = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at)
  return c === 43 || c === 45 || isSpaceCode(c)
}

/** Value of a run of number words: `eleven thousand` -> 11000, `one hundred and fifty` -> 150. */
export function parseNumberWords(words: string): number {
  let total = 0
  let current = 0
  for (const raw of words.toLowerCase().split(/[\s-]+/)) {
    if (raw === 'and' || raw === 'a' || raw === 'an' || !raw) continue
    const small = NUMBER_WORDS.get(raw)
    if (small !== undefined) {
      current += small
      continue
    }
    const scale = SCALE_WORDS.get(raw)
    if (scale === undefined) continue
    if (scale === 100) current = (current || 1) * 100
    else {
      total += (current || 1) * scale
      current = 0
    }
  }
  return total + current
}

function candidates(text: string, cues: Cues): Candidate[] {
  const out: Candidate[] = []
  const hints = cues.bits
  if (hints & HINT.digit) digitCandidates(text, cues.digits, out)
  // A vague amount holds a cue word and starts at most `tens of` before it
  if (hints & HINT.vague) {
    VAGUE_RE.lastIndex = Math.max(0, firstCue(cues, HINT.vague) - 'tens of '.length)
    for (let m = VAGUE_RE.exec(text); m; m = VAGUE_RE.exec(text)) {
      const v = VAGUE_WORDS.get(m[0].toLowerCase())!
      const c = candidate(m.index, m.index + m[0].length, v.value)
      c.approximate = v.approximate
      c.crossOf = true
      out.push(c)
    }
  }
  // Runs of number words start at a number word, or at `a`, `an` before one (`a hundred`)
  if (hints & HINT.numberWord) {
    matchAtCues(text, cues, HINT.numberWord, NUMBER_WORDS_RE, articleStart, (m) => {
      // "one-on-one": the second "one" is no count either
      if (text[m.index - 1] === '-') return
      const lower = m[0].toLowerCase()
      const c = candidate(m.index, m.index + m[0].length, parseNumberWords(lower))
      c.needsUnit = lower === 'one'
      out.push(c)
    })
  }
  // The ordinals are cue words themselves
  const words = cues.words
  for (let k = 0; hints & HINT.ordinal && k < words.length; k += 3) {
    if (!(words[k + 2]! & HINT.ordinal)) continue
    const start = words[k]!
    const end = words[k + 1]!
    const value = ORDINAL_WORDS.get(text.slice(start, end).toLowerCase())!
    const c = candidate(start, end, value)
    c.ordinal = true
    c.needsUnit = true
    out.push(c)
  }
  return out
}

/** Where `a` or `an` and spaces before `at` start (`a hundred`), else `at`. */
function articleStart(text: string, at: number): number {
  let end = at
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--
  if (end === at) return at
  let start = end
  while (start > 0 && isAsciiLetterCode(text.charCodeAt(start - 1))) start--
  return end - start <= 2 && start < end ? start : at
}


/**
 * The money pattern's match at the currency that ends just before `at`, or one space before it
 * (`$5`, `US$ 5`, `Rs.5`), tried at the earliest place first and not before `reach`.
 */
function moneyBefore(text: string, at: number, reach: number): RegExpExecArray | null {
  const end = isSpaceCode(text.charCodeAt(at - 1)) ? at - 1 : at
  const c = text[end - 1]
  let start = -1
  if (c === '$') {
    if (end >= 3 && text.startsWith('US', end - 3)) {
      const m = stickyAt(text, MONEY_RE, end - 3, reach)
      if (m) return m
    }
    start = end - 1
  } else if (c === '€' || c === '£' || c === '₹') start = end - 1
  else if (c === '.') start = text.startsWith('Rs', end - 3) ? end - 3 : -1
  else if (c === 's') start = text.startsWith('R', end - 2) ? end - 2 : -1
  else if (c === 'R') start = text.startsWith('IN', end - 3) ? end - 3 : -1
  // -1, no currency, is before any reach
  return stickyAt(text, MONEY_RE, start, reach)
}

function digitCandidates(text: string, digits: readonly number[], out: Candidate[]): void {
  let reach = 0
  for (const at of digits) {
    const m = moneyBefore(text, at, reach)
    if (!m) continue
    reach = m.index + m[0].length
    const scale = m[3] ? SCALE_WORDS.get(m[3].toLowerCase())! : 1
    const value = Number(m[2]!.replace(/,/g, '')) * scale
    const c = candidate(m.index, m.index + m[0].length, value)
    c.unit = CURRENCY[m[1]!]!
    c.findUnit = false
    out.push(c)
  }
  matchAtDigits(text, digits, DIGITS_RE, (m) => {
    const [, int, frac, ord, percent, scaleWord] = m
    const value =
      Number(int!.replace(/,/g, '') + (frac ?? '')) * (scaleWord ? SCALE_WORDS.get(scaleWord)! : 1)
    const plain =
      !frac && !ord && !percent && !scaleWord && !int!.includes(',') && int!.length === 4
    const c = candidate(m.index, m.index + m[0].length, value)
    c.unit = percent ? 'percent' : null
    c.ordinal = !!ord
    c.findUnit = !percent
    c.maybeYear = plain
    out.push(c)
  })
}

const TOTAL_VERBS = 'to|of|at|reached|hit|stood at|stands at'
const TOTAL_LEADS = 'about |around |nearly |almost |over |more than |at least '
const TOTAL_BEFORE = new RegExp(
  `\\b(toll|total|tally|turnout|count|temperature|population)\\b[^.,;]{0,32}?\\b(?:${TOTAL_VERBS})\\s+(?:${TOTAL_LEADS})?$`,
  'i',
)
const MEASURES = 'magnitude|category|level|grade|stage|phase'
const MEASURE_BEFORE = new RegExp(`\\b(${MEASURES})\\s+$`, 'i')

// The patterns before a number end in a word and spaces: the last words of their phrases tell
// which can match at all, so that most numbers run none of them
const lastWords = (phrases: string): Set<string> =>
  new Set(phrases.split('|').map((p) => p.trim().split(' ').pop()!))
const MEASURE_LAST = lastWords(MEASURES)
const TOTAL_LAST = lastWords(`${TOTAL_VERBS}|${TOTAL_LEADS.replaceAll(' |', '|')}`)
const APPROX_LAST = lastWords(/\(\?:([^()]+)\)\\s\+\$$/.exec(APPROX_BEFORE.source)![1]!)

/**
 * The word before the spaces before `at`, in lower case, as a pattern run on `text[from..at)` sees
 * it; '' when no space or no letter comes before `at`.
 */
function wordBefore(text: string, from: number, at: number): string {
  let end = at
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--
  if (end === at) return ''
  let start = end
  while (start > from && isAsciiLetterCode(text.charCodeAt(start - 1))) start--
  return text.slice(start, end).toLowerCase()
}

const byPosition = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end

function inOrder(found: readonly Candidate[]): boolean {
  for (let k = 1; k < found.length; k++) if (byPosition(found[k - 1]!, found[k]!) > 0) return false
  return true
}

/** Numbers of `text`, in order, skipping digits that belong to `dates`; `cues` as `scanCues`. */
export function extractNumbers(
  text: string,
  dates: readonly DateSpan[],
  cues: Cues = scanCues(text, newCues()),
): NumberFactX[] {
  if (!(cues.bits & (HINT.digit | HINT.vague | HINT.numberWord | HINT.ordinal))) return []
  const found = candidates(text, cues)
  if (!found.length) return []
  // Sorting copies the list: most are in order already, as each kind of candidate is found so
  if (!inOrder(found)) found.sort(byPosition)
  const out: NumberFactX[] = []
  let reach = -1
  for (const c of found) {
    if (c.start < reach) continue
    if (dates.some((d) => d.absorbs && c.start < d.end && d.start < c.end)) continue
    if (c.maybeYear && isYearNumber(text, c.start, c.end)) continue
    let end = c.end
    let unit = c.unit
    if (c.findUnit) {
      const head = headNoun(text, c.end, c.crossOf)
      if (head.hyphen && head.unit === null) continue // "one-on-one"
      if (head.unit !== null) {
        const noun =
          head.unit === 'percent' || head.unit === 'usd' || head.unit === 'eur'
            ? head.unit
            : singular(head.unit)
        unit = CURRENCY_NOUNS[noun] ?? noun
        end = head.end
      }
    }
    // "magnitude 6.1", "Category 4", "level 3": the measure names itself before the number
    const measure =
      c.findUnit && MEASURE_LAST.has(wordBefore(text, Math.max(0, c.start - 12), c.start))
        ? MEASURE_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start))
        : null
    if (measure && c.findUnit) {
      unit = (measure[1] as string).toLowerCase()
      end = c.end
    }
    const measureLength = measure && c.findUnit ? measure[0].length : 0
    // "the death toll rose to 38", "turnout of 64%": the measure is a noun some words before
    if (
      unit === null &&
      !c.ordinal &&
      TOTAL_LAST.has(wordBefore(text, Math.max(0, c.start - 60), c.start))
    ) {
      const total = TOTAL_BEFORE.exec(text.slice(Math.max(0, c.start - 60), c.start))
      if (total) unit = (total[1] as string).toLowerCase()
    }
    if (c.needsUnit && unit === null) continue
    if (c.ordinal && /\bat\s+$/i.test(text.slice(Math.max(0, c.start - 4), c.start))) continue
    reach = c.end
    let start = c.start - measureLength
    const approx = APPROX_LAST.has(wordBefore(text, Math.max(0, c.start - 32), c.start))
      ? APPROX_BEFORE.exec(text.slice(Math.max(0, c.start - 32), c.start))
      : null
    if (approx) start = c.start - approx[0].trimStart().length
    const approximate =
      c.approximate ||
      !!approx ||
      (mayFollow(text, c.end) && SUFFIX_APPROX_RE.test(text.slice(c.end, c.end + 8)))
    const fact: NumberFactX = { text: text.slice(start, end), value: c.value, unit, approximate }
    if (c.ordinal) fact.ordinal = true
    out.push(fact)
  }
  return out
}
