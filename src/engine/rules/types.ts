/**
 * Shapes shared by the role rules: a line of the report as the rules see it, and the two kinds
 * of rule (one line at a time, or the whole list of lines in context).
 */
import type { Role } from '../types'

/** One non-blank line (block) of a report. */
export type Line = {
  /** Normalised text: straight quotes, `-` dashes, single spaces, trimmed. */
  text: string
  /** Number of space-separated words, counted up to 61 (no rule looks further). */
  words: number
  /** Role decided so far; `body` until a rule says otherwise. */
  role: Role
  /** Name of the rule that set the role, for debugging and tests. */
  rule: string | null
  /** True when a blank line follows. */
  gapAfter?: boolean
}

/** A rule that recognises page furniture from one line's text alone. */
export type LineRule = {
  name: string
  /** Lines of more words are never this furniture; `test` is not asked about them. */
  maxWords: number
  /**
   * True when the line (or sentence) of at most `maxWords` words is furniture by the patterns
   * tied to its start or to the whole line (cheap: they fail within the first letters).
   */
  test: (text: string, words: number) => boolean
  /**
   * The characters a line that `test` accepts may begin with (letters in lower case, matched in
   * either case; printable ASCII only): a line beginning with another is not tested. A line
   * beginning with a space, a control or a non-ASCII character is always tested.
   */
  starts?: string
  /** Patterns that may match anywhere in the line, asked only about lines that hold a cue. */
  anywhere?: Anywhere
  /** Also safe to apply to a single sentence inside a body paragraph. */
  sentence?: boolean
}

/**
 * An unanchored test and its cues: every match holds one of them. A cue is a single character
 * (not a letter), or a word in lower case that must begin where a word begins (after a
 * character other than `[A-Za-z0-9_]`), in any case: `cookie` is a cue of `Accept Cookies`.
 */
export type Anywhere = {
  cues: readonly string[]
  test: (text: string) => boolean
}

/** A rule that looks at neighbouring lines and may change roles in place. */
export type ContextRule = {
  name: string
  apply: (lines: Line[]) => void
}
