/**
 * The tokens that word diffs compare: words and punctuation marks, each carrying the whitespace
 * after it, as offsets into the text. Half as many tokens as `diffWordsWithSpace`, which counts
 * every space as a token of its own.
 */
import { classAt, isSpaceCode, OTHER, sameText, WORD, widthAt, wordEnd } from './chars'

/**
 * Token k of a text is `text.slice(starts[k], wordEnds[k])` (its word) followed by
 * `text.slice(wordEnds[k], starts[k + 1])` (the whitespace after it). The tokens tile the text;
 * only a leading run of whitespace makes a token with an empty word.
 */
export type Tokens = {
  /** Where each token's word begins, and last the text's length (one more than `wordEnds`). */
  starts: number[]
  /** Where each token's word ends and its whitespace begins. */
  wordEnds: number[]
}

/**
 * A hash of the word text.slice(from, to) from its length and its first, middle and last code
 * units: enough to tell apart the few dozen words of a claim, without a second pass over them.
 */
function wordHash(text: string, from: number, to: number): number {
  if (from === to) return 0
  const h = Math.imul(to - from, 0x01000193) ^ text.charCodeAt(from)
  return (Math.imul(h ^ text.charCodeAt((from + to) >> 1), 0x01000193) ^ (text.charCodeAt(to - 1) << 7)) & 0x3fffffff
}

/**
 * Scans `text` into tokens. A hand-written scanner, because the regex it replaces
 * (`/([\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]|)(\s*)/gu`) was a quarter of the
 * diff stage's time; test/engine/diff-tokens.test.ts holds the two to the same tokens.
 */
export function scanTokens(text: string): Tokens {
  const starts: number[] = []
  const wordEnds: number[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    starts.push(i)
    const c = text.charCodeAt(i)
    const kind = classAt(text, i, c)
    // A word (letters and digits, joined by ' ’ . -), else one mark; whitespace makes no word
    if (kind === WORD) i = wordEnd(text, i)
    else if (kind === OTHER) i += widthAt(text, i, c)
    wordEnds.push(i)
    // Whitespace is never astral, so it steps one code unit at a time.
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++
  }
  starts.push(n)
  return { starts, wordEnds }
}

// The slots of the word table, kept from call to call and grown when too short: per slot, one
// more than the token where its word first occurs (0: empty), and its word's hash.
let slotTokens = new Int32Array(256)
let slotHashes = new Int32Array(256)

/**
 * The distinct words of one text, numbered 0, 1, 2… in order of first use: an open-addressing
 * table over the tokens' offsets, because a Map from sliced words cost more than the rest of the
 * numbering (every slice is a new string to allocate and hash). One table at a time: a new one
 * takes over the slots.
 */
class WordTable {
  private readonly mask: number
  private readonly text: string
  private readonly tokens: Tokens
  /** Per token of the text, the number of its word. */
  readonly ids: number[] = []

  constructor(text: string, tokens: Tokens) {
    let size = 16
    while (size < 2 * tokens.wordEnds.length) size *= 2
    if (slotTokens.length < size) {
      slotTokens = new Int32Array(size)
      slotHashes = new Int32Array(size)
    } else slotTokens.fill(0, 0, size)
    this.mask = size - 1
    this.text = text
    this.tokens = tokens
    let distinct = 0
    for (let k = 0; k < tokens.wordEnds.length; k++) {
      const from = tokens.starts[k] as number
      const to = tokens.wordEnds[k] as number
      const hash = wordHash(text, from, to)
      const s = this.slotOf(text, from, to, hash)
      const t = slotTokens[s] as number
      if (t !== 0) this.ids.push(this.ids[t - 1] as number)
      else {
        slotTokens[s] = k + 1
        slotHashes[s] = hash
        this.ids.push(distinct++)
      }
    }
  }

  /** The number of the word other.slice(from, to), or -1 when the text lacks it. */
  idOf(other: string, from: number, to: number, hash: number): number {
    const t = slotTokens[this.slotOf(other, from, to, hash)] as number
    return t === 0 ? -1 : (this.ids[t - 1] as number)
  }

  /** The slot holding the word other.slice(from, to), else the empty slot where it would go. */
  private slotOf(other: string, from: number, to: number, hash: number): number {
    const { starts, wordEnds } = this.tokens
    let s = hash & this.mask
    for (let t = slotTokens[s] as number; t !== 0; t = slotTokens[s] as number) {
      if (slotHashes[s] === hash) {
        const k = t - 1
        if (sameText(this.text, starts[k] as number, wordEnds[k] as number, other, from, to)) break
      }
      s = (s + 1) & this.mask
    }
    return s
  }
}

/** Numbers the distinct words of A 0, 1, 2… and gives each word of B its number in A, or -1. */
export function numberWords(
  a: string,
  ta: Tokens,
  b: string,
  tb: Tokens,
): { idsA: number[]; idsB: number[] } {
  const table = new WordTable(a, ta)
  const idsB: number[] = []
  for (let k = 0; k < tb.wordEnds.length; k++) {
    const from = tb.starts[k] as number
    const to = tb.wordEnds[k] as number
    idsB.push(table.idOf(b, from, to, wordHash(b, from, to)))
  }
  return { idsA: table.ids, idsB }
}
