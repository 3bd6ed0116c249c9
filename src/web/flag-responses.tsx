/**
 * How the flag routes answer: an htmx fragment (the slot, out-of-band swaps of the other column
 * and the counts), a full page round trip (303 back, or the flag page after a refusal) or JSON.
 */

import type { Context } from 'hono'
import { ErrorPage } from '../../views/error-page'
import { FlagPage } from '../../views/flag-page'
import { FlagCounts } from '../../views/partials/flag-counts'
import { FlagForm } from '../../views/partials/flag-form'
import type { FlagFormProps } from '../../views/partials/flag-form'
import { FlagSlotView } from '../../views/partials/flag-slot'
import { reportTitle } from '../../views/titles'
import type { StoredComparison } from '../store/comparisons'
import { listFlags } from '../store/flags'
import type { Flag } from '../store/flags'
import type { AppEnv } from './env'
import { jsonError } from './errors'
import type { FlagTarget } from './flag-input'

/** The route context. */
export type Ctx = Context<AppEnv>
/** A comparison and the flag target a route names. */
export type Loaded = { stored: StoredComparison; target: FlagTarget }

/** True for JSON bodies (answered as JSON). */
export const isJson = (c: Ctx) => /^application\/json\b/i.test(c.req.header('Content-Type') ?? '')
/** True for htmx requests (answered with fragments). */
export const isHtmx = (c: Ctx) => c.req.header('HX-Request') === 'true'

/** 403 or 404 as JSON or as a page. */
export function refuse(c: Ctx, status: 403 | 404, message: string) {
  if (isJson(c)) return jsonError(c, status, status === 403 ? 'forbidden' : 'not_found', message)
  const heading = status === 403 ? 'Not allowed' : 'Not found'
  return c.html(<ErrorPage heading={heading} message={message} />, status)
}

/** The claim a flag's column scrolls to: the match's first claim on `side`, or the claim. */
export function anchor(target: FlagTarget, side: 'a' | 'b'): string {
  return target.kind === 'match' ? (target.match[side][0] ?? target.match.a[0]) : target.id
}

/** The column of a flag: a unique claim's own side, else the side the request names. */
export function sideOf(target: FlagTarget, side: 'a' | 'b'): 'a' | 'b' {
  return target.kind === 'claim' ? target.side : side
}

/** The form: an htmx fragment, or the flag page for a plain request. */
export function formResponse(
  c: Ctx,
  loaded: Loaded,
  form: FlagFormProps,
  status: 200 | 400 | 409 | 422,
) {
  if (isHtmx(c)) return c.html(<FlagForm {...form} />, status)
  const { stored, target } = loaded
  const titles = { a: reportTitle(stored, 'a'), b: reportTitle(stored, 'b') }
  return c.html(<FlagPage stored={stored} target={target} titles={titles} form={form} />, status)
}

/** After a write: the slot, the other column's slot and the counts (htmx), or 303 back. */
export async function written(
  c: Ctx,
  loaded: Loaded,
  side: 'a' | 'b',
  flag: Flag | null,
  status: 200 | 201,
) {
  const { stored, target } = loaded
  if (!isHtmx(c)) return c.redirect(`/c/${stored.id}#${anchor(target, side)}`, 303)
  const flags = await listFlags(c.env.DB, stored.id)
  const slot = { id: stored.id, target: target.id, flag, editable: true }
  return c.html(
    <>
      <FlagSlotView {...slot} side={side} />
      {target.kind === 'match' && <FlagSlotView {...slot} side={side === 'a' ? 'b' : 'a'} oob />}
      <FlagCounts flags={flags} oob />
    </>,
    status,
  )
}

/** The body as an object, from JSON or a form; null when unreadable. */
export async function readBody(c: Ctx): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = isJson(c) ? await c.req.json() : await c.req.parseBody()
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}
