/**
 * A claim's flag slot: the flag's status, note, editor and time (read-only for everyone), and for
 * editors a link that swaps in the flag form with htmx (or opens the flag page without JS).
 */

import { useContext } from 'hono/jsx'
import type { Flag } from '../../src/store/flags'
import { FLAG_LABELS, FlagContext, shortTime, slotId, slotTarget } from '../flag-model'
import type { ClaimView } from '../model'

/** The status badge, note and who set it. Notes keep their line breaks (CSS `pre-line`). */
export function FlagView(props: { flag: Flag }) {
  const { flag } = props
  const cue = FLAG_LABELS[flag.status]
  return (
    <span class={`flag flag-${flag.status}`} data-status={flag.status}>
      <span class="flag-status">
        <span aria-hidden="true">{cue.symbol}</span> {cue.label}
      </span>
      {flag.note && <span class="flag-note">{flag.note}</span>}
      <span class="flag-meta">
        {flag.editor ? `${flag.editor}, ` : ''}
        <time datetime={flag.updatedAt}>{shortTime(flag.updatedAt)}</time>
      </span>
    </span>
  )
}

/** Props of a slot rendered outside the page (route fragments, out-of-band swaps). */
export type SlotProps = {
  id: string
  target: string
  side: 'a' | 'b'
  flag: Flag | null
  editable: boolean
  /** Mark for an htmx out-of-band swap. */
  oob?: boolean
}

/** The slot, given everything explicitly. */
export function FlagSlotView(props: SlotProps) {
  const { id, target, side, flag, editable } = props
  if (!flag && !editable) return null
  const href = `/c/${id}/flags/${target}?side=${side}`
  return (
    <span class="flag-slot" id={slotId(target, side)} hx-swap-oob={props.oob ? 'true' : undefined}>
      {flag && <FlagView flag={flag} />}
      {editable && (
        <a
          class="flag-edit"
          href={href}
          hx-get={href}
          hx-target={`#${slotId(target, side)}`}
          hx-swap="outerHTML"
          data-target={target}
        >
          {flag ? 'Edit flag' : 'Flag'}
        </a>
      )}
    </span>
  )
}

/** The slot after a claim in a column, from the page's flag context. */
export function FlagSlot(props: { claim: ClaimView }) {
  const state = useContext(FlagContext)
  const target = slotTarget(props.claim)
  if (!target || !state.id) return null
  const side = props.claim.sentence.id[0] as 'a' | 'b'
  const flag = state.flags.get(target) ?? null
  return (
    <FlagSlotView id={state.id} target={target} side={side} flag={flag} editable={state.editable} />
  )
}
