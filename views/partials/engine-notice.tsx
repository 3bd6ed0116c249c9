/**
 * On a comparison an earlier engine made: says so, and offers to compare the same two reports
 * again with today's engine (a new comparison; this one keeps its findings and flags).
 */

import { ENGINE_VERSION } from '../../src/engine/version'

export function EngineNotice(props: { id: string; version: number }) {
  return (
    <aside class="engine-notice" aria-label="Engine version">
      <p>
        An earlier version of crosscheck’s engine made this comparison (engine {props.version};
        today’s is engine {ENGINE_VERSION}), so today’s engine may align or judge some claims
        differently. This page keeps what was found then, with any flags on it.
      </p>
      <form method="post" action={`/c/${props.id}/again`}>
        <button type="submit">Compare again with today’s engine</button>
      </form>
    </aside>
  )
}
