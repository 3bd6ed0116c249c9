/**
 * Flags counted by status, shown in the summary bar and swapped out of band after every save.
 */

import type { Flag } from '../../src/store/flags'
import { countByStatus } from '../../src/store/flags'
import { FLAG_LABELS, STATUS_ORDER } from '../flag-model'

/** `Flags: 2 Discrepancy · 1 Needs check · 0 Verified · 0 Dismissed`. */
export function FlagCounts(props: { flags: Flag[]; oob?: boolean }) {
  const counts = countByStatus(props.flags)
  return (
    <p class="flag-counts" id="flag-counts" hx-swap-oob={props.oob ? 'true' : undefined}>
      <span class="flag-counts-label">Flags:</span>{' '}
      {STATUS_ORDER.map((status) => (
        <span class={`flag-count flag-${status}`} data-status={status}>
          <span aria-hidden="true">{FLAG_LABELS[status].symbol}</span>{' '}
          <strong>{counts[status]}</strong> {FLAG_LABELS[status].label}
        </span>
      ))}
    </p>
  )
}
