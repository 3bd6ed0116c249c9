/**
 * What the page knows about flags while rendering: the comparison's flags by target and whether
 * the viewer may edit them, passed down through hono/jsx context so the shared column and claim
 * partials need no extra props. Also the words and symbols of each flag status.
 */

import { createContext } from 'hono/jsx'
import type { Flag, FlagStatus } from '../src/store/flags'
import type { ClaimView } from './model'

/** Flags of the comparison being rendered. */
export type FlagState = {
  /** The comparison's id, for form actions. */
  id: string
  /** Flags by target (`m3`, `a5`). */
  flags: Map<string, Flag>
  /** True on the editor's page: show add/edit controls. */
  editable: boolean
}

/** Read-only and empty unless a page provides it. */
export const FlagContext = createContext<FlagState>({ id: '', flags: new Map(), editable: false })

/** The state for a comparison's page. */
export function flagState(id: string, flags: Flag[], editable: boolean): FlagState {
  return { id, flags: new Map(flags.map((flag) => [flag.target, flag])), editable }
}

/** Words and symbol per status, most urgent first (the order of the summary and the report). */
export const FLAG_LABELS: Record<FlagStatus, { label: string; symbol: string }> = {
  discrepancy: { label: 'Discrepancy', symbol: '⚑' },
  needs_check: { label: 'Needs check', symbol: '?' },
  verified: { label: 'Verified', symbol: '✓' },
  dismissed: { label: 'Dismissed', symbol: '–' },
}

/** The statuses in order of urgency. */
export const STATUS_ORDER = Object.keys(FLAG_LABELS) as FlagStatus[]

/** What a claim's flag slot is about: its match (on the match's last claim per side) or itself. */
export function slotTarget(claim: ClaimView): string | null {
  const { sentence, match, relation } = claim
  if (relation === 'unique') return sentence.id
  if (!match) return null
  const side = sentence.id[0] as 'a' | 'b'
  return match[side][match[side].length - 1] === sentence.id ? match.id : null
}

/** The DOM id of a flag slot: `flag-m3-a`. */
export function slotId(target: string, side: 'a' | 'b'): string {
  return `flag-${target}-${side}`
}

/** `2026-11-25 14:03 UTC` for an ISO time. */
export function shortTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`
}
