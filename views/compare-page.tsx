/**
 * The comparison page `/c/:id`: summary bar, legend, share link, the two columns with filters,
 * the discrepancy list and the tables of names, numbers and dates.
 */

import { ENGINE_VERSION } from '../src/engine/version'
import type { StoredComparison } from '../src/store/comparisons'
import type { Editing } from '../src/web/editing'
import { FlagContext, flagState } from './flag-model'
import { Layout } from './layout'
import type { Filter } from './model'
import { ClaimsSection } from './partials/claims-section'
import { DiscrepancyList, FactTables } from './partials/discrepancies'
import { EditorBar } from './partials/editor-bar'
import { EngineNotice } from './partials/engine-notice'
import { FlagCounts } from './partials/flag-counts'
import { Legend, SummaryBar } from './partials/summary-bar'
import { countsLine, previewTitle, reportTitle } from './titles'

/** The whole page; `origin` makes the share link and `og:url` absolute. */
export function ComparePage(props: { stored: StoredComparison; filter: Filter; origin: string; editing?: Editing }) {
  const { stored, filter } = props
  const editing = props.editing ?? { flags: [], editable: false }
  const titles = { a: reportTitle(stored, 'a'), b: reportTitle(stored, 'b') }
  const shareUrl = `${props.origin}/c/${stored.id}`
  const title = previewTitle(stored)
  const meta = {
    title,
    description: `crosscheck compared “${titles.a}” with “${titles.b}”: ${countsLine(stored)}.`,
    url: shareUrl,
  }
  return (
    <Layout title={`${title} · crosscheck`} meta={meta}>
      <FlagContext.Provider value={flagState(stored.id, editing.flags, editing.editable)}>
      <article class="comparison" data-id={stored.id}>
        <header class="comparison-head">
          <h1>
            <span class="title-a">{titles.a}</span> <span class="vs">vs</span>{' '}
            <span class="title-b">{titles.b}</span>
          </h1>
          <p class="share">
            <label for="share-url">Share link</label>
            <input id="share-url" type="text" readonly value={shareUrl} />
            <span class="print-only">{shareUrl}</span>
            <a href={`/c/${stored.id}.json`} class="json-link">
              JSON
            </a>
          </p>
        </header>
        {stored.engineVersion < ENGINE_VERSION && <EngineNotice id={stored.id} version={stored.engineVersion} />}
        <EditorBar id={stored.id} {...editing} />
        <SummaryBar summary={stored.result.summary} titles={titles}>
          <FlagCounts flags={editing.flags} />
        </SummaryBar>
        <Legend />
        <p id="selection-status" class="sr-only" aria-live="polite"></p>
        <ClaimsSection stored={stored} titles={titles} filter={filter} />
        <div class="overview">
          <DiscrepancyList comparison={stored.result} />
          <FactTables comparison={stored.result} titles={titles} />
        </div>
      </article>
      </FlagContext.Provider>
    </Layout>
  )
}
