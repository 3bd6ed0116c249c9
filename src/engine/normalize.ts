/**
 * Text clean-up with an offset map back to the raw input: NFC, `\r\n` and `\r` to `\n`,
 * curly quotes to straight, dashes to `-`, Unicode spaces to ` `, zero-width characters dropped.
 * Every later stage works on the normalised copy and maps its offsets back through the offset map.
 */
import { widthAt } from './chars'

/** A normalised copy of a text and, for each of its UTF-16 units, where it came from. */
export type Normalized = {
  /** The normalised text. */
  text: string
  /** `offsets[i]` is the raw UTF-16 index of `text[i]`; `offsets[text.length]` is `raw.length`. */
  offsets: number[]
}

// Characters replaced one for one after NFC; an empty string drops the character.
// (a Map: the codes are sparse, and an object keyed by them becomes a slow dictionary)
const REPLACE = new Map<number, string>()
for (const c of '\u2018\u2019\u201A\u201B\u2032') REPLACE.set(c.charCodeAt(0), "'")
for (const c of '\u201C\u201D\u201E\u201F\u2033') REPLACE.set(c.charCodeAt(0), '"')
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212') REPLACE.set(c.charCodeAt(0), '-')
for (const c of '\t\v\f\u00A0\u1680\u202F\u205F\u3000') REPLACE.set(c.charCodeAt(0), ' ')
for (let c = 0x2000; c <= 0x200a; c++) REPLACE.set(c, ' ')
for (const c of '\u2028\u2029\u0085') REPLACE.set(c.charCodeAt(0), '\n')
for (const c of '\u200B\u200C\u200D\u2060\uFEFF\u00AD') REPLACE.set(c.charCodeAt(0), '')

// Characters that NFC may compose with the character before them: combining marks and the
// Hangul medial and final jamo ("\u1100\u1161" -> "\uAC00").
const JOINS = /^[\p{M}\u1160-\u11FF]$/u

/** True for the units `normalize` drops: zero-width spaces and joiners, BOM, soft hyphen. */
export function isDropped(code: number): boolean {
  return code >= 0xad && REPLACE.get(code) === ''
}

/**
 * The offset map in pieces: output unit `p` in the piece starting at `at[k]` (the last one at or
 * before `p`) comes from raw unit `p + shift[k]`. Quotes and dashes replaced one for one keep the
 * shift, so most reports need a single piece.
 */
export type OffsetMap = { at: number[]; shift: number[] }

/** Raw UTF-16 offset of normalised unit `p` (`p = text.length` gives `raw.length`). */
export function rawOffset(map: OffsetMap, p: number): number {
  const { at, shift } = map
  let lo = 0
  let hi = at.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((at[mid] as number) <= p) lo = mid
    else hi = mid - 1
  }
  return p + (shift[lo] as number)
}

/**
 * Normalise `raw`, keeping a map to raw offsets. NFC is applied cluster by cluster (a
 * character and the marks after it) so each output unit can point at the cluster it came from.
 * @example normalize('“A”\r\n').text // '"A"\n'
 */
export function normalize(raw: string): Normalized {
  const { text, map } = normalizeMapped(raw)
  const offsets: number[] = []
  for (let p = 0; p <= text.length; p++) offsets.push(rawOffset(map, p))
  return { text, offsets }
}

/**
 * What `normalize` makes of the unit `code` in a text that holds no unit it reshapes: the code of
 * its one-for-one replacement (a straight quote, `-`, ` `, `\n`) or `code` itself; -1 for the
 * units that may reshape the text and need `normalizeMapped`: `\r`, the dropped characters,
 * and everything from U+0300 on outside General Punctuation (marks, jamo, surrogates, scripts
 * that NFC composes, the spaces NFC maps first).
 */
export function unitCode(code: number): number {
  if (code === 13 || !keepsAlone(code)) return -1
  const rep = REPLACE.get(code)
  if (rep === '') return -1
  return rep === undefined ? code : rep.charCodeAt(0)
}

// Whether NFC leaves the unit `code` alone when no combining mark follows it: below U+0300, and
// General Punctuation
function keepsAlone(code: number): boolean {
  return code < 0x300 || (code >= 0x2010 && code <= 0x206f)
}

/**
 * `raw.slice(from, to)` with the units at `at[first]`, `at[first + 1]`, … that lie before `to`
 * (ascending, none before `from`, each one that `unitCode` replaces) replaced.
 */
export function replaceUnits(
  raw: string,
  at: readonly number[],
  first: number,
  from: number,
  to: number,
): string {
  const parts: string[] = []
  for (let k = first; k < at.length && (at[k] as number) < to; k++) {
    const i = at[k] as number
    parts.push(raw.slice(from, i), REPLACE.get(raw.charCodeAt(i)) as string)
    from = i + 1
  }
  parts.push(raw.slice(from, to))
  return parts.join('')
}

// Units that are not copied as they are: "\t", "\v", "\f", "\r" and all of non-ASCII.
const SPECIAL = /[\t\v\f\r\u0080-\uFFFF]/g

/** `normalize` with the offset map in pieces, for `segment`. */
export function normalizeMapped(raw: string): { text: string; map: OffsetMap } {
  const n = raw.length
  const parts: string[] = []
  const at = [0]
  const shift = [0]
  // output unit `o` comes from raw unit `r`: a new piece unless the last one's shift holds
  const mark = (o: number, r: number) => {
    const last = at.length - 1
    if (r - o === shift[last]) return
    if (at[last] === o) shift[last] = r - o
    else {
      at.push(o)
      shift.push(r - o)
    }
  }
  // raw[copyFrom, i) is copied verbatim at the next flush; its units are already counted in o
  let copyFrom = 0
  let i = 0
  let o = 0
  while (i < n) {
    SPECIAL.lastIndex = i
    const next = SPECIAL.test(raw) ? SPECIAL.lastIndex - 1 : n
    if (next > i) {
      mark(o, i)
      o += next - i
      i = next
      if (i === n) break
    }
    if (raw.charCodeAt(i) >= 0x300 && i > copyFrom && joins(raw, i)) {
      // a combining mark after a copied ASCII letter: take the letter back into the cluster
      i--
      o--
    }
    if (i > copyFrom) parts.push(raw.slice(copyFrom, i))
    if (raw.charCodeAt(i) === 13) {
      // "\r\n" and "\r" both become one "\n" that points at the "\r"
      parts.push('\n')
      mark(o++, i)
      i += raw.charCodeAt(i + 1) === 10 ? 2 : 1
      copyFrom = i
      continue
    }
    const first = raw.charCodeAt(i)
    let j = i + widthAt(raw, i, raw.charCodeAt(i))
    while (j < n && raw.charCodeAt(j) >= 0x300 && joins(raw, j)) {
      j += widthAt(raw, j, raw.charCodeAt(j))
    }
    if (j === i + 1 && keepsAlone(first)) {
      // one character that NFC leaves alone
      const rep = REPLACE.get(first)
      if (rep === undefined) parts.push(raw[i] as string)
      else if (rep !== '') parts.push(rep)
      if (rep !== '') mark(o++, i)
      i = copyFrom = j
      continue
    }
    const cluster = raw.slice(i, j)
    const out = cluster.normalize('NFC')
    const shiftBy = cluster.length - out.length
    for (let k = 0; k < out.length; k++) {
      const rep = REPLACE.get(out.charCodeAt(k))
      if (rep === '') continue
      parts.push(rep ?? (out[k] as string))
      // same length: one to one; otherwise the first unit maps to the cluster start and the
      // rest into the cluster after it, so the map stays non-decreasing and a mark never
      // points at the base before it (" \u0344" -> " \u0308\u0301")
      const last = cluster.length - 1
      const to = shiftBy === 0 ? k : k === 0 ? 0 : Math.max(1, Math.min(k + shiftBy, last))
      mark(o++, i + to)
    }
    i = copyFrom = j
  }
  if (n > copyFrom) parts.push(raw.slice(copyFrom, n))
  mark(o, n)
  return { text: parts.join(''), map: { at, shift } }
}

function joins(s: string, j: number): boolean {
  // General Punctuation (quotes, dashes, spaces, joiners) holds no combining marks
  const c = s.charCodeAt(j)
  if (c >= 0x2000 && c <= 0x206f) return false
  return JOINS.test(s.slice(j, j + widthAt(s, j, c)))
}
