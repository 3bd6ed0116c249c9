/**
 * JSON errors of the API, `{ error: { code, message } }`, and the checks shared by its routes.
 */

import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The body of every API error. */
export type ApiError = { error: { code: string; message: string } }

/** Answers a JSON error with `status`. */
export function jsonError(c: Context, status: ContentfulStatusCode, code: string, message: string) {
  return c.json<ApiError>({ error: { code, message } }, status)
}

/** True for requests to the JSON API, which answer errors as JSON rather than pages. */
export function wantsJson(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path.endsWith('.json')
}
