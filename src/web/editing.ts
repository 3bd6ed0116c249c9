/**
 * What a comparison page needs to know about the viewer and the flags: the flags, whether this
 * browser is the editor, and the one-shot messages after creating (the editor link, shown once,
 * or why a second creator of the same pair is not its editor).
 */

import type { Context } from 'hono'
import { listFlags } from '../store/flags'
import type { Flag } from '../store/flags'
import { isEditor, requestToken, takeFlash } from './editor-auth'
import type { AppEnv } from './env'

/** The editors' part of a page. */
export type Editing = {
  flags: Flag[]
  /** True when this browser holds the editor token. */
  editable: boolean
  /** The absolute editor link, on the first view after creating only. */
  editorLink?: string
  /** True after re-creating a pair someone else had stored, for a viewer who is not the editor. */
  storedBefore?: boolean
}

/** Reads flags, the token and the flash for `/c/:id`; marks editor pages private and uncached. */
export async function editingFor(
  c: Context<AppEnv>,
  id: string,
  consumeFlash = true,
): Promise<Editing> {
  const [flags, editable] = await Promise.all([listFlags(c.env.DB, id), isEditor(c, id)])
  const flash = consumeFlash ? takeFlash(c, id) : null
  const editing: Editing = { flags, editable }
  if (editable) c.header('Cache-Control', 'private, no-store')
  if (editable && flash === 'new') {
    editing.editorLink = `${new URL(c.req.url).origin}/c/${id}/edit/${requestToken(c).token}`
  }
  if (!editable && flash === 'before') editing.storedBefore = true
  return editing
}
