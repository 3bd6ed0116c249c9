/**
 * The comparison page `/c/:id` (full page, or the claims fragment for htmx), `/c/:id.json`, and
 * `POST /c/:id/again`, which compares an earlier engine's pair again with today's.
 */

import { Hono } from 'hono'
import type { Context } from 'hono'
import { ComparePage } from '../../../views/compare-page'
import { ErrorPage } from '../../../views/error-page'
import { FlagContext, flagState } from '../../../views/flag-model'
import { parseFilter } from '../../../views/model'
import { ClaimsSection } from '../../../views/partials/claims-section'
import { reportTitle } from '../../../views/titles'
import { ENGINE_VERSION } from '../../engine/version'
import { getComparison } from '../../store/comparisons'
import type { StoredComparison } from '../../store/comparisons'
import { ID_PATTERN } from '../../store/id'
import { toApiJson } from '../api-json'
import { createComparison } from '../create'
import { editingFor } from '../editing'
import { redirectAfterCreate } from '../editor-auth'
import type { AppEnv } from '../env'
import { jsonError } from '../errors'

export const comparison = new Hono<AppEnv>()

/** The stored comparison for a route's `id`, or null for unknown and malformed ids. */
export async function loadComparison(c: Context<AppEnv>, id: string): Promise<StoredComparison | null> {
  if (!ID_PATTERN.test(id)) return null
  return getComparison(c.env.DB, id)
}

/** The API JSON of the comparison with a route's `id` (`/c/:id.json`, `/api/c/:id`), or a 404. */
export async function comparisonJson(c: Context<AppEnv>, id: string): Promise<Response> {
  const stored = await loadComparison(c, id)
  if (!stored) return jsonError(c, 404, 'not_found', 'There is no comparison with this id.')
  return c.json(toApiJson(stored, new URL(c.req.url).origin))
}

/** The 404 page for an unknown or malformed comparison id. */
export function notFound(c: Context<AppEnv>) {
  const message = 'There is no comparison at this address. The link may be mistyped.'
  return c.html(<ErrorPage heading="Comparison not found" message={message} />, 404)
}

comparison.get('/c/:id', async (c) => {
  const param = c.req.param('id')
  if (param.endsWith('.json')) return comparisonJson(c, param.slice(0, -'.json'.length))
  const stored = await loadComparison(c, param)
  if (!stored) return notFound(c)
  const filter = parseFilter(c.req.query('show'))
  c.header('Vary', 'HX-Request')
  // htmx asks for the whole page when it restores history it did not cache.
  const fragment = c.req.header('HX-Request') === 'true' && !c.req.header('HX-History-Restore-Request')
  const editing = await editingFor(c, stored.id, !fragment)
  if (fragment) {
    const titles = { a: reportTitle(stored, 'a'), b: reportTitle(stored, 'b') }
    return c.html(
      <FlagContext.Provider value={flagState(stored.id, editing.flags, editing.editable)}>
        <ClaimsSection stored={stored} titles={titles} filter={filter} />
      </FlagContext.Provider>,
    )
  }
  const origin = new URL(c.req.url).origin
  return c.html(<ComparePage stored={stored} filter={filter} origin={origin} editing={editing} />)
})

// The same two reports compared again by today's engine: a new comparison (or the one already
// made), so the old page keeps its findings and flags.
comparison.post('/c/:id/again', async (c) => {
  const stored = await loadComparison(c, c.req.param('id'))
  if (!stored) return notFound(c)
  if (stored.engineVersion === ENGINE_VERSION) return c.redirect(`/c/${stored.id}`, 303)
  const { id } = await createComparison(c.env.DB, stored)
  return redirectAfterCreate(c, id)
})
