/**
 * One claim (sentence) in a report column, with its relation shown by colour and by a symbol and
 * words, so colour is never the only signal. Article text is only ever rendered as JSX text.
 */

import type { ClaimRelation, ClaimView } from '../model'
import { FlagSlot } from './flag-slot'

/** Symbol and words for each relation; the legend uses the same table. */
export const RELATION_CUES: Record<ClaimRelation, { symbol: string; label: string; hint: string }> = {
  agree: { symbol: '=', label: 'agrees', hint: 'The other report says the same.' },
  differ: { symbol: '≈', label: 'differs', hint: 'The other report says it with different details.' },
  conflict: { symbol: '≠', label: 'conflicts', hint: 'The other report contradicts this.' },
  unique: { symbol: '+', label: 'only here', hint: 'The other report does not say this.' },
}

/** The symbol badge with its words for screen readers and as a tooltip. */
export function RelationCue(props: { relation: ClaimRelation }) {
  const cue = RELATION_CUES[props.relation]
  return (
    <span class={`cue cue-${props.relation}`} title={cue.hint}>
      <span aria-hidden="true">{cue.symbol}</span>
      <span class="sr-only">{cue.label}:</span>
    </span>
  )
}

/** A body claim: focusable, with its counterparts in `data-peers` for the page script. */
export function Claim(props: { claim: ClaimView }) {
  const { claim } = props
  const { sentence, relation } = claim
  if (relation === null) return <span id={sentence.id}>{sentence.text}</span>
  return (
    <>
      <span
        class={`claim rel-${relation}`}
        id={sentence.id}
        tabindex={0}
        data-rel={relation}
        data-peers={claim.peers.join(' ')}
        data-match={claim.match?.id}
        hx-disable="true"
      >
        <RelationCue relation={relation} />
        {claim.pieces.map((piece) => (piece.marked ? <mark class="wd">{piece.text}</mark> : piece.text))}
      </span>
      {claim.notes.length > 0 && (
        <span class="notes">
          {claim.notes.map((note) => (
            <span class={`note note-${note.kind}`}>{note.message}</span>
          ))}
        </span>
      )}
      <FlagSlot claim={claim} />{' '}
    </>
  )
}
