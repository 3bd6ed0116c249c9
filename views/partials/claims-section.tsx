/**
 * The filterable part of a comparison page: the filter links, the phone toggle between reports and
 * the two columns. htmx requests for `?show=` get this fragment alone; other requests the full page.
 */

import type { Comparison } from '../../src/engine/types'
import type { StoredComparison } from '../../src/store/comparisons'
import type { Filter } from '../model'
import { claimViews } from '../model'
import { ReportColumn } from './report-column'

const FILTERS: { value: Filter; label: string }[] = [
  { value: 'all', label: 'All claims' },
  { value: 'differ', label: 'Differences and conflicts' },
  { value: 'unique', label: 'Only in one report' },
]

/** The page URL for a filter: `/c/k3x9m2qa?show=differ`, or the bare page for `all`. */
export function filterHref(id: string, filter: Filter): string {
  return filter === 'all' ? `/c/${id}` : `/c/${id}?show=${filter}`
}

function Filters(props: { id: string; filter: Filter }) {
  return (
    <nav class="filters" aria-label="Filter claims">
      <span class="filters-label">Show:</span>
      {FILTERS.map(({ value, label }) => (
        <a
          href={filterHref(props.id, value)}
          hx-get={filterHref(props.id, value)}
          hx-target="#claims"
          hx-swap="outerHTML"
          hx-push-url="true"
          class={value === props.filter ? 'filter active' : 'filter'}
          aria-current={value === props.filter ? 'page' : undefined}
          data-filter={value}
        >
          {label}
        </a>
      ))}
    </nav>
  )
}

// Pure CSS (`:has(:checked)`): on a phone one column at a time; without the toggle both stack.
function PhoneToggle() {
  return (
    <fieldset class="view-toggle">
      <legend class="sr-only">Which report to show</legend>
      <input type="radio" name="view" id="view-both" value="both" checked />
      <label for="view-both">Both</label>
      <input type="radio" name="view" id="view-a" value="a" />
      <label for="view-a">Report A</label>
      <input type="radio" name="view" id="view-b" value="b" />
      <label for="view-b">Report B</label>
    </fieldset>
  )
}

/** Filters, phone toggle and both columns, wrapped in `#claims` (the htmx swap target). */
export function ClaimsSection(props: {
  stored: StoredComparison
  titles: { a: string; b: string }
  filter: Filter
}) {
  const { stored, titles, filter } = props
  const comparison: Comparison = stored.result
  return (
    <div id="claims" class="claims" data-filter={filter}>
      <div class="claims-bar">
        <Filters id={stored.id} filter={filter} />
        <PhoneToggle />
      </div>
      <div class="columns">
        <ReportColumn side="a" title={titles.a} input={stored.a} claims={claimViews(comparison, 'a')} filter={filter} />
        <ReportColumn side="b" title={titles.b} input={stored.b} claims={claimViews(comparison, 'b')} filter={filter} />
      </div>
    </div>
  )
}
