/**
 * Helpers for route tests: requests to the Worker's default export and the form post.
 */

import { exports } from 'cloudflare:workers'

/** Origin the tests send requests to (and claim as their Origin for form posts). */
export const ORIGIN = 'http://crosscheck.test'

/** Sends a request to the Worker as a browser would, without following redirects. */
export function request(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, { redirect: 'manual', ...init }))
}

/** One side of a form submission. */
export type FormSide = { text: string; title?: string; source?: string }

/** Posts the home page form (multipart, same origin) and returns the response. */
export function postForm(a: FormSide, b: FormSide, headers: Record<string, string> = {}): Promise<Response> {
  const form = new FormData()
  for (const [side, value] of [['a', a], ['b', b]] as const) {
    form.set(`${side}_text`, value.text)
    if (value.title !== undefined) form.set(`${side}_title`, value.title)
    if (value.source !== undefined) form.set(`${side}_source`, value.source)
  }
  return request('/c', { method: 'POST', body: form, headers: { Origin: ORIGIN, ...headers } })
}

/** Posts JSON to the API. */
export function postJson(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  return request('/api/compare', {
    method: 'POST',
    body: text,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

/** Two short reports that share one claim and differ in a number. */
export const PAIR = {
  a: {
    text: 'Ships carried 11,000 containers to the port on Tuesday.\n\nThe mayor praised the dockworkers.',
    title: 'Port report A',
  },
  b: {
    text: 'Ships carried 12,000 containers to the port on Tuesday.\n\nA storm closed the harbour at night.',
    title: 'Port report B',
  },
}
