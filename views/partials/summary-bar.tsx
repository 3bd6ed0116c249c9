/**
 * The summary bar on top of a comparison: counts per relation, how much of each report the other
 * corroborates, and the legend of colours and symbols.
 */

import type { Child } from 'hono/jsx'
import type { Summary } from '../../src/engine/types'
import type { ClaimRelation } from '../model'
import { percent } from '../titles'
import { RELATION_CUES, RelationCue } from './claim'

const ORDER: ClaimRelation[] = ['conflict', 'differ', 'agree', 'unique']

function count(summary: Summary, relation: ClaimRelation): number {
  if (relation === 'unique') return summary.unique.a + summary.unique.b
  return summary.relations[relation]
}

const NAMES: Record<ClaimRelation, [one: string, many: string]> = {
  conflict: ['conflict', 'conflicts'],
  differ: ['difference', 'differences'],
  agree: ['agreement', 'agreements'],
  unique: ['claim in one report only', 'claims in one report only'],
}

/** Counts and corroboration, as a list of figures. */
export function SummaryBar(props: { summary: Summary; titles: { a: string; b: string }; children?: Child }) {
  const { summary, titles } = props
  return (
    <section class="summary" aria-label="Summary">
      <ul class="counts">
        {ORDER.map((relation) => {
          const n = count(summary, relation)
          return (
            <li class={`count rel-${relation}`}>
              <RelationCue relation={relation} />
              <strong>{n}</strong> {NAMES[relation][n === 1 ? 0 : 1]}
            </li>
          )
        })}
      </ul>
      <p class="corroboration">
        <span>
          <strong>{percent(summary.corroborated.a)}</strong> of {titles.a} is corroborated by Report B
        </span>
        <span>
          <strong>{percent(summary.corroborated.b)}</strong> of {titles.b} is corroborated by Report A
        </span>
      </p>
      {props.children}
    </section>
  )
}

/** What each colour and symbol means. */
export function Legend() {
  return (
    <details class="legend" open>
      <summary>Legend</summary>
      <ul>
        {ORDER.map((relation) => (
          <li class={`rel-${relation}`}>
            <span class={`swatch claim rel-${relation}`}>
              <RelationCue relation={relation} />
              {RELATION_CUES[relation].label}
            </span>{' '}
            {RELATION_CUES[relation].hint}
          </li>
        ))}
        <li>
          <mark class="wd">marked words</mark> differ between the two claims.
        </li>
      </ul>
    </details>
  )
}
