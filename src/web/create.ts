/**
 * Creating a comparison: hash the inputs, reuse the stored one when the pair is known, otherwise
 * run the engine once and store inputs and output together.
 */

import { compare } from '../engine/index'
import type { Comparison } from '../engine/types'
import { findIdByHash, saveComparison } from '../store/comparisons'
import { hashInputs } from '../store/id'
import { saveSources } from '../store/sources'
import type { Submission } from './input'

/** The id of the stored comparison for a checked submission, computing it only when new. */
export async function createComparison(
  db: D1Database,
  submission: Submission,
): Promise<{ id: string; created: boolean; result?: Comparison }> {
  const { a, b } = submission
  const hash = await hashInputs(a, b)
  const existing = await findIdByHash(db, hash)
  if (existing) {
    // Fills in sources missing from a pair stored before they were kept; no-op otherwise.
    await saveSources(db, existing, hash, { a, b })
    return { id: existing, created: false }
  }
  const result = compare(a.text, b.text)
  const id = await saveComparison(db, { hash, a, b, result })
  return { id, created: true, result }
}
