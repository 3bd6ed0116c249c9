/**
 * Turns the engine's Comparison into what the page needs per claim: its relation, its
 * counterparts in the other report, its word-level diff marks and the notes to show after it.
 */

import type { Comparison, DiffPart, Match, Note, Relation, Sentence } from '../src/engine/types'

/** How a claim relates to the other report; `unique` when nothing there matches it. */
export type ClaimRelation = Relation | 'unique'

/** A run of a claim's text, marked when it differs from the counterpart. */
export type Piece = { text: string; marked: boolean }

/** What the page shows for one sentence. */
export type ClaimView = {
  sentence: Sentence
  /** Relation for body claims; null for headings and boilerplate. */
  relation: ClaimRelation | null
  /** Ids of the matched sentences in the other report. */
  peers: string[]
  /** The match this claim belongs to, if any. */
  match: Match | null
  /** The text split into marked and unmarked runs (one unmarked run when not in a match). */
  pieces: Piece[]
  /** Notes of the match, shown after the last claim of the match on each side. */
  notes: Note[]
}

/** Which claims a filter keeps: `all`, `differ` (conflicts and differences) or `unique`. */
export const Filter = { all: 'all', differ: 'differ', unique: 'unique' } as const
export type Filter = (typeof Filter)[keyof typeof Filter]

/** Reads `?show=` leniently: anything unknown means `all`. */
export function parseFilter(value: string | undefined): Filter {
  return value === 'differ' || value === 'unique' ? value : 'all'
}

/** True when a claim with this relation is shown under `filter`. */
export function keeps(filter: Filter, relation: ClaimRelation | null): boolean {
  if (filter === 'all' || relation === null) return true
  if (filter === 'differ') return relation === 'differ' || relation === 'conflict'
  return relation === 'unique'
}

const SEVERITY: Record<Relation, number> = { agree: 0, differ: 1, conflict: 2 }

// Same tokens on both sides: words (letters, digits and inner apostrophes or hyphens), runs of
// whitespace, and single other characters. `diff`'s word tokens are never finer than these.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’.,-][\p{L}\p{N}\p{M}]+)*|\s+|[^\s\p{L}\p{N}\p{M}]/gu

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? []
}

/**
 * Marks per word of one side of a match: for A the words only A has (`removed`), for B the words
 * only B has (`added`). Whitespace carries no mark.
 */
function sideMarks(diff: DiffPart[], side: 'a' | 'b'): boolean[] {
  const marks: boolean[] = []
  for (const part of diff) {
    if (side === 'a' ? part.added : part.removed) continue
    const marked = side === 'a' ? part.removed === true : part.added === true
    for (const token of tokens(part.value)) if (!/^\s+$/.test(token)) marks.push(marked)
  }
  return marks
}

/** Splits a sentence into runs, taking word marks in order from `marks` (consumed in place). */
function piecesFor(text: string, marks: boolean[] | null): Piece[] {
  if (!marks) return [{ text, marked: false }]
  const parts = tokens(text)
  const space = parts.map((token) => /^\s+$/.test(token))
  const flags = parts.map((_, i) => (space[i] ? false : (marks.shift() ?? false)))
  // Whitespace between two marked words is marked too, so a changed phrase reads as one run.
  for (let i = 1; i < parts.length - 1; i++) {
    if (space[i] && flags[i - 1] && flags[i + 1]) flags[i] = true
  }
  const pieces: Piece[] = []
  parts.forEach((token, i) => {
    const last = pieces[pieces.length - 1]
    if (last && last.marked === flags[i]) last.text += token
    else pieces.push({ text: token, marked: flags[i] })
  })
  // Tokens always cover the text; if a character class slipped through, show it unmarked.
  if (pieces.map((piece) => piece.text).join('') !== text) return [{ text, marked: false }]
  return pieces
}

/** The claims of one report, in order, ready to render. */
export function claimViews(comparison: Comparison, side: 'a' | 'b'): ClaimView[] {
  const report = comparison[side]
  const other = side === 'a' ? 'b' : 'a'
  const bySentence = new Map<string, Match>()
  for (const match of comparison.matches) {
    for (const id of match[side]) {
      const known = bySentence.get(id)
      if (!known || SEVERITY[match.relation] > SEVERITY[known.relation]) bySentence.set(id, match)
    }
  }
  const marksByMatch = new Map<string, boolean[]>()
  return report.sentences.map((sentence) => {
    const match = bySentence.get(sentence.id) ?? null
    if (sentence.role !== 'body') {
      return { sentence, relation: null, peers: [], match: null, pieces: piecesFor(sentence.text, null), notes: [] }
    }
    if (!match) {
      return { sentence, relation: 'unique', peers: [], match: null, pieces: piecesFor(sentence.text, null), notes: [] }
    }
    if (!marksByMatch.has(match.id)) marksByMatch.set(match.id, sideMarks(match.diff, side))
    const marks = match.relation === 'agree' && match.notes.length === 0 ? null : marksByMatch.get(match.id)!
    const last = match[side][match[side].length - 1] === sentence.id
    return {
      sentence,
      relation: match.relation,
      peers: match[other],
      match,
      pieces: piecesFor(sentence.text, marks),
      notes: last ? match.notes : [],
    }
  })
}

/** A run of claims shown together: a heading, a paragraph, or dropped page furniture. */
export type Block = { kind: 'heading' | 'paragraph' | 'dropped'; claims: ClaimView[] }

function blockKind(claim: ClaimView): Block['kind'] {
  const role = claim.sentence.role
  return role === 'heading' ? 'heading' : role === 'boilerplate' ? 'dropped' : 'paragraph'
}

/**
 * Claims grouped into blocks in input order: a new block at each paragraph break or change of
 * role; consecutive boilerplate sentences share one block even across paragraphs.
 */
export function blocks(claims: ClaimView[]): Block[] {
  const result: Block[] = []
  let paragraph = -1
  for (const claim of claims) {
    const kind = blockKind(claim)
    const last = result[result.length - 1]
    const sameParagraph = claim.sentence.paragraph === paragraph
    if (last && last.kind === kind && (kind === 'dropped' || (kind === 'paragraph' && sameParagraph))) {
      last.claims.push(claim)
    } else {
      result.push({ kind, claims: [claim] })
    }
    paragraph = claim.sentence.paragraph
  }
  return result
}
