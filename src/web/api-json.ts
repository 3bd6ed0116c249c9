/**
 * The JSON the API answers for a stored comparison: the engine's contract plus `id`, `url` and
 * what the user said about each report.
 */

import type { Comparison } from '../engine/types'
import type { StoredComparison } from '../store/comparisons'
import type { FetchedSource } from '../store/sources'

/** The engine contract with the stored comparison's identity added. */
export type ApiComparison = Comparison & {
  /** The short id of the share link. */
  id: string
  /** The absolute share link, `https://…/c/:id`. */
  url: string
  /** Title and source per report, as given by the user (null when not given). */
  inputs: { a: ApiInput; b: ApiInput }
  /** ISO 8601 time the pair was first stored. */
  created: string
  /** The version of the engine that made this comparison (`ENGINE_VERSION` when stored). */
  engineVersion: number
}

/** What the API says about one report's input. */
export type ApiInput = {
  title: string | null
  source: string | null
  /** Where a report given by URL was fetched from (null for pasted text). */
  fetched: FetchedSource | null
}

/** The API body for a stored comparison; `origin` makes `url` absolute. */
export function toApiJson(stored: StoredComparison, origin: string): ApiComparison {
  const side = (input: StoredComparison['a']): ApiInput => ({
    title: input.title ?? null,
    source: input.source ?? null,
    fetched: input.fetched ?? null,
  })
  return {
    ...stored.result,
    id: stored.id,
    url: `${origin}/c/${stored.id}`,
    inputs: { a: side(stored.a), b: side(stored.b) },
    created: stored.createdAt,
    engineVersion: stored.engineVersion,
  }
}
