/**
 * The flag form in a claim's slot: status, note and name, with Save, Cancel and Delete. After a
 * stale save (409) it shows the other editor's version above the form, which keeps what this
 * editor typed, so nothing is lost. Works as an htmx swap and as a plain form post.
 */

import type { Flag, FlagDraft } from '../../src/store/flags'
import { MAX_EDITOR_LENGTH, MAX_NOTE_LENGTH } from '../../src/store/flags'
import { FLAG_LABELS, STATUS_ORDER, slotId } from '../flag-model'
import { FlagView } from './flag-slot'

export type FlagFormProps = {
  id: string
  target: string
  side: 'a' | 'b'
  /** The stored flag being edited, or null for a new one; its version goes in the form. */
  flag: Flag | null
  /** What the editor typed (after an error or a conflict), else the flag's values. */
  draft?: FlagDraft
  /** The name remembered in the cookie, for new flags. */
  editorName?: string
  errors?: string[]
  /** Set after a 409: the version someone else saved (null when they deleted the flag). */
  conflict?: { current: Flag | null }
  /** Where Cancel and a plain post lead back to: `/c/:id#a5`. */
  back: string
}

function ConflictNotice(props: { current: Flag | null }) {
  return (
    <div class="flag-conflict" role="alert">
      <p>
        <strong>Someone else changed this flag while you were editing.</strong>{' '}
        {props.current ? 'Their version:' : 'They deleted it.'}
      </p>
      {props.current && <FlagView flag={props.current} />}
      <p>
        Your version is kept in the form below. Save it to replace theirs, or cancel to keep theirs.
      </p>
    </div>
  )
}

/** The form, wrapped in the slot element so it swaps in and out with `outerHTML`. */
export function FlagForm(props: FlagFormProps) {
  const { id, target, side, flag } = props
  const draft = props.draft ?? {
    status: flag?.status ?? 'discrepancy',
    note: flag?.note ?? '',
    editor: flag?.editor || props.editorName || '',
  }
  // After a conflict the next save applies over the version just shown (0: create it again).
  const version = props.conflict ? (props.conflict.current?.version ?? 0) : (flag?.version ?? 0)
  const slot = slotId(target, side)
  const action = `/c/${id}/flags/${target}`
  const swap = { 'hx-target': `#${slot}`, 'hx-swap': 'outerHTML' }
  const current = props.conflict ? props.conflict.current : flag
  return (
    <span class="flag-slot editing" id={slot}>
      {props.conflict && <ConflictNotice current={props.conflict.current} />}
      {props.errors && props.errors.length > 0 && (
        <ul class="flag-errors" role="alert">
          {props.errors.map((error) => (
            <li>{error}</li>
          ))}
        </ul>
      )}
      <form class="flag-form" method="post" action={action} hx-post={action} {...swap}>
        <input type="hidden" name="version" value={String(version)} />
        <input type="hidden" name="side" value={side} />
        <fieldset class="flag-statuses">
          <legend>Status of {target}</legend>
          {STATUS_ORDER.map((status) => (
            <label class={`flag-choice flag-${status}`}>
              <input type="radio" name="status" value={status} checked={draft.status === status} />{' '}
              {FLAG_LABELS[status].label}
            </label>
          ))}
        </fieldset>
        <label class="flag-field">
          Note <span class="hint">(plain text, up to {MAX_NOTE_LENGTH} characters)</span>
          <textarea name="note" rows={3} maxlength={MAX_NOTE_LENGTH}>
            {draft.note}
          </textarea>
        </label>
        <label class="flag-field">
          Your name
          <input
            type="text"
            name="editor"
            value={draft.editor}
            maxlength={MAX_EDITOR_LENGTH}
            autocomplete="name"
          />
        </label>
        <span class="flag-actions">
          <button type="submit" class="flag-save">
            Save flag
          </button>{' '}
          <a href={props.back} hx-get={`${action}/slot?side=${side}`} {...swap} class="flag-cancel">
            Cancel
          </a>
        </span>
      </form>
      {current && (
        <form
          class="flag-delete"
          method="post"
          action={`${action}/delete`}
          hx-post={`${action}/delete`}
          {...swap}
        >
          <input type="hidden" name="version" value={String(current.version)} />
          <input type="hidden" name="side" value={side} />
          <button type="submit">Delete flag</button>
        </form>
      )}
    </span>
  )
}
