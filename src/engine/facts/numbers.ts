/**
 * Numbers of a sentence with the noun they count: digits (`11,000`, `2.3 billion`, `3.5%`),
 * money (`$2.3 billion`), number words (`eleven thousand`, `two-day`), vague amounts (`dozens`,
 * `a dozen`, `half`) and ordinals (`second reconnaissance satellite`). Years and calendar digits
 * are left to the dates.
 */
import type { NumberFact } from '../types'
import type { DateSpan } from './dates'
import { APPROX_BEFORE, NUMBER_WORDS, ORDINAL_WORDS, SCALE_WORDS, VAGUE_WORDS } from './lexicon'
import { HINT, scanHints } from './hints'
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

const BASE = {
  unit: null,
  approximate: false,
  ordinal: false,
  findUnit: true,
  crossOf: false,
  maybeYear: false,
  needsUnit: false,
} as const
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
const MONEY_RE =
  /(US\$|\$|€|£|₹|Rs\.?|INR)\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(trillion|billion|million|thousand|lakhs?|crores?|bn|m|k)\b)?/g
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
  /(?<![A-Za-z\u00C0-\u024F\d.,$€£-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(st|nd|rd|th)?(?![A-Za-z\u00C0-\u024F\d])(?:\s?(%|percent\b|per cent\b))?(?:\s(trillion|billion|million|thousand|lakhs?|crores?)\b)?/g
const VAGUE_RE = new RegExp(
  `\\b(?:${[...VAGUE_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'gi',
)
const WORDS = [...NUMBER_WORDS.keys(), 'hundred', 'thousand', 'million', 'billion', 'trillion']
  .sort((a, b) => b.length - a.length)
  .join('|')
const NUMBER_WORDS_RE = new RegExp(
  `\\b(?:an?\\s+(?=(?:hundred|thousand|million|billion)\\b))?(?:${WORDS})(?:(?:\\s+and\\s+|[\\s-])(?:${WORDS}))*\\b`,
  'gi',
)
const ORDINAL_RE = new RegExp(`\\b(?:${[...ORDINAL_WORDS.keys()].join('|')})\\b`, 'gi')
const SUFFIX_APPROX_RE = /^(?:\s?\+|-plus|\s+or\s+(?:more|so))/

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

function candidates(text: string, digits: boolean, hints: number): Candidate[] {
  const out: Candidate[] = []
  if (digits) digitCandidates(text, out)
  if (hints & HINT.vague) {
    VAGUE_RE.lastIndex = 0
    for (let m = VAGUE_RE.exec(text); m; m = VAGUE_RE.exec(text)) {
      const v = VAGUE_WORDS.get(m[0].toLowerCase())!
      out.push({
        ...BASE,
        start: m.index,
        end: m.index + m[0].length,
        value: v.value,
        approximate: v.approximate,
        crossOf: true,
      })
    }
  }
  if (hints & HINT.numberWord) {
    NUMBER_WORDS_RE.lastIndex = 0
    for (let m = NUMBER_WORDS_RE.exec(text); m; m = NUMBER_WORDS_RE.exec(text)) {
      const lower = m[0].toLowerCase()
      // "one-on-one": the second "one" is no count either
      if (text[m.index - 1] === '-') continue
      out.push({
        ...BASE,
        start: m.index,
        end: m.index + m[0].length,
        value: parseNumberWords(lower),
        needsUnit: lower === 'one',
      })
    }
  }
  if (hints & HINT.ordinal) {
    ORDINAL_RE.lastIndex = 0
    for (let m = ORDINAL_RE.exec(text); m; m = ORDINAL_RE.exec(text)) {
      const value = ORDINAL_WORDS.get(m[0].toLowerCase())!
      out.push({
        ...BASE,
        start: m.index,
        end: m.index + m[0].length,
        value,
        ordinal: true,
        needsUnit: true,
      })
    }
  }
  return out
}

function digitCandidates(text: string, out: Candidate[]): void {
  const base = BASE
  MONEY_RE.lastIndex = 0
  for (let m = MONEY_RE.exec(text); m; m = MONEY_RE.exec(text)) {
    const scale = m[3] ? SCALE_WORDS.get(m[3].toLowerCase())! : 1
    const value = Number(m[2]!.replace(/,/g, '')) * scale
    out.push({
      ...base,
      start: m.index,
      end: m.index + m[0].length,
      value,
      unit: CURRENCY[m[1]!]!,
      findUnit: false,
    })
  }
  DIGITS_RE.lastIndex = 0
  for (let m = DIGITS_RE.exec(text); m; m = DIGITS_RE.exec(text)) {
    const [, int, frac, ord, percent, scaleWord] = m
    const value =
      Number(int!.replace(/,/g, '') + (frac ?? '')) * (scaleWord ? SCALE_WORDS.get(scaleWord)! : 1)
    const plain =
      !frac && !ord && !percent && !scaleWord && !int!.includes(',') && int!.length === 4
    out.push({
      ...base,
      start: m.index,
      end: m.index + m[0].length,
      value,
      unit: percent ? 'percent' : null,
      ordinal: !!ord,
      findUnit: !percent,
      maybeYear: plain,
    })
  }
}

const TOTAL_BEFORE =
  /\b(toll|total|tally|turnout|count|temperature|population)\b[^.,;]{0,32}?\b(?:to|of|at|reached|hit|stood at|stands at)\s+(?:about |around |nearly |almost |over |more than |at least )?$/i
const MEASURE_BEFORE = /\b(magnitude|category|level|grade|stage|phase)\s+$/i

/** Numbers of `text`, in order, skipping digits that belong to `dates`; `hints` as `scanHints`. */
export function extractNumbers(
  text: string,
  dates: readonly DateSpan[],
  hints = scanHints(text),
): NumberFactX[] {
  const found = candidates(text, (hints & HINT.digit) !== 0, hints)
  if (!found.length) return []
  found.sort((a, b) => a.start - b.start || b.end - a.end)
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
    const measure = MEASURE_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start))
    if (measure && c.findUnit) {
      unit = (measure[1] as string).toLowerCase()
      end = c.end
    }
    const measureLength = measure && c.findUnit ? measure[0].length : 0
    // "the death toll rose to 38", "turnout of 64%": the measure is a noun some words before
    if (unit === null && !c.ordinal) {
      const total = TOTAL_BEFORE.exec(text.slice(Math.max(0, c.start - 60), c.start))
      if (total) unit = (total[1] as string).toLowerCase()
    }
    if (c.needsUnit && unit === null) continue
    if (c.ordinal && /\bat\s+$/i.test(text.slice(Math.max(0, c.start - 4), c.start))) continue
    reach = c.end
    let start = c.start - measureLength
    const before = text.slice(Math.max(0, c.start - 32), c.start)
    const approx = APPROX_BEFORE.exec(before)
    if (approx) start = c.start - approx[0].trimStart().length
    const approximate =
      c.approximate || !!approx || SUFFIX_APPROX_RE.test(text.slice(c.end, c.end + 8))
    const fact: NumberFactX = { text: text.slice(start, end), value: c.value, unit, approximate }
    if (c.ordinal) fact.ordinal = true
    out.push(fact)
  }
  return out
}
