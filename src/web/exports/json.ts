/**
 * The comparison as JSON for export: the engine's contract as the API answers it (`toApiJson`),
 * plus the editors' flags.
 */

import type { StoredComparison } from '../../store/comparisons'
import type { Flag } from '../../store/flags'
import { toApiJson } from '../api-json'
import type { ApiComparison } from '../api-json'

/** A flag as exported: everything but the comparison id, which the export already names. */
export type ExportedFlag = Omit<Flag, 'comparisonId'>

/** The export: API JSON plus `flags`, oldest first. */
export type ExportJson = ApiComparison & { flags: ExportedFlag[] }

/** The export object; `origin` makes `url` absolute. */
export function exportJson(stored: StoredComparison, flags: Flag[], origin: string): ExportJson {
  return {
    ...toApiJson(stored, origin),
    flags: flags.map(({ comparisonId: _, ...flag }) => flag),
  }
}

/** The export as text, two-space indented, with a final newline. */
export function renderJson(stored: StoredComparison, flags: Flag[], origin: string): string {
  return `${JSON.stringify(exportJson(stored, flags, origin), null, 2)}\n`
}
