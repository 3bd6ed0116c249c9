/**
 * Validation of a flag save at the edge, shared by the form, htmx and JSON: status, note, editor
 * name and the version the editor started from. Also which targets of a comparison can be flagged.
 */

import type { Comparison, Match, Sentence } from '../engine/types'
import { FlagStatus, MAX_EDITOR_LENGTH, MAX_NOTE_LENGTH } from '../store/flags'
import type { FlagDraft } from '../store/flags'

/** A checked save: the draft, the version it edits (0 for a new flag) and the column it came from. */
export type FlagInput = { draft: FlagDraft; version: number; side: 'a' | 'b' }

export type FlagInputCheck = { ok: true; input: FlagInput } | { ok: false; errors: string[] }

/** What a flag can be on: a match, or a body claim no match contains. */
export type FlagTarget =
  | { kind: 'match'; id: string; match: Match }
  | { kind: 'claim'; id: string; side: 'a' | 'b'; sentence: Sentence }

/** Shape of target ids in routes: `m12`, `a3`, `b40`. */
export const TARGET_PATTERN = /^[mab][1-9][0-9]{0,5}$/

/** The match or unique claim with this id, or null when it cannot be flagged. */
export function findTarget(comparison: Comparison, id: string): FlagTarget | null {
  if (!TARGET_PATTERN.test(id)) return null
  if (id.startsWith('m')) {
    const match = comparison.matches.find((candidate) => candidate.id === id)
    return match ? { kind: 'match', id, match } : null
  }
  const side = id[0] as 'a' | 'b'
  if (!comparison.unique[side].includes(id)) return null
  const sentence = comparison[side].sentences.find((candidate) => candidate.id === id)
  return sentence ? { kind: 'claim', id, side, sentence } : null
}

// Control characters other than tab and line feed have no place in a note ("\u0000", "\u001b[31m").
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g

/** A note as stored: line breaks kept as `\n`, control characters dropped, outer blank trimmed. */
export function cleanNote(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/^\s*\n|\s+$/g, '')
}

/** An editor name as stored: one line, spaces collapsed. */
export function cleanEditor(value: string): string {
  return value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()
}

const LABELS = Object.values(FlagStatus).join(', ')

/**
 * Checks a submitted flag from a form or a JSON body.
 *
 * @example checkFlagInput({ status: 'verified', note: 'Checked with the agency', version: '0' })
 */
export function checkFlagInput(raw: Record<string, unknown>): FlagInputCheck {
  const errors: string[] = []
  const status = raw.status
  if (typeof status !== 'string' || !Object.hasOwn(FlagStatus, status)) {
    errors.push(`Choose a status: one of ${LABELS}.`)
  }
  const note = typeof raw.note === 'string' ? cleanNote(raw.note) : ''
  if (raw.note !== undefined && typeof raw.note !== 'string') errors.push('The note must be text.')
  if (note.length > MAX_NOTE_LENGTH) {
    errors.push(`The note is ${note.length} characters long; the limit is ${MAX_NOTE_LENGTH}.`)
  }
  const editor = typeof raw.editor === 'string' ? cleanEditor(raw.editor) : ''
  if (editor.length > MAX_EDITOR_LENGTH)
    errors.push(`The name is longer than ${MAX_EDITOR_LENGTH} characters.`)
  const version = Number(raw.version ?? 0)
  if (!Number.isSafeInteger(version) || version < 0)
    errors.push('The version must be a whole number.')
  const side = raw.side === 'b' ? 'b' : 'a'
  if (errors.length > 0) return { ok: false, errors }
  return {
    ok: true,
    input: { draft: { status: status as FlagStatus, note, editor }, version, side },
  }
}
