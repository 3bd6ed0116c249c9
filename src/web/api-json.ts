/**
 * The JSON the API answers for a stored comparison: the engine's contract plus `id`, `url` and
 * what the user said about each report.
 */

import type { Comparison } from '../engine/types'
import type { StoredComparison } from '../store/comparisons'

/** The engine contract with the stored comparison's identity added. */
export type ApiComparison = Comparison & {
  /** The short id of the share link. */
  id: string
  /** The absolute share link, `https://…/c/:id`. */
  url: string
  /** Title and source per report, as given by the user (null when not given). */
  inputs: { a: { title: string | null; source: string | null }; b: { title: string | null; source: string | null } }
  /** ISO 8601 time the pair was first stored. */
  created: string
}

/** The API body for a stored comparison; `origin` makes `url` absolute. */
export function toApiJson(stored: StoredComparison, origin: string): ApiComparison {
  const side = (input: StoredComparison['a']) => ({ title: input.title ?? null, source: input.source ?? null })
  return {
    ...stored.result,
    id: stored.id,
    url: `${origin}/c/${stored.id}`,
    inputs: { a: side(stored.a), b: side(stored.b) },
    created: stored.createdAt,
  }
}
