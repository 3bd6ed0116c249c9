/**
 * The discrepancy list (conflicts first, then differences, by weight), each item linking to its
 * claims, and the tables of entities, numbers and dates found in both reports or only one.
 */

import type { Comparison, Overlap } from '../../src/engine/types'
import { RelationCue } from './claim'

/** Conflicts and differences in order of importance, linking to the claims in both columns. */
export function DiscrepancyList(props: { comparison: Comparison }) {
  const { comparison } = props
  const matches = new Map(comparison.matches.map((match) => [match.id, match]))
  const items = [...comparison.summary.discrepancies].sort(
    (x, y) => Number(y.relation === 'conflict') - Number(x.relation === 'conflict') || y.weight - x.weight,
  )
  return (
    <section class="discrepancies" aria-labelledby="discrepancies-title">
      <h2 id="discrepancies-title">Discrepancies</h2>
      {items.length === 0 ? (
        <p>The engine found no conflicts or differences between matched claims.</p>
      ) : (
        <ol>
          {items.map((item) => {
            const match = matches.get(item.match)
            const first = match?.a[0]
            const peer = match?.b[0]
            return (
              <li class={`rel-${item.relation}`}>
                <RelationCue relation={item.relation} />{' '}
                {first ? <a href={`#${first}`} data-claim={first}>{item.message}</a> : item.message}
                {peer && (
                  <>
                    {' '}
                    <a class="peer-link" href={`#${peer}`} data-claim={peer}>
                      (in B)
                    </a>
                  </>
                )}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}

function Cell(props: { items: string[] }) {
  if (props.items.length === 0) return <td class="none">none</td>
  return (
    <td>
      <ul>
        {props.items.map((item) => (
          <li>{item}</li>
        ))}
      </ul>
    </td>
  )
}

/** Entities, numbers and dates: in both reports, only in A, only in B. */
export function FactTables(props: { comparison: Comparison; titles: { a: string; b: string } }) {
  const { summary } = props.comparison
  const rows: [string, Overlap][] = [
    ['People, organisations, places', summary.entities],
    ['Numbers', summary.numbers],
    ['Dates and times', summary.dates],
  ]
  return (
    <section class="facts" aria-labelledby="facts-title">
      <h2 id="facts-title">Names, numbers and dates</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">In both</th>
              <th scope="col">Only in A</th>
              <th scope="col">Only in B</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, overlap]) => (
              <tr>
                <th scope="row">{name}</th>
                <Cell items={overlap.both} />
                <Cell items={overlap.onlyA} />
                <Cell items={overlap.onlyB} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
