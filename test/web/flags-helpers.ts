/**
 * Helpers for the flag tests: create a comparison as its editor (keeping the editor cookie), and
 * post flag forms with or without it, as a form, as htmx or as JSON.
 */

import { env } from 'cloudflare:workers'
import { expect } from 'vitest'
import { ORIGIN, PAIR, postForm, request } from './helpers'

/** A comparison and the cookie header of its editor. */
export type Edited = { id: string; cookie: string; token: string }

let serial = 0

/** A copy of the test pair under titles no other test uses (D1 is shared by a file's tests). */
export function freshPair(): typeof PAIR {
  serial++
  const tag = `${serial}-${crypto.randomUUID().slice(0, 8)}`
  return {
    a: { ...PAIR.a, title: `${PAIR.a.title} ${tag}` },
    b: { ...PAIR.b, title: `${PAIR.b.title} ${tag}` },
  }
}

/** Creates a fresh pair (or `pair`) with the form and returns its id and editor cookie. */
export async function createAsEditor(
  pair: { a: { text: string }; b: { text: string } } = freshPair(),
): Promise<Edited> {
  const response = await postForm(pair.a, pair.b)
  expect(response.status).toBe(303)
  const id = (response.headers.get('Location') ?? '').replace('/c/', '')
  const cookies = response.headers.getSetCookie()
  const edit = cookies.find((line) => line.startsWith('cc_edit='))
  expect(edit, 'the creator gets the editor cookie').toBeDefined()
  const token = edit!.split(';')[0].slice('cc_edit='.length)
  return { id, cookie: `cc_edit=${token}`, token }
}

/** Form fields of a flag save. */
export type FlagFields = {
  status?: string
  note?: string
  editor?: string
  version?: number
  side?: string
}

/** Posts a flag save as a same-origin form (add `HX-Request` via `headers` for htmx). */
export function postFlag(
  id: string,
  target: string,
  fields: FlagFields,
  headers: Record<string, string> = {},
) {
  const body = new URLSearchParams()
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined) body.set(key, String(value))
  return request(`/c/${id}/flags/${target}`, {
    method: 'POST',
    body,
    headers: { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
  })
}

/** Rows in the flags table for one comparison. */
export async function countFlagRows(id: string): Promise<number> {
  const row = await env.DB.prepare('SELECT COUNT(*) AS n FROM flags WHERE comparison_id = ?')
    .bind(id)
    .first<{ n: number }>()
  return row?.n ?? 0
}

/** A flaggable match id and a unique claim id of a comparison. */
export async function targetsOf(id: string): Promise<{ match: string; unique: string }> {
  const json = (await (await request(`/api/c/${id}`)).json()) as {
    matches: { id: string }[]
    unique: { a: string[]; b: string[] }
  }
  return { match: json.matches[0].id, unique: json.unique.b[0] ?? json.unique.a[0] }
}
