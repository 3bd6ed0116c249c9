/**
 * Paragraphs, then sentences, each with a role: body claim, heading, or page furniture.
 * Works on the normalised text and reports offsets into the raw input as submitted.
 */
import { isSpaceCode, isWordCode } from './chars'
import { isDropped, normalizeMapped, rawOffset, replaceUnits, unitCode } from './normalize'
import { HEADING_MAX_WORDS, isHeadingLike } from './rules/heading'
import { wordCuesAt } from './rules/cues'
import { contextRules, CUES, matchFurniture } from './rules/index'
import { isStop, listMarkerLength, splitSentences } from './rules/sentence-break'
import { pickTitle } from './rules/title'
import type { Line } from './rules/types'
import type { OffsetMap } from './normalize'
import type { Role } from './types'

/** One sentence (or heading, or furniture line) of a report. */
export type Segment = {
  /** UTF-16 offset in the raw input (as submitted, before any normalisation). */
  start: number
  /** Exclusive; `raw.slice(start, end)` is the sentence with no leading or trailing whitespace. */
  end: number
  /** `raw.slice(start, end)`. */
  text: string
  /** Normalised text: NFC, straight quotes, `-` dashes, single spaces, trimmed. */
  norm: string
  /** `body`, `heading` or `boilerplate`. */
  role: Role
  /** 0-based index of the block (non-blank line) it came from. */
  paragraph: number
}

/** The report's title (or null) and its segments in input order. */
export type Segmentation = { title: string | null; segments: Segment[] }

// `runs`: the line had runs of spaces, collapsed in `text` (and to collapse in its sentences);
// `cues`: the bit set of the rules' `CUES` it holds; `stop`: index of its first stop in `stops`;
// `norm`: a string holding the normalised line (runs not collapsed) from offset `from - base`
type Block = Line & {
  from: number
  to: number
  runs: boolean
  cues: number
  stop: number
  norm: string
  base: number
}

// Where each run of spaces starts, ascending, in `at[0, n)`
type Gaps = { at: Int32Array; n: number }

// The gaps of the report being segmented: one buffer reused from call to call, grown as needed,
// as allocating it for each report cost more than writing it
const GAPS: Gaps = { at: new Int32Array(0), n: 0 }

const SPACE_RUN = / {2,}/g

// the cue characters' bits by ASCII code; the others are looked up in `CUES.chars`
const ASCII_CUES = new Int32Array(128)
for (const [c, bit] of CUES.chars) if (c < 128) ASCII_CUES[c] = bit

/**
 * Split a report into paragraphs and sentences and give each a role.
 * @example segment('Title Here\n\nIt rained. It stopped.').segments.map((s) => s.role)
 * // ['heading', 'body', 'body']
 */
export function segment(raw: string): Segmentation {
  // words between two offsets are the runs of spaces between them plus one
  const gaps = GAPS
  let stops: number[] = []
  // most reports need only quotes, dashes and spaces replaced one for one: the scan reads the raw
  // text and notes them, and only the lines that hold one are copied with them replaced; the
  // others are normalised first
  let edits: number[] = []
  let blocks = scanBlocks(raw, true, gaps, stops, edits)
  // the blocks' offsets point into `text`: the raw input (its `edits` still to replace) or its
  // normalised copy
  let text = raw
  let map: OffsetMap = { at: [0], shift: [0] }
  if (blocks === null) {
    ;({ text, map } = normalizeMapped(raw))
    stops = []
    edits = []
    blocks = scanBlocks(text, false, gaps, stops, edits) as Block[]
  }
  let e = 0
  for (const block of blocks) {
    while (e < edits.length && (edits[e] as number) < block.from) e++
    if (e < edits.length && (edits[e] as number) < block.to) {
      block.norm = replaceUnits(raw, edits, e, block.from, block.to)
      block.base = block.from
    } else block.norm = text
    const slice = block.norm.slice(block.from - block.base, block.to - block.base)
    block.text = block.runs ? slice.replace(SPACE_RUN, ' ') : slice
  }
  let seenBody = false
  for (const block of blocks) {
    const rule = matchFurniture(block.text, block.words, block.cues)
    if (rule !== null) {
      block.role = 'boilerplate'
      block.rule = rule
    } else if (
      block.words <= HEADING_MAX_WORDS &&
      listMarkerLength(block.text) === 0 &&
      isHeadingLike(block.text, block.words, !seenBody)
    ) {
      block.role = 'heading'
      block.rule = 'heading'
    } else seenBody = true
  }
  for (const rule of contextRules) rule.apply(blocks)
  const t = pickTitle(blocks)

  const segments: Segment[] = []
  let prevEnd = 0
  const push = (from: number, to: number, norm: string, role: Role, paragraph: number) => {
    let start = rawOffset(map, from)
    // zero-width characters dropped by `normalize` just before the sentence belong to it
    while (start > prevEnd) {
      const c = raw.charCodeAt(start - 1)
      if (!isDropped(c) || isSpaceCode(c)) break
      start--
    }
    let end = rawOffset(map, to)
    while (end > start && isSpaceCode(raw.charCodeAt(end - 1))) end--
    segments.push({ start, end, text: raw.slice(start, end), norm, role, paragraph })
    prevEnd = end
  }
  for (let paragraph = 0; paragraph < blocks.length; paragraph++) {
    const block = blocks[paragraph] as Block
    if (block.role !== 'body') {
      push(block.from, block.to, block.text, block.role, paragraph)
      continue
    }
    // ranges in `line`, which begins at `base` of the text
    const { norm: line, base } = block
    const ranges = splitSentences(line, block.from - base, block.to - base, stops, block.stop, base)
    for (let r = 0; r < ranges.length; r += 2) {
      const from = (ranges[r] as number) + base
      const to = (ranges[r + 1] as number) + base
      let norm = block.text
      if (ranges.length > 2) {
        const slice = line.slice(from - base, to - base)
        norm = block.runs ? clean(slice) : slice
      }
      // "… the talks. Click here to subscribe." at either end of a paragraph
      const edge = ranges.length > 2 && (r === 0 || r === ranges.length - 2)
      const words = edge ? Math.min(countBetween(gaps, from, to) + 1, 26) : 0
      // the block's cues are a superset of the sentence's
      const furniture = edge && words <= 25 && matchFurniture(norm, words, block.cues, true) !== null
      push(from, to, norm, furniture ? 'boilerplate' : 'body', paragraph)
    }
  }
  return { title: t < 0 ? null : (blocks[t] as Block).text, segments }
}

/**
 * The non-blank lines of `text`, trimmed (their `text` left to fill), read in one pass that
 * also notes, for each line, its words (`gaps`), its stops (`stops`) and its cues: a
 * hand-written scan, as one regex or `indexOf` call per word or per pattern costs several times
 * more than reading each character. `mapped`: `text` is the raw input, read as `normalize`
 * would have it; the units it replaces are noted in `edits`, and a unit that would reshape the
 * text stops the scan (null).
 */
function scanBlocks(
  text: string,
  mapped: boolean,
  gaps: Gaps,
  stops: number[],
  edits: number[],
): Block[] | null {
  const blocks: Block[] = []
  const n = text.length
  // at most one gap for every two units
  if (gaps.at.length < (n >> 1) + 1) gaps.at = new Int32Array(n)
  const at = gaps.at
  let g = 0
  // the current line: its start (then its first non-space), where its trailing spaces start,
  // the word count (a run of spaces is one gap), whether it has runs to collapse, its cues,
  // and its first stop
  let from = 0
  let trail = -1
  let words = 1
  let runs = false
  let cues = n > 0 ? cuesAt(text, 0, text.charCodeAt(0)) : 0
  let stop = 0
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i)
    // `[A-Za-z0-9_]` needs nothing: units inside a word, most of the text
    if (isWordCode(c)) continue
    if (mapped && (c >= 128 || c < 32)) {
      const to = unitCode(c)
      if (to < 0) return null
      if (to !== c) edits.push(i)
      c = to
    }
    // the unit after this one, if read here already
    let next = -1
    if (c === 32) {
      let j = i + 1
      while (j < n) {
        next = text.charCodeAt(j)
        if (next === 32) j++
        else if (mapped && (next >= 128 || next < 32) && unitCode(next) === 32) edits.push(j++)
        else break
      }
      if (j >= n) next = -1
      if (i === from) from = j
      else if (next < 0 || next === 10 || (mapped && next >= 128 && unitCode(next) === 10)) trail = i
      else {
        words++
        at[g++] = i
        if (j > i + 1) runs = true
      }
      i = j - 1
    } else if (c === 10) {
      addLine(blocks, from, trail >= 0 ? trail : i, words, runs, cues, stop)
      from = i + 1
      trail = -1
      words = 1
      runs = false
      cues = 0
      stop = stops.length
    } else {
      if (isStop(c)) stops.push(i)
      cues |= c < 128 ? (ASCII_CUES[c] as number) : (CUES.chars.get(c) ?? 0)
    }
    // after a character that ends a word, a cue word may begin; the unit is read once here and,
    // being a letter, skipped by the loop (each read of a unit costs about as much as the rest)
    if (i + 1 >= n) continue
    if (next < 0) next = text.charCodeAt(i + 1)
    if (isWordCode(next)) {
      cues |= cuesAt(text, i + 1, next)
      i++
    }
  }
  if (from < n) addLine(blocks, from, trail >= 0 ? trail : n, words, runs, cues, stop)
  gaps.n = g
  return blocks
}

// Add the line `[from, to)` (trimmed) to `blocks`, or mark a blank line after the last block
function addLine(
  blocks: Block[],
  from: number,
  to: number,
  words: number,
  runs: boolean,
  cues: number,
  stop: number,
): void {
  if (from < to) {
    // no rule looks past 60 words, so the count stops there
    const capped = Math.min(words, 61)
    blocks.push({
      from,
      to,
      runs,
      cues,
      stop,
      norm: '',
      base: 0,
      text: '',
      words: capped,
      role: 'body',
      rule: null,
    })
  } else if (blocks.length > 0) (blocks[blocks.length - 1] as Block).gapAfter = true
}

// Cue words that begin at `i` (its unit `c`), where a word may begin
function cuesAt(text: string, i: number, c: number): number {
  return c < 128 && CUES.wordStarts[c] === 1 ? wordCuesAt(CUES, text, i) : 0
}

function clean(s: string): string {
  return s.includes('  ') ? s.replace(SPACE_RUN, ' ') : s
}

// Number of `gaps` inside (from, to)
function countBetween(gaps: Gaps, from: number, to: number): number {
  return firstAtLeast(gaps, to) - firstAtLeast(gaps, from + 1)
}

function firstAtLeast(gaps: Gaps, x: number): number {
  let lo = 0
  let hi = gaps.n
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((gaps.at[mid] as number) < x) lo = mid + 1
    else hi = mid
  }
  return lo
}
