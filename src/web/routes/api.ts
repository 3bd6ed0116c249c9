/**
 * The JSON API: `POST /api/compare`, `GET /api/c/:id`, and `GET /api` describing both.
 * Errors are `{ error: { code, message } }` with a 4xx status.
 */

import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { getComparison } from '../../store/comparisons'
import { issueEditorToken } from '../../store/editors'
import { toApiJson } from '../api-json'
import { createComparison } from '../create'
import type { AppEnv } from '../env'
import { jsonError } from '../errors'
import { MAX_BODY_BYTES, TOO_LARGE_MESSAGE } from '../limits'
import { fetchOptions, prepareSubmission } from '../sources'
import { comparisonJson } from './comparison'

export const api = new Hono<AppEnv>()

api.get('/api', (c) =>
  c.json({
    endpoints: {
      'POST /api/compare':
        'Body {"a": {"text" or "url", "title"?, "source"?}, "b": {...}}; answers the comparison with id and url.',
      'GET /api/c/:id': 'A stored comparison (also at /c/:id.json).',
    },
  }),
)

api.post(
  '/api/compare',
  bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => jsonError(c, 413, 'too_large', TOO_LARGE_MESSAGE) }),
  async (c) => {
    const type = c.req.header('Content-Type') ?? ''
    if (!/^application\/json\b/i.test(type)) {
      return jsonError(c, 415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.')
    }
    let body: unknown
    try {
      body = await c.req.json()
    } catch {
      return jsonError(c, 400, 'bad_json', 'The body is not valid JSON.')
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return jsonError(c, 400, 'invalid', 'The body must be an object like {"a": {"text": "…"}, "b": {"text": "…"}}.')
    }
    const record = body as Record<string, unknown>
    const check = await prepareSubmission({ a: record.a, b: record.b }, fetchOptions(c.env))
    if (!check.ok) {
      const first = check.errors.find((error) => error.status === check.status) ?? check.errors[0]
      const message = check.errors.map((error) => error.message).join(' ')
      return jsonError(c, check.status, first.code, message)
    }
    const { id, created } = await createComparison(c.env.DB, check.submission)
    const stored = await getComparison(c.env.DB, id)
    if (!stored) throw new Error(`comparison ${id} vanished after being stored`)
    const origin = new URL(c.req.url).origin
    const json = toApiJson(stored, origin)
    // Whoever stores a pair first gets its editor link, here as in the form; shown only once.
    const token = created ? await issueEditorToken(c.env.DB, id) : null
    if (created) c.header('Location', `/c/${id}`)
    const editor = token ? { editUrl: `${origin}/c/${id}/edit/${token}`, editToken: token } : {}
    return c.json({ ...json, ...editor }, created ? 201 : 200)
  },
)

api.get('/api/c/:id', (c) => comparisonJson(c, c.req.param('id')))
