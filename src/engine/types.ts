/**
 * The JSON contract (version 1) shared by the engine, the CLI, the web API and the exports.
 * Fields may be added; existing fields keep their names and meanings.
 */
import type { Model } from './weights'

/** A half-open range `[start, end)` of UTF-16 code units in the raw input as submitted. */
export type Span = readonly [start: number, end: number]

/** What a sentence is on the page. */
export const Role = {
  body: 'body',
  heading: 'heading',
  boilerplate: 'boilerplate',
} as const
export type Role = (typeof Role)[keyof typeof Role]

/** A number found in a sentence, with the noun or unit it counts. */
export type NumberFact = {
  /** The words as written: `over 11,000 containers`, `two-day`, `dozens`. */
  text: string
  /** The value: `11000`, `2`; for vague quantities (`dozens`) a representative value. */
  value: number
  /** The counted noun or unit, singular and lower case (`container`, `day`, `year`), or null. */
  unit: string | null
  /** True for vague or bounded amounts: `dozens`, `over 11,000`, `about 5`. */
  approximate: boolean
}

/** A date, time or weekday found in a sentence. */
export type DateFact = {
  /** The words as written: `Tuesday evening`, `June 19-20`, `last September`, `2006`. */
  text: string
  /** What granularity it names. */
  kind: 'weekday' | 'date' | 'range' | 'month' | 'year' | 'relative' | 'time'
  /**
   * A normalised value that compares equal for the same date:
   * `weekday:tuesday`, `06-19`, `06-19/06-20`, `month:09`, `2024`, `2024-06-18`.
   */
  value: string
}

/** A person, organisation or place named in a sentence. */
export type EntityFact = {
  /** The name as written: `Putin`, `U.N.`, `KCNA`. */
  text: string
  /** The canonical name after aliases are resolved: `Vladimir Putin`, `United Nations`. */
  key: string
  /** A best guess at its kind. */
  type: 'person' | 'organization' | 'place' | 'other'
}

/** Words in quotation marks, with who said them. */
export type QuoteFact = {
  /** The quoted words, without the quotation marks. */
  text: string
  /** Canonical name of the speaker, when the sentence or the one before names one. */
  speaker: string | null
}

/** What a sentence states, normalised so that equal things compare equal. */
export type Facts = {
  numbers: NumberFact[]
  dates: DateFact[]
  entities: EntityFact[]
  quotes: QuoteFact[]
  /** True when the main claim is negated or denied: `did not`, `never`, `denied`. */
  negated: boolean
  /** Canonical name of who the sentence attributes its claim to (`said`, `told`, `wrote`), if any. */
  attribution: string | null
}

/** One sentence (claim) of a report. */
export type Sentence = {
  /** Stable id: `a1`, `a2`, … for report A, `b1`, … for report B, in input order. */
  id: string
  /** The raw input between `start` and `end`, exactly as submitted. */
  text: string
  /** UTF-16 offset of the first character in the raw input. */
  start: number
  /** UTF-16 offset just past the last character in the raw input. */
  end: number
  /** Body claim, heading, or page furniture. */
  role: Role
  /** Index of the paragraph (block separated by a line break) the sentence belongs to. */
  paragraph: number
  /** What the sentence states. */
  facts: Facts
}

/** One report after segmentation. */
export type Report = {
  /** The first heading-like line, when there is one. */
  title: string | null
  /** Every sentence in input order, including headings and boilerplate. */
  sentences: Sentence[]
}

/** How two matched claims relate. */
export const Relation = {
  agree: 'agree',
  differ: 'differ',
  conflict: 'conflict',
} as const
export type Relation = (typeof Relation)[keyof typeof Relation]

/** What kind of detail a note is about. */
export const NoteKind = {
  number: 'number',
  date: 'date',
  entity: 'entity',
  quote: 'quote',
  negation: 'negation',
  attribution: 'attribution',
  detail: 'detail',
} as const
export type NoteKind = (typeof NoteKind)[keyof typeof NoteKind]

/** A detail that differs between two matched claims. */
export type Note = {
  kind: NoteKind
  /** The detail as report A states it, or null when A does not state it. */
  a: string | null
  /** The detail as report B states it, or null when B does not state it. */
  b: string | null
  /** A readable sentence: `number: 11,000 vs 12,000`. */
  message: string
}

/** A run of words in a word-level diff, as the `diff` package returns it. */
export type DiffPart = {
  /** The text of the run, whitespace included. */
  value: string
  /** Present (true) when only report B has this run. */
  added?: boolean
  /** Present (true) when only report A has this run. */
  removed?: boolean
}

/** Claims of A and B that state the same thing. */
export type Match = {
  /** `m1`, `m2`, … in order of the first A sentence. */
  id: string
  /** Sentence ids in report A. */
  a: string[]
  /** Sentence ids in report B. */
  b: string[]
  relation: Relation
  /** Alignment confidence, 0 to 1. */
  score: number
  /** What differs; empty for `agree`. */
  notes: Note[]
  /** Word-level diff from A's claims to B's claims. */
  diff: DiffPart[]
}

/** Which items occur in both reports or in only one. */
export type Overlap = {
  both: string[]
  onlyA: string[]
  onlyB: string[]
}

/** A discrepancy in order of importance. */
export type Discrepancy = {
  /** The match it belongs to. */
  match: string
  relation: Exclude<Relation, 'agree'>
  /** The most important note's kind. */
  kind: NoteKind
  /** The most important note's message. */
  message: string
  /** Higher matters more; conflicts rank above differences. */
  weight: number
}

/** Figures over the whole comparison. */
export type Summary = {
  /** Number of matches per relation. */
  relations: Record<Relation, number>
  /** Body sentences per report. */
  body: { a: number; b: number }
  /** Unique body sentences per report. */
  unique: { a: number; b: number }
  /** Share (0 to 1) of each report's body sentences that the other report corroborates (matched, any relation). */
  corroborated: { a: number; b: number }
  /** Canonical entity names by report. */
  entities: Overlap
  /** Numbers (`11000 container`) by report. */
  numbers: Overlap
  /** Dates (`weekday:tuesday`) by report. */
  dates: Overlap
  /** Conflicts and differences, most important first. */
  discrepancies: Discrepancy[]
}

/** The result of `compare(a, b)`. */
export type Comparison = {
  version: 1
  a: Report
  b: Report
  matches: Match[]
  /** Body sentence ids that are in no match. */
  unique: { a: string[]; b: string[] }
  summary: Summary
}

/** Options of `compare`. */
export type CompareOptions = {
  /** Minimum alignment score for a match (default: the fitted threshold). */
  threshold?: number
  /** Date of the reports (`2024-06-18`), to resolve weekdays and relative dates; optional. */
  published?: string
  /** Another scoring model than the fitted one (for tuning). */
  model?: Model
}
