/**
 * Character classes as the engine's patterns see them, for the scanners that replace those
 * patterns where they were hot (a one-character regex test costs about 30 ns, a comparison almost
 * nothing): `[\p{L}\p{N}]` (letters and digits), `\s` and the rest read code point by code point
 * as a regex with the `u` flag steps; and `\s` and `\w` by UTF-16 code unit, as without it.
 */

/** Classes of a code point: letter or digit (`WORD`), whitespace (`SPACE`) or anything else. */
export const OTHER = 0
export const WORD = 1
export const SPACE = 2

/**
 * The class of each ASCII character, `classAt` below 128: letters and digits are words,
 * \t \n \v \f \r and ' ' spaces.
 */
export const ASCII_CLASSES = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c)
  ASCII_CLASSES[c] = /[\p{L}\p{N}]/u.test(ch) ? WORD : /\s/u.test(ch) ? SPACE : OTHER
}

/**
 * Whether `c`, after a run of ASCII letters and digits, ends the word there: anything ASCII but a
 * joiner. Most words end so; only at a joiner or a character beyond ASCII does `wordEnd` go on
 * code point by code point.
 */
export function endsPlainly(c: number): boolean {
  return c < 128 && c !== 0x27 && c !== 0x2e && c !== 0x2d
}

// Sticky, so that it tests the code point at lastIndex (both halves of a surrogate pair).
const WORD_AT = /[\p{L}\p{N}]/uy

/** The class of the code point at `i`, whose first code unit is `c`. */
export function classAt(text: string, i: number, c: number): number {
  if (c < 128) return ASCII_CLASSES[c] as number
  if (isSpaceCode(c)) return SPACE
  // General Punctuation (’ “ ” —) has no letters or numbers
  if (c >= 0x2000 && c <= 0x206f) return OTHER
  WORD_AT.lastIndex = i
  return WORD_AT.test(text) ? WORD : OTHER
}

/** 2 for a surrogate pair at `i`, else 1 (as a regex with the u flag steps). */
export function widthAt(text: string, i: number, c: number): number {
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1
  const d = text.charCodeAt(i + 1)
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1
}

/** Whether `c` joins two runs of letters and digits into one word: "don't", "U.S", "two-day". */
export function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d
}

/**
 * Where the word that starts at `i` (a letter or digit) ends: the match of
 * `[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*` (u flag) at `i`.
 */
export function wordEnd(text: string, i: number): number {
  const n = text.length
  // Most words are ASCII letters and digits up to a space or a comma: read in place, no classAt
  let end = i + 1
  let d = text.charCodeAt(end)
  while (end < n && d < 128 && ASCII_CLASSES[d] === WORD) d = text.charCodeAt(++end)
  if (end === n || endsPlainly(d)) return end
  // The rest from the last letter or digit read (the first, when it may be half a surrogate pair)
  i = end - 1
  for (;;) {
    i += widthAt(text, i, text.charCodeAt(i))
    if (i >= n) return i
    const c = text.charCodeAt(i)
    if (classAt(text, i, c) === WORD) continue
    // A joiner belongs to the word only when a letter or digit follows it: "two-day", "U.S"
    const joins = isJoiner(c) && i + 1 < n && classAt(text, i + 1, text.charCodeAt(i + 1)) === WORD
    if (!joins) return i
    i++
  }
}

/** Whether `code` is matched by `\s`: ECMAScript WhiteSpace and LineTerminator. */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Whether `code` is matched by `\w`: `[A-Za-z0-9_]`. */
export function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95
  )
}

/** Whether a.slice(i, iEnd) equals b.slice(j, jEnd), without making either string. */
export function sameText(
  a: string,
  i: number,
  iEnd: number,
  b: string,
  j: number,
  jEnd: number,
): boolean {
  if (iEnd - i !== jEnd - j) return false
  for (; i < iEnd; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false
  return true
}

/** An ASCII letter of either case. */
export const isAsciiLetterCode = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122

/** An ASCII lower-case letter. */
export const isLowerCode = (c: number): boolean => c >= 97 && c <= 122

/** An ASCII digit. */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57
