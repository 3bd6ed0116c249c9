/**
 * The comparison as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read it as UTF-8):
 * one row per match and per flagged unique claim. Cells that a spreadsheet would run as a formula
 * are defused with a leading apostrophe (OWASP's CSV injection advice).
 */

import type { StoredComparison } from '../../store/comparisons'
import type { Flag } from '../../store/flags'
import { flaggedClaimItems, matchItems } from './report-items'

/** Column names, in order. */
export const CSV_COLUMNS = [
  'target',
  'kind',
  'relation',
  'a_ids',
  'b_ids',
  'a_text',
  'b_text',
  'notes',
  'flag_status',
  'flag_note',
  'flag_editor',
  'flag_updated',
] as const

// `=1+1`, `+1`, `-1`, `@SUM(…)`, and a tab or carriage return first (both start formulas in some
// spreadsheets after trimming): all become text.
const FORMULA = /^[=+\-@\t\r]/

/**
 * One quoted CSV cell, formula-safe.
 *
 * @example csvCell('=HYPERLINK("http://x")') // '"\'=HYPERLINK(""http://x"")"'
 */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}

/** The CSV text; rows end with CRLF. */
export function renderCsv(stored: StoredComparison, flagList: Flag[]): string {
  const flags = new Map(flagList.map((flag) => [flag.target, flag]))
  const items = [...matchItems(stored, flags), ...flaggedClaimItems(stored, flags)]
  const rows = items.map((item) =>
    [
      item.target,
      item.kind,
      item.relation,
      item.a.ids.join(' '),
      item.b.ids.join(' '),
      item.a.text,
      item.b.text,
      item.notes.map((note) => note.message).join('; '),
      item.flag?.status ?? '',
      item.flag?.note ?? '',
      item.flag?.editor ?? '',
      item.flag?.updatedAt ?? '',
    ].map(csvCell),
  )
  return `\uFEFF${[CSV_COLUMNS.map(csvCell), ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`
}
