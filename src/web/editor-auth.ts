/**
 * Who may edit a comparison's flags: requests bearing its editor token, in the path of the editor
 * link, in an HttpOnly cookie scoped to `/c/:id`, or (for scripts) `Authorization: Bearer`. Also
 * the origin check for every flag write, which `csrf()` leaves out for JSON and bodiless requests.
 */

import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { checkEditorToken, issueEditorToken } from '../store/editors'
import type { AppEnv } from './env'

/** Cookie holding the editor token, sent only to `/c/:id` and below. */
export const EDITOR_COOKIE = 'cc_edit'
/** One-shot cookie after a create: `new` shows the editor link once, `before` says why not. */
export const FLASH_COOKIE = 'cc_flash'
/** The editor's name, remembered for the next flag. */
export const NAME_COOKIE = 'cc_name'

const YEAR = 365 * 24 * 3600

function secure(c: Context<AppEnv>): boolean {
  return new URL(c.req.url).protocol === 'https:'
}

/** Stores the editor token in this browser for this comparison only. */
export function setEditorCookie(c: Context<AppEnv>, id: string, token: string): void {
  setCookie(c, EDITOR_COOKIE, token, {
    path: `/c/${id}`,
    httpOnly: true,
    secure: secure(c),
    sameSite: 'Strict',
    maxAge: YEAR,
  })
}

/** The token a request carries: `Authorization: Bearer …` first, else the cookie. */
export function requestToken(c: Context<AppEnv>): { token: string | undefined; bearer: boolean } {
  const header = c.req.header('Authorization')
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1]
  if (bearer) return { token: bearer, bearer: true }
  return { token: getCookie(c, EDITOR_COOKIE), bearer: false }
}

/** True when the request may edit this comparison's flags. */
export async function isEditor(c: Context<AppEnv>, id: string): Promise<boolean> {
  return checkEditorToken(c.env.DB, id, requestToken(c).token)
}

/**
 * True when a state-changing request comes from this origin. Browsers send `Origin` (and
 * `Sec-Fetch-Site`) on every POST, htmx's included; a cookie-borne token is only honoured with
 * them. A bearer token is not ambient, so scripts that send one need neither.
 */
export function fromThisOrigin(c: Context<AppEnv>): boolean {
  if (requestToken(c).bearer) return true
  const site = c.req.header('Sec-Fetch-Site')
  if (site !== undefined && site !== 'same-origin') return false
  const origin = c.req.header('Origin')
  if (origin !== undefined) return origin === new URL(c.req.url).origin
  return site === 'same-origin'
}

/**
 * After a form or the example stores a pair: issue the editor token if the pair has none, keep it
 * in a cookie and flash the editor link once; otherwise flash that the pair was stored before.
 * Answers the 303 to the share link either way.
 */
export async function redirectAfterCreate(c: Context<AppEnv>, id: string): Promise<Response> {
  const token = await issueEditorToken(c.env.DB, id)
  if (token) setEditorCookie(c, id, token)
  const flash = {
    path: `/c/${id}`,
    httpOnly: true,
    secure: secure(c),
    sameSite: 'Lax',
    maxAge: 600,
  } as const
  setCookie(c, FLASH_COOKIE, token ? 'new' : 'before', flash)
  return c.redirect(`/c/${id}`, 303)
}

/** Reads and clears the one-shot flash for this comparison. */
export function takeFlash(c: Context<AppEnv>, id: string): 'new' | 'before' | null {
  const value = getCookie(c, FLASH_COOKIE)
  if (value === undefined) return null
  deleteCookie(c, FLASH_COOKIE, { path: `/c/${id}`, secure: secure(c) })
  return value === 'new' || value === 'before' ? value : null
}

/** The editor name remembered in this browser, or ''. */
export function rememberedName(c: Context<AppEnv>): string {
  return (getCookie(c, NAME_COOKIE) ?? '').slice(0, 80)
}

/** Remembers the editor name for a year. */
export function rememberName(c: Context<AppEnv>, name: string): void {
  if (!name) return
  setCookie(c, NAME_COOKIE, name, {
    path: '/',
    httpOnly: true,
    secure: secure(c),
    sameSite: 'Lax',
    maxAge: YEAR,
  })
}
