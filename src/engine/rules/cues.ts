/**
 * Cues: characters and words that a furniture pattern cannot match without (see `Anywhere`).
 * The block scan in `segment.ts` notes which cues each line holds as a bit set while it reads
 * the text once, so a rule whose cues a line lacks never runs its unanchored patterns there.
 */

/** Cue numbering for a list of cues: each cue is one bit of a line's cue set. */
export type CueTable = {
  /** Bit of each cue. */
  bit: Map<string, number>
  /** Bits of the cue characters, by code. */
  chars: Map<number, number>
  /**
   * For the first two letters of a cue word (lower case, `first * 128 + second`): 1 + the index
   * in `groups` of the cue words that begin so; 0 for a pair that begins none.
   */
  pairs: Uint8Array
  /** Cue words with the same first two letters, and their bits. */
  groups: { words: string[]; bits: number[] }[]
  /** 1 for the ASCII letters (either case) that begin a cue word. */
  wordStarts: Uint8Array
}

/** Number the cues (at most 31). */
export function cueTable(cues: Iterable<string>): CueTable {
  const table: CueTable = {
    bit: new Map(),
    chars: new Map(),
    pairs: new Uint8Array(128 * 128),
    groups: [],
    wordStarts: new Uint8Array(128),
  }
  for (const cue of cues) {
    if (table.bit.has(cue)) continue
    const bit = 1 << table.bit.size
    if (table.bit.size >= 31) throw new Error('too many cues')
    table.bit.set(cue, bit)
    if (!/^[a-z]{2,}$/.test(cue)) {
      if (cue.length !== 1 || /[A-Za-z0-9_]/.test(cue)) throw new Error(`bad cue ${cue}`)
      table.chars.set(cue.charCodeAt(0), bit)
      continue
    }
    const first = cue.charCodeAt(0)
    const pair = first * 128 + cue.charCodeAt(1)
    if (table.pairs[pair] === 0) table.pairs[pair] = table.groups.push({ words: [], bits: [] })
    const group = table.groups[(table.pairs[pair] as number) - 1] as CueTable['groups'][number]
    group.words.push(cue)
    group.bits.push(bit)
    table.wordStarts[first] = 1
    table.wordStarts[first - 32] = 1
  }
  return table
}

/** Bits of the cue words that begin at `i` of `text` (in any case), where a word begins. */
export function wordCuesAt(table: CueTable, text: string, i: number): number {
  // `| 32` lower-cases an ASCII letter and turns nothing else into one; each unit is read once
  // for all the cue words that begin with the same two letters
  const first = text.charCodeAt(i) | 32
  const second = text.charCodeAt(i + 1) | 32
  if (first >= 128 || second >= 128) return 0
  const g = table.pairs[first * 128 + second] as number
  if (g === 0) return 0
  const { words, bits: wordBits } = table.groups[g - 1] as CueTable['groups'][number]
  let bits = 0
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string
    if (i + word.length > text.length) continue
    let k = 2
    while (k < word.length && (text.charCodeAt(i + k) | 32) === word.charCodeAt(k)) k++
    if (k === word.length) bits |= wordBits[w] as number
  }
  return bits
}

/** Bit set of `cues` (all of which must be in the table). */
export function cueBits(table: CueTable, cues: readonly string[]): number {
  let bits = 0
  for (const cue of cues) bits |= table.bit.get(cue) as number
  return bits
}
