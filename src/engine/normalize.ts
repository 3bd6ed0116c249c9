/**
 * Text clean-up with an offset map back to the raw input: NFC, `\r\n` and `\r` to `\n`,
 * curly quotes to straight, dashes to `-`, Unicode spaces to ` `, zero-width characters dropped.
 * Every later stage works on the normalised copy and maps its offsets back through `offsets`.
 */

/** A normalised copy of a text and, for each of its UTF-16 units, where it came from. */
export type Normalized = {
  /** The normalised text. */
  text: string
  /** `offsets[i]` is the raw UTF-16 index of `text[i]`; `offsets[text.length]` is `raw.length`. */
  offsets: number[]
}

// Characters replaced one for one after NFC; an empty string drops the character.
const REPLACE: Record<number, string> = {}
for (const c of '\u2018\u2019\u201A\u201B\u2032') REPLACE[c.charCodeAt(0)] = "'"
for (const c of '\u201C\u201D\u201E\u201F\u2033') REPLACE[c.charCodeAt(0)] = '"'
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212') REPLACE[c.charCodeAt(0)] = '-'
for (const c of '\t\v\f\u00A0\u1680\u202F\u205F\u3000') REPLACE[c.charCodeAt(0)] = ' '
for (let c = 0x2000; c <= 0x200a; c++) REPLACE[c] = ' '
for (const c of '\u2028\u2029\u0085') REPLACE[c.charCodeAt(0)] = '\n'
for (const c of '\u200B\u200C\u200D\u2060\uFEFF\u00AD') REPLACE[c.charCodeAt(0)] = ''

// ASCII that is not copied as it is: "\r", "\t", "\v", "\f"
const ASCII_SPECIAL = new Uint8Array(128)
for (const c of '\r\t\v\f') ASCII_SPECIAL[c.charCodeAt(0)] = 1

// Characters that NFC may compose with the character before them: combining marks and the
// Hangul medial and final jamo ("\u1100\u1161" -> "\uAC00").
const JOINS = /^[\p{M}\u1160-\u11FF]$/u

/** True for the units `normalize` drops: zero-width spaces and joiners, BOM, soft hyphen. */
export function isDropped(code: number): boolean {
  return REPLACE[code] === ''
}

/**
 * Normalise `raw`, keeping a map to raw offsets. NFC is applied cluster by cluster (a
 * character and the marks after it) so each output unit can point at the cluster it came from.
 * @example normalize('“A”\r\n').text // '"A"\n'
 */
export function normalize(raw: string): Normalized {
  const n = raw.length
  const parts: string[] = []
  const offsets: number[] = []
  // raw[copyFrom, i) is copied verbatim at the next flush; its offsets are already pushed
  let copyFrom = 0
  let i = 0
  while (i < n) {
    const code = raw.charCodeAt(i)
    if (code < 0x80 && !ASCII_SPECIAL[code]) {
      offsets.push(i++)
      continue
    }
    if (code >= 0x300 && i > copyFrom && joins(raw, i)) {
      // a combining mark after a copied ASCII letter: take the letter back into the cluster
      i--
      offsets.pop()
    }
    if (i > copyFrom) parts.push(raw.slice(copyFrom, i))
    if (raw.charCodeAt(i) === 13) {
      // "\r\n" and "\r" both become one "\n" that points at the "\r"
      parts.push('\n')
      offsets.push(i)
      i += raw.charCodeAt(i + 1) === 10 ? 2 : 1
      copyFrom = i
      continue
    }
    const first = raw.charCodeAt(i)
    let j = i + unitLength(raw, i)
    while (j < n && raw.charCodeAt(j) >= 0x300 && joins(raw, j)) j += unitLength(raw, j)
    if (j === i + 1 && (first < 0x300 || (first >= 0x2010 && first <= 0x206f))) {
      // one character that NFC leaves alone
      const rep = REPLACE[first]
      if (rep === undefined) parts.push(raw[i] as string)
      else if (rep !== '') parts.push(rep)
      if (rep !== '') offsets.push(i)
      i = copyFrom = j
      continue
    }
    const cluster = raw.slice(i, j)
    const out = cluster.normalize('NFC')
    const shift = cluster.length - out.length
    for (let k = 0; k < out.length; k++) {
      const rep = REPLACE[out.charCodeAt(k)]
      if (rep === '') continue
      parts.push(rep ?? (out[k] as string))
      // same length: one to one; otherwise the first unit maps to the cluster start and the
      // rest into the cluster after it, so the map stays non-decreasing and a mark never
      // points at the base before it (" \u0344" -> " \u0308\u0301")
      const last = cluster.length - 1
      const at = shift === 0 ? k : k === 0 ? 0 : Math.max(1, Math.min(k + shift, last))
      offsets.push(i + at)
    }
    i = copyFrom = j
  }
  if (n > copyFrom) parts.push(raw.slice(copyFrom, n))
  offsets.push(n)
  return { text: parts.join(''), offsets }
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

function unitLength(s: string, j: number): number {
  const c = s.charCodeAt(j)
  return c >= 0xd800 && c <= 0xdbff && isLow(s.charCodeAt(j + 1)) ? 2 : 1
}

function joins(s: string, j: number): boolean {
  return JOINS.test(s.slice(j, j + unitLength(s, j)))
}
