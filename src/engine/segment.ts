/**
 * Paragraphs, then sentences, each with a role: body claim, heading, or page furniture.
 * Works on the normalised text and reports offsets into the raw input as submitted.
 */
import { isDropped, normalizeMapped, rawOffset } from './normalize'
import { HEADING_MAX_WORDS, isHeadingLike } from './rules/heading'
import { contextRules, matchFurniture } from './rules/index'
import { listMarkerLength, splitSentences } from './rules/sentence-break'
import { pickTitle } from './rules/title'
import type { Line } from './rules/types'
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

// `runs`: the line had runs of spaces, collapsed in `text` (and to collapse in its sentences)
type Block = Line & { from: number; to: number; runs: boolean }

// Where each run of spaces starts, ascending, in `at[0, n)`: an array sized up front for about
// one word in four units, written by index, cheaper than one push (and regrowth) per word
type Gaps = { at: number[]; n: number }

const SPACE_RUN = / {2,}/g
const RAW_SPACE = /\s/

/**
 * Split a report into paragraphs and sentences and give each a role.
 * @example segment('Title Here\n\nIt rained. It stopped.').segments.map((s) => s.role)
 * // ['heading', 'body', 'body']
 */
export function segment(raw: string): Segmentation {
  const { text, map } = normalizeMapped(raw)
  // words between two offsets are the runs of spaces between them plus one
  const gaps: Gaps = { at: new Array<number>(text.length >> 2), n: 0 }
  const blocks = splitBlocks(text, gaps)
  let seenBody = false
  for (const block of blocks) {
    const rule = matchFurniture(block.text, block.words)
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
    while (start > prevEnd && isDropped(raw.charCodeAt(start - 1)) && !isRawSpace(raw, start - 1)) {
      start--
    }
    let end = rawOffset(map, to)
    while (end > start && isRawSpace(raw, end - 1)) end--
    segments.push({ start, end, text: raw.slice(start, end), norm, role, paragraph })
    prevEnd = end
  }
  for (let paragraph = 0; paragraph < blocks.length; paragraph++) {
    const block = blocks[paragraph] as Block
    if (block.role !== 'body') {
      push(block.from, block.to, block.text, block.role, paragraph)
      continue
    }
    const ranges = splitSentences(text, block.from, block.to)
    for (let r = 0; r < ranges.length; r += 2) {
      const from = ranges[r] as number
      const to = ranges[r + 1] as number
      let norm = block.text
      if (ranges.length > 2) norm = block.runs ? clean(text.slice(from, to)) : text.slice(from, to)
      // "… the talks. Click here to subscribe." at either end of a paragraph
      const edge = ranges.length > 2 && (r === 0 || r === ranges.length - 2)
      const words = edge ? Math.min(countBetween(gaps, from, to) + 1, 26) : 0
      const furniture = edge && words <= 25 && matchFurniture(norm, words, true) !== null
      push(from, to, norm, furniture ? 'boilerplate' : 'body', paragraph)
    }
  }
  return { title: t < 0 ? null : (blocks[t] as Block).text, segments }
}

function splitBlocks(text: string, gaps: Gaps): Block[] {
  const blocks: Block[] = []
  let pos = 0
  // the first space at or after the current line's start, kept across lines so that lines
  // without spaces do not search the rest of the text again
  let space = -1
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos)
    if (nl < 0) nl = text.length
    let from = pos
    let to = nl
    while (from < to && text.charCodeAt(from) === 32) from++
    while (to > from && text.charCodeAt(to - 1) === 32) to--
    if (from < to) {
      // the word count (a run of spaces is one gap) and the runs to collapse, space to space
      let words = 1
      let runs = false
      if (space < from) space = nextSpace(text, from)
      while (space < to) {
        words++
        gaps.at[gaps.n++] = space
        let j = space + 1
        while (text.charCodeAt(j) === 32) j++
        if (j > space + 1) runs = true
        space = nextSpace(text, j)
      }
      const slice = text.slice(from, to)
      const norm = runs ? slice.replace(SPACE_RUN, ' ') : slice
      // no rule looks past 60 words, so the count stops there
      const capped = Math.min(words, 61)
      blocks.push({ from, to, runs, text: norm, words: capped, role: 'body', rule: null })
    } else if (blocks.length > 0) (blocks[blocks.length - 1] as Block).gapAfter = true
    pos = nl + 1
  }
  return blocks
}

function nextSpace(text: string, from: number): number {
  const i = text.indexOf(' ', from)
  return i < 0 ? text.length : i
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

function isRawSpace(raw: string, i: number): boolean {
  const c = raw.charCodeAt(i)
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return RAW_SPACE.test(raw[i] as string)
}
