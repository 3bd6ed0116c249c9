/**
 * Where a report fetched by URL came from: a link to the original, the headline, byline and date
 * the page gave, and when crosscheck read it. Everything here comes from the page and is escaped
 * by hono/jsx like the article text.
 */

import type { FetchedSource } from '../../src/store/sources'

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/**
 * A date as people read it, or the page's own words when they are not a date.
 *
 * @example readableDate('2026-03-14T08:30:00Z') // '14 March 2026 at 08:30 UTC'
 */
export function readableDate(value: string): string {
  const time = Date.parse(value)
  if (Number.isNaN(time)) return value
  // "2026-03-14" names a day, not midnight UTC.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return DATE.format(time)
  return `${DATE_TIME.format(time)} UTC`
}

/** The original's address as a link, only for http(s) (the guard fetched nothing else). */
function OriginalLink(props: { url: string }) {
  let href: string | null = null
  try {
    const url = new URL(props.url)
    href = url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    href = null
  }
  if (href === null) return <span class="source-url">{props.url}</span>
  return (
    <a class="source-url" href={href} rel="noopener noreferrer nofollow">
      {props.url}
    </a>
  )
}

/** The source block of one fetched report. */
export function SourceMeta(props: { source: FetchedSource; side: 'a' | 'b' }) {
  const { source, side } = props
  const redirected = source.finalUrl !== source.requestedUrl
  return (
    <dl class="fetched-source" id={`source-${side}`}>
      <dt>Original</dt>
      <dd>
        <OriginalLink url={source.finalUrl} />
        {redirected && <span class="redirected"> (asked for {source.requestedUrl})</span>}
      </dd>
      {source.title && (
        <>
          <dt>Headline</dt>
          <dd class="source-title">{source.title}</dd>
        </>
      )}
      {source.byline && (
        <>
          <dt>By</dt>
          <dd class="source-byline">{source.byline}</dd>
        </>
      )}
      {source.published && (
        <>
          <dt>Published</dt>
          <dd class="source-published">
            <time datetime={source.published}>{readableDate(source.published)}</time>
          </dd>
        </>
      )}
      <dt>Text</dt>
      <dd class="source-fetched">
        fetched at <time datetime={source.fetchedAt}>{readableDate(source.fetchedAt)}</time>, kept
        with this comparison
      </dd>
    </dl>
  )
}
