/**
 * Names and headline figures of a stored comparison, shared by the page, its preview meta tags
 * and the JSON API.
 */

import type { StoredComparison } from '../src/store/comparisons'

/** The title to show for one side: the user's, else the report's first heading, else `Report A`. */
export function reportTitle(stored: StoredComparison, side: 'a' | 'b'): string {
  const given = stored[side].title
  if (given) return given
  const found = stored.result[side].title
  if (found) return found.length > 120 ? `${found.slice(0, 117)}…` : found
  return side === 'a' ? 'Report A' : 'Report B'
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** `3 conflicts, 5 differences, 9 agreements`. */
export function countsLine(stored: StoredComparison): string {
  const { relations } = stored.result.summary
  return [
    plural(relations.conflict, 'conflict', 'conflicts'),
    plural(relations.differ, 'difference', 'differences'),
    plural(relations.agree, 'agreement', 'agreements'),
  ].join(', ')
}

/** The link-preview title: `Report A vs Report B — 3 conflicts, 5 differences, 9 agreements`. */
export function previewTitle(stored: StoredComparison): string {
  return `${reportTitle(stored, 'a')} vs ${reportTitle(stored, 'b')} — ${countsLine(stored)}`
}

/** `62%` for 0.62. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}
