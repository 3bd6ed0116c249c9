/**
 * A pretend web for URL route tests: the Worker runs in the test's isolate, so replacing the
 * global `fetch` answers its outbound requests locally; no request leaves the machine.
 */

import { vi } from 'vitest'
import harbourGazette from '../fixtures/url/harbour-gazette.html?raw'
import islandTimes from '../fixtures/url/island-times.html?raw'
import { ORIGIN, request } from './helpers'

/** Two pages of the same story, by two outlets. */
export const PAGES = {
  a: { url: 'https://www.harbourgazette.co.uk/news/ferry-aground', html: harbourGazette },
  b: { url: 'https://islandtimes.news/2026/03/saltire-dawn', html: islandTimes },
}

type Handler = (request: Request) => Response | Promise<Response>

/** An HTML page answer. */
export function html(body: string, type = 'text/html; charset=utf-8'): Response {
  return new Response(body, { headers: { 'content-type': type } })
}

/** A redirect answer. */
export function redirect(location: string, status = 302): Response {
  return new Response(null, { status, headers: { location } })
}

/**
 * Serves `routes` (by exact URL) in place of the internet and records every requested URL.
 * Unknown URLs fail like an unreachable host. Undo with `vi.restoreAllMocks()`.
 */
export function serveSite(routes: Record<string, Handler>): { requested: string[] } {
  const requested: string[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const req = new Request(input, init)
    requested.push(req.url)
    const handler = routes[req.url]
    if (!handler) throw new TypeError(`Network connection lost (${req.url})`)
    return handler(req)
  })
  return { requested }
}

/** The two fixture pages, served at their URLs. */
export function serveFixtures(): { requested: string[] } {
  return serveSite({
    [PAGES.a.url]: () => html(PAGES.a.html),
    [PAGES.b.url]: () => html(PAGES.b.html),
  })
}

/** One side of a form post: text, URL, or both. */
export type UrlFormSide = { text?: string; url?: string; title?: string }

/** Posts the home page form with URL fields, as the browser does. */
export function postUrlForm(a: UrlFormSide, b: UrlFormSide): Promise<Response> {
  const form = new FormData()
  for (const [side, value] of [
    ['a', a],
    ['b', b],
  ] as const) {
    form.set(`${side}_text`, value.text ?? '')
    form.set(`${side}_url`, value.url ?? '')
    form.set(`${side}_title`, value.title ?? '')
  }
  return request('/c', { method: 'POST', body: form, headers: { Origin: ORIGIN } })
}
