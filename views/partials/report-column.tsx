/**
 * One report's column: title, source, and its text as headings, paragraphs of claims and the
 * dropped page furniture behind a toggle. The article text sits inside `hx-disable`.
 */

import { useContext } from 'hono/jsx'
import type { ReportInput } from '../../src/store/comparisons'
import { FlagContext } from '../flag-model'
import type { ClaimView, Filter } from '../model'
import { blocks, keeps } from '../model'
import { Claim } from './claim'
import { SourceMeta } from './source-meta'

/** A link only for http(s) URLs; anything else (`javascript:` included) stays plain text. */
function SourceLine(props: { source: string | null | undefined }) {
  const source = props.source
  if (!source) return null
  let url: URL | null = null
  try {
    url = /^https?:\/\//i.test(source) ? new URL(source) : null
  } catch {
    url = null
  }
  return (
    <p class="source">
      Source:{' '}
      {url ? (
        <a href={url.href} rel="noopener noreferrer nofollow">
          {source}
        </a>
      ) : (
        source
      )}
    </p>
  )
}

export type ColumnProps = {
  side: 'a' | 'b'
  title: string
  input: ReportInput
  claims: ClaimView[]
  filter: Filter
}

/** The column for one report; claims the filter leaves out are not rendered. */
export function ReportColumn(props: ColumnProps) {
  const { side, filter } = props
  const shown = props.claims.filter((claim) => keeps(filter, claim.relation))
  const hidden = props.claims.length - shown.length
  return (
    <section class={`column column-${side}`} id={`column-${side}`} aria-labelledby={`title-${side}`}>
      <header class="column-head">
        <p class="side-label">{side === 'a' ? 'Report A' : 'Report B'}</p>
        <h2 id={`title-${side}`}>{props.title}</h2>
        <SourceLine source={props.input.source} />
        {props.input.fetched && <SourceMeta source={props.input.fetched} side={side} />}
        {hidden > 0 && (
          <p class="filtered-note">
            {hidden} {hidden === 1 ? 'sentence' : 'sentences'} hidden by the filter.
          </p>
        )}
      </header>
      {/* Editors' flag controls use htmx, so then each claim carries its own hx-disable. */}
      <div class="article" hx-disable={useContext(FlagContext).editable ? undefined : 'true'}>
        {blocks(shown).map((block) => {
          if (block.kind === 'heading') {
            return (
              <h3 class="article-heading">
                {block.claims.map((claim) => (
                  <Claim claim={claim} />
                ))}
              </h3>
            )
          }
          if (block.kind === 'dropped') {
            const count = block.claims.length
            return (
              <details class="dropped">
                <summary>
                  Page furniture left out of the comparison ({count} {count === 1 ? 'line' : 'lines'})
                </summary>
                <p>
                  {block.claims.map((claim) => (
                    <Claim claim={claim} />
                  ))}
                </p>
              </details>
            )
          }
          return (
            <p>
              {block.claims.map((claim) => (
                <Claim claim={claim} />
              ))}
            </p>
          )
        })}
        {shown.every((claim) => claim.relation === null) && (
          <p class="empty-filter">No claims in this report match the filter.</p>
        )}
      </div>
    </section>
  )
}
