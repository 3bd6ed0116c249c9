/**
 * The discrepancy report `/c/:id/report`: every conflict and difference and every flag, most
 * important first, each with both claims, the word diff, the engine's notes and the editor's flag.
 * Printable: the print stylesheets drop the controls and keep each item on one page.
 */

import type { DiffPart } from '../src/engine/types'
import type { StoredComparison } from '../src/store/comparisons'
import type { Flag } from '../src/store/flags'
import type { ReportItem } from '../src/web/exports/report-items'
import { FLAG_LABELS } from './flag-model'
import { Layout } from './layout'
import { RELATION_CUES, RelationCue } from './partials/claim'
import { ExportLinks } from './partials/editor-bar'
import { FlagCounts } from './partials/flag-counts'
import { FlagView } from './partials/flag-slot'
import { countsLine } from './titles'

function Diff(props: { diff: DiffPart[] }) {
  return (
    <p class="report-diff">
      <span class="sr-only">Word diff: </span>
      {props.diff.map((part) =>
        part.removed ? <del>{part.value}</del> : part.added ? <ins>{part.value}</ins> : part.value,
      )}
    </p>
  )
}

function Item(props: { item: ReportItem; titles: { a: string; b: string }; id: string }) {
  const { item, titles } = props
  const status = item.flag ? `${FLAG_LABELS[item.flag.status].label} · ` : ''
  return (
    <li class={`report-item rel-${item.relation}`} id={`item-${item.target}`}>
      <h3>
        <RelationCue relation={item.relation} /> {status}
        {RELATION_CUES[item.relation].label} ·{' '}
        <a href={`/c/${props.id}#${item.a.ids[0] ?? item.b.ids[0]}`}>{item.target}</a>
      </h3>
      {item.a.ids.length > 0 && (
        <blockquote class="report-a">
          <strong>A</strong> ({titles.a}): {item.a.text}
        </blockquote>
      )}
      {item.b.ids.length > 0 && (
        <blockquote class="report-b">
          <strong>B</strong> ({titles.b}): {item.b.text}
        </blockquote>
      )}
      {item.kind === 'match' && <Diff diff={item.diff} />}
      {item.notes.length > 0 && (
        <ul class="report-notes">
          {item.notes.map((note) => (
            <li>{note.message}</li>
          ))}
        </ul>
      )}
      {item.flag && <FlagView flag={item.flag} />}
    </li>
  )
}

/** The report page. */
export function ReportPage(props: {
  stored: StoredComparison
  flags: Flag[]
  items: ReportItem[]
  titles: { a: string; b: string }
  url: string
}) {
  const { stored, titles, items } = props
  const heading = `Discrepancy report: ${titles.a} vs ${titles.b}`
  return (
    <Layout title={`${heading} · crosscheck`}>
      <link rel="stylesheet" href="/flags.css" />
      <article class="report-page">
        <h1>{heading}</h1>
        <p>
          {countsLine(stored)}. Comparison: <a href={`/c/${stored.id}`}>{props.url}</a>
        </p>
        <FlagCounts flags={props.flags} />
        <ExportLinks id={stored.id} report={false} />
        {items.length === 0 ? (
          <p>No conflicts, differences or flags.</p>
        ) : (
          <ol class="report-items">
            {items.map((item) => (
              <Item item={item} titles={titles} id={stored.id} />
            ))}
          </ol>
        )}
      </article>
    </Layout>
  )
}
