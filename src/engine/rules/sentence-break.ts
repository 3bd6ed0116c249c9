/**
 * Sentence boundaries inside one line of normalised text: a single left-to-right scan that
 * stops at `.`, `!`, `?` and `…`, takes closing quotes and brackets along, and asks the word
 * before and the word after whether the stop ends a sentence.
 * Example: `"A," he said. "B." The U.S. pressure...`
 * -> `"A," he said.` | `"B."` | `The U.S. pressure...`
 */
import { BEFORE_NUMBER, MAYBE_FINAL, STARTERS, TITLES } from './abbreviations'

const LIST_MARKER = /^(?:[-*\u2022\u00B7\u25AA\u25E6\u2023\u2043>]|\d{1,3}[.)]|[a-zA-Z][.)]|\(\d{1,3}\))[ ]+/
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u
const LOWER = /^\p{Ll}/u
const UPPER = /^\p{Lu}/u
// a next word starting with one of these continues the sentence: "D.C. - The", "Inc., the"
const CONTINUES = ',;:-)]}%&/'

// Lower-casing never shortens a word, so one longer than every word of a set is not in it and
// need not be lower-cased
const longest = (sets: Set<string>[]) =>
  Math.max(...sets.flatMap((set) => [...set].map((w) => w.length)))
const ABBREVIATION_MAX = longest([TITLES, BEFORE_NUMBER, MAYBE_FINAL])
const STARTER_MAX = longest([STARTERS])

/** Length of a list marker (`- `, `• `, `1. `, `a) `) at the start of `line`, or 0. */
export function listMarkerLength(line: string): number {
  if (startsWithWord(line, 0)) return 0
  const m = LIST_MARKER.exec(line)
  return m ? m[0].length : 0
}

// An ASCII letter not followed by `.` or `)`: no list marker starts so ("The", but not "a) ")
function startsWithWord(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 32
  const d = s.charCodeAt(i + 1)
  return c >= 97 && c <= 122 && d !== 46 && d !== 41
}

/**
 * Sentence ranges in `s` between `from` and `to` (a trimmed line), as flat
 * `[start0, end0, start1, end1, ...]`, trimmed, in order, covering every non-space character.
 * `stops`: ascending positions of every `.`, `!`, `?` and `…` from `from` to `to` at least,
 * starting at index `at`, in a text of which `s` is the part from `shift` on.
 */
export function splitSentences(
  s: string,
  from: number,
  to: number,
  stops: readonly number[],
  at: number,
  shift: number,
): number[] {
  const out: number[] = []
  let start = from
  // "1. item": the list marker's period is not a sentence end (a line like "The …" has none)
  let i = from
  if (!startsWithWord(s, from)) i += listMarkerLength(s.slice(from, Math.min(to, from + 8)))
  let next = at
  while (i < to) {
    // the next stop at or after i
    while (next < stops.length && (stops[next] as number) - shift < i) next++
    if (next >= stops.length || (stops[next] as number) - shift >= to) break
    i = (stops[next] as number) - shift
    let runEnd = i + 1
    while (runEnd < to && isStop(s.charCodeAt(runEnd))) runEnd++
    let k = runEnd
    while (k < to && isCloser(s.charCodeAt(k))) k++
    if (k >= to) break
    if (s.charCodeAt(k) !== 32) {
      // "U.S.", "1.5", "example.com", "a.m.,": no space after the stop
      i = runEnd
      continue
    }
    let m = k + 1
    while (m < to && s.charCodeAt(m) === 32) m++
    if (m >= to) break
    if (endsSentence(s, start, i, runEnd, m, to)) {
      out.push(start, k)
      start = m
    }
    i = m
  }
  out.push(start, to)
  return out
}

/** Whether `c` is a stop the scan halts at: `.`, `!`, `?` or `…`. */
export function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026
}

function isCloser(c: number): boolean {
  // '"', "'", ')', ']', '»', and the curly closers in case the caller did not normalise
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0xbb || c === 0x2019 || c === 0x201d
}

function isOpener(c: number): boolean {
  // '"', "'", '(', '['
  return c === 34 || c === 39 || c === 40 || c === 91
}

function endsSentence(s: string, start: number, i: number, runEnd: number, m: number, to: number) {
  const nc = s.charCodeAt(m)
  // "etc. and", "Why?" he asked: a lower-case word continues the sentence
  if (nc >= 97 && nc <= 122) return false
  if (nc >= 128 && LOWER.test(s[m] as string)) return false
  // "D.C. - The", "Inc., the": punctuation continues it
  if (CONTINUES.includes(s[m] as string)) return false
  // the word after the stop, past an opening quote or bracket: `"We`, `(The`
  let w = m
  while (w < to && isOpener(s.charCodeAt(w))) w++
  let we = w
  while (we < to && s.charCodeAt(we) !== 32 && !isStop(s.charCodeAt(we)) && s[we] !== ',') we++
  const nextUpper = isUpperAt(s, w, we)
  const single = runEnd - i === 1 && s.charCodeAt(i) === 46
  for (let k = i; k < runEnd; k++) if (s.charCodeAt(k) === 33 || s.charCodeAt(k) === 63) return true
  if (!single) {
    // ellipsis: "wait... The" ends; "ties with ... Russia" (spaced, an omission) does not
    return s.charCodeAt(i - 1) !== 32 && i > start && (nextUpper || nc === 34 || nc === 39)
  }
  // the word before the period, after any opening quote or bracket
  let b = i
  while (b > start && s.charCodeAt(b - 1) !== 32 && !isOpener(s.charCodeAt(b - 1))) b--
  if (b === i) return true
  // only a short word can be an abbreviation (lower-casing never shortens a word)
  if (i - b <= ABBREVIATION_MAX) {
    const lw = s.slice(b, i).toLowerCase()
    // "Gen. Kim", "Mr. Putin": a title never ends a sentence
    if (TITLES.has(lw)) return false
    // "No. 5", "Jan. 6"
    if (BEFORE_NUMBER.has(lw) && nc >= 48 && nc <= 57) return false
    // "Apple Inc. The company" ends; "Apple Inc. Chief Executive" does not
    if (MAYBE_FINAL.has(lw)) return isStarter(s, w, we, nextUpper) || (nc === 34 && nextUpper)
  }
  // "U.S. State Department", "J.R.R. Tolkien", "George W. Bush": initials before a name;
  // "...the U.S. The talks" ends
  const initials =
    (i - b >= 3 && mayBeInitialism(s.charCodeAt(b + 1)) && INITIALISM.test(s.slice(b, i))) ||
    (i - b === 1 && isUpperAt(s, b, i))
  if (initials) return isStarter(s, w, we, nextUpper)
  return true
}

// A cheap look before `INITIALISM`: its second unit is a period, or a letter's second half
function mayBeInitialism(second: number): boolean {
  return second === 46 || (second >= 0xdc00 && second <= 0xdfff)
}

// `UPPER.test(s.slice(from, to))` without the slice for the usual ASCII first letter
function isUpperAt(s: string, from: number, to: number): boolean {
  if (from >= to) return false
  const c = s.charCodeAt(from)
  if (c < 128) return c >= 65 && c <= 90
  return UPPER.test(s.slice(from, to))
}

// Whether the capitalised word `s[w, we)` usually begins a sentence
function isStarter(s: string, w: number, we: number, upper: boolean): boolean {
  return upper && we - w <= STARTER_MAX && STARTERS.has(s.slice(w, we).toLowerCase())
}
