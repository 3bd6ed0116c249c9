/**
 * Quoted spans of a sentence. Double quotes first; single quotes only when a sentence has no
 * double quotes (headline style). A quote left open or closed across a sentence boundary runs to
 * the end or from the start of the sentence.
 */
import { isSpaceCode } from '../chars'

/** A quotation: `start`/`end` cover the quotation marks, `text` is the words inside. */
export type QuoteSpan = { text: string; start: number; end: number }

const SINGLE_RE = /(?<=^|[\s(\[])'(?=\S)(.+?)(?<=\S)'(?=[\s.,;:!?)\]]|$)/g
const OPENS_AFTER = new Set([' ', '(', '[', '{', '-', ':', ',', '\n'])

/** `[\s,;:.]` */
const isTail = (code: number): boolean =>
  isSpaceCode(code) || code === 44 || code === 59 || code === 58 || code === 46

/** `text[start..end)` without the spaces and `,;:.` it ends with. */
function trimTail(text: string, start: number, end: number): string {
  // A loop from the end: `/[\s,;:.]+$/` is tried at every space of the quotation
  while (end > start && isTail(text.charCodeAt(end - 1))) end--
  return text.slice(start, end)
}

function clean(text: string, start: number, end: number): QuoteSpan | null {
  const words = trimTail(text, start + 1, end - (text[end - 1] === '"' ? 1 : 0)).trim()
  return words ? { text: words, start, end } : null
}

// What most sentences hold: one shared empty list, not a new one each
const NONE: readonly QuoteSpan[] = Object.freeze([])

/** Quotations of `text`, in order. */
export function findQuotes(text: string): readonly QuoteSpan[] {
  let i = text.indexOf('"')
  if (i < 0) return findSingleQuotes(text)
  const out: QuoteSpan[] = []
  let open = -1
  for (; i >= 0; i = text.indexOf('"', i + 1)) {
    const before = i === 0 ? ' ' : text[i - 1]!
    const after = text[i + 1]
    const opens = OPENS_AFTER.has(before) && after !== undefined && after !== ' '
    if (open < 0) {
      if (opens) open = i
      else if (!out.length && i > 0) {
        // `...the West."` continues a quotation begun in the previous sentence
        const q = clean(` ${text}`, 0, i + 2)
        if (q) out.push({ text: q.text, start: 0, end: i + 1 })
      }
    } else if (!opens || before !== ' ') {
      const q = clean(text, open, i + 1)
      if (q) out.push(q)
      open = -1
    } else open = i
  }
  if (open >= 0) {
    const q = clean(text, open, text.length)
    if (q) out.push(q)
  }
  return out
}

function findSingleQuotes(text: string): readonly QuoteSpan[] {
  if (!opensSingleQuote(text)) return NONE
  const out: QuoteSpan[] = []
  SINGLE_RE.lastIndex = 0
  for (let m = SINGLE_RE.exec(text); m; m = SINGLE_RE.exec(text)) {
    const inner = m[1]!
    // "the allies' plan ... Putin's": an apostrophe, not a quotation
    if (inner.length > 200) continue
    const words = trimTail(text, m.index + 1, m.index + 1 + inner.length)
    out.push({ text: words, start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** Whether an apostrophe of `text` could open a quotation: `'` after a space, `(` or `[`. */
function opensSingleQuote(text: string): boolean {
  // Most apostrophes are possessives ("Putin's"): SINGLE_RE is run only when one is not
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
    const before = text.charCodeAt(i - 1)
    if (i === 0 || isSpaceCode(before) || before === 40 || before === 91) return true
  }
  return false
}

const UNDERSCORES = '_'.repeat(512)

/** `text` with each quotation's content replaced by `_`, so positions stay the same. */
export function maskQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  if (!quotes.length) return text
  let out = ''
  let at = 0
  for (const q of quotes) {
    // Each opening mark kept from `text`; the content a slice of one long run of `_`, not a
    // new string of its own
    const inner = Math.max(0, q.end - q.start - 2)
    const mask = inner <= UNDERSCORES.length ? UNDERSCORES.slice(0, inner) : '_'.repeat(inner)
    out += text.slice(at, q.start) + '"' + mask + '"'
    at = q.end
  }
  return (out + text.slice(at)).slice(0, text.length)
}

/** True when nothing but quotations and punctuation is left: `"We will build it."`. */
export function isQuoteOnly(masked: string): boolean {
  return !/[A-Za-z0-9\u00C0-\u1FFF\u2C00-\uD7FF]/.test(masked)
}
