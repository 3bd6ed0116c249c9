/**
 * The editors' routes: the secret editor link, and showing, saving and deleting one flag. Every
 * write needs the editor token and this origin (403 otherwise, nothing written). Each answers an
 * htmx fragment, a full page round trip (303 back) or JSON, by what the request asks for.
 */

import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { checkEditorToken } from '../../store/editors'
import { deleteFlag, getFlag, saveFlag } from '../../store/flags'
import { FlagSlotView } from '../../../views/partials/flag-slot'
import {
  fromThisOrigin,
  isEditor,
  rememberName,
  rememberedName,
  setEditorCookie,
} from '../editor-auth'
import type { AppEnv } from '../env'
import { jsonError } from '../errors'
import { checkFlagInput, findTarget } from '../flag-input'
import { anchor, formResponse, isJson, readBody, refuse, sideOf, written } from '../flag-responses'
import type { Ctx, Loaded } from '../flag-responses'
import { loadComparison } from './comparison'

export const editor = new Hono<AppEnv>()

async function load(c: Ctx): Promise<Loaded | Response> {
  const stored = await loadComparison(c, c.req.param('id') ?? '')
  if (!stored) return refuse(c, 404, 'There is no comparison at this address.')
  const target = findTarget(stored.result, c.req.param('target') ?? '')
  if (!target) return refuse(c, 404, 'This comparison has no match or unique claim with that id.')
  return { stored, target }
}

/** Loads and checks a write: this origin, the editor token. */
async function loadForWrite(c: Ctx): Promise<Loaded | Response> {
  const loaded = await load(c)
  if (loaded instanceof Response) return loaded
  if (!fromThisOrigin(c))
    return refuse(c, 403, 'This request came from another site and was refused.')
  if (!(await isEditor(c, loaded.stored.id))) {
    return refuse(c, 403, 'Only the editor link of this comparison can change its flags.')
  }
  return loaded
}

// The editor link: check the token, keep it in a cookie for this comparison, and go to the page
// without the token in the address bar (or in history and Referer headers).
editor.get('/c/:id/edit/:token', async (c) => {
  c.header('Cache-Control', 'no-store')
  c.header('Referrer-Policy', 'no-referrer')
  const stored = await loadComparison(c, c.req.param('id'))
  if (!stored) return refuse(c, 404, 'There is no comparison at this address.')
  const token = c.req.param('token')
  if (!(await checkEditorToken(c.env.DB, stored.id, token))) {
    return refuse(
      c,
      403,
      'This editor link is not valid for this comparison. Check that it was copied whole.',
    )
  }
  setEditorCookie(c, stored.id, token)
  return c.redirect(`/c/${stored.id}`, 303)
})

editor.get('/c/:id/flags/:target/slot', async (c) => {
  const loaded = await load(c)
  if (loaded instanceof Response) return loaded
  const { stored, target } = loaded
  const side = sideOf(target, c.req.query('side') === 'b' ? 'b' : 'a')
  const flag = await getFlag(c.env.DB, stored.id, target.id)
  const editable = await isEditor(c, stored.id)
  return c.html(
    <FlagSlotView id={stored.id} target={target.id} side={side} flag={flag} editable={editable} />,
  )
})

editor.get('/c/:id/flags/:target', async (c) => {
  const loaded = await load(c)
  if (loaded instanceof Response) return loaded
  const { stored, target } = loaded
  if (!(await isEditor(c, stored.id)))
    return refuse(c, 403, 'Only the editor link of this comparison can flag claims.')
  const side = sideOf(target, c.req.query('side') === 'b' ? 'b' : 'a')
  const flag = await getFlag(c.env.DB, stored.id, target.id)
  const back = `/c/${stored.id}#${anchor(target, side)}`
  const form = { id: stored.id, target: target.id, side, flag, editorName: rememberedName(c), back }
  return formResponse(c, loaded, form, 200)
})

const smallBody = bodyLimit({
  maxSize: 16 * 1024,
  onError: (c) => c.text('The flag is too large.', 413),
})

editor.post('/c/:id/flags/:target', smallBody, async (c) => {
  const loaded = await loadForWrite(c)
  if (loaded instanceof Response) return loaded
  const { stored, target } = loaded
  const body = await readBody(c)
  const check = checkFlagInput(body ?? {})
  const side = sideOf(target, body?.side === 'b' ? 'b' : 'a')
  const back = `/c/${stored.id}#${anchor(target, side)}`
  if (!body || !check.ok) {
    const errors = check.ok ? ['The flag could not be read.'] : check.errors
    if (isJson(c)) return jsonError(c, 400, 'invalid', errors.join(' '))
    const flag = await getFlag(c.env.DB, stored.id, target.id)
    const draft = {
      status: 'discrepancy' as const,
      note: String(body?.note ?? ''),
      editor: String(body?.editor ?? ''),
    }
    return formResponse(
      c,
      loaded,
      { id: stored.id, target: target.id, side, flag, draft, errors, back },
      400,
    )
  }
  const { draft, version } = check.input
  const result = await saveFlag(
    c.env.DB,
    stored.id,
    target.id,
    draft,
    version,
    new Date().toISOString(),
  )
  if (result.ok) {
    rememberName(c, draft.editor)
    if (isJson(c)) return c.json({ flag: result.flag }, result.created ? 201 : 200)
    return written(c, loaded, side, result.flag, result.created ? 201 : 200)
  }
  const form = { id: stored.id, target: target.id, side, flag: null, draft, back }
  if (result.reason === 'limit') {
    const message =
      `This comparison already has ${result.limit} flags, the most one comparison can hold. ` +
      'Delete a flag you no longer need before adding another.'
    if (isJson(c)) return jsonError(c, 422, 'flag_limit', message)
    return formResponse(c, loaded, { ...form, errors: [message] }, 422)
  }
  if (isJson(c)) {
    const message = 'Someone else changed this flag since your version; nothing was saved.'
    return c.json(
      {
        error: { code: 'conflict', message },
        current: result.current,
        yours: { ...draft, version },
      },
      409,
    )
  }
  return formResponse(c, loaded, { ...form, conflict: { current: result.current } }, 409)
})

editor.post('/c/:id/flags/:target/delete', smallBody, async (c) => {
  const loaded = await loadForWrite(c)
  if (loaded instanceof Response) return loaded
  const { stored, target } = loaded
  const body = (await readBody(c)) ?? {}
  const version = Number(body.version ?? -1)
  const side = sideOf(target, body.side === 'b' ? 'b' : 'a')
  const result = await deleteFlag(c.env.DB, stored.id, target.id, version, new Date().toISOString())
  if (result.ok) return isJson(c) ? c.json({ deleted: true }) : written(c, loaded, side, null, 200)
  if (isJson(c)) {
    const message = 'Someone else changed this flag since your version; it was not deleted.'
    return c.json({ error: { code: 'conflict', message }, current: result.current }, 409)
  }
  const back = `/c/${stored.id}#${anchor(target, side)}`
  const current = result.current
  if (!current) return written(c, loaded, side, null, 200)
  const draft = { status: current.status, note: current.note, editor: current.editor }
  const form = {
    id: stored.id,
    target: target.id,
    side,
    flag: current,
    draft,
    back,
    conflict: { current },
  }
  return formResponse(c, loaded, form, 409)
})
