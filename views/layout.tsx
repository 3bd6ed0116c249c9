/**
 * The HTML shell of every page: head with meta tags, styles and the two scripts (htmx and the
 * page's own script), both served from public/ because the CSP allows scripts from 'self' only.
 */

import type { Child } from 'hono/jsx'

/** Link-preview metadata (Open Graph and Twitter cards). */
export type Meta = {
  /** The preview title: `Report A vs Report B — 3 conflicts, 5 differences, 9 agreements`. */
  title: string
  description: string
  /** Absolute URL of the page. */
  url?: string
}

// htmx would otherwise inject its indicator <style>, which the CSP (style-src 'self') refuses.
const HTMX_CONFIG = JSON.stringify({
  includeIndicatorStyles: false,
  allowEval: false,
  historyCacheSize: 0,
})

/** The page shell; `title` goes in <title>, `meta` in the preview tags. */
export function Layout(props: { title: string; meta?: Meta; children: Child }) {
  const meta = props.meta
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <meta name="htmx-config" content={HTMX_CONFIG} />
        {meta && <meta name="description" content={meta.description} />}
        {meta && <meta property="og:type" content="article" />}
        {meta && <meta property="og:site_name" content="crosscheck" />}
        {meta && <meta property="og:title" content={meta.title} />}
        {meta && <meta property="og:description" content={meta.description} />}
        {meta?.url && <meta property="og:url" content={meta.url} />}
        {meta && <meta name="twitter:card" content="summary" />}
        {meta && <meta name="twitter:title" content={meta.title} />}
        {meta && <meta name="twitter:description" content={meta.description} />}
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/style.css" />
        <link rel="stylesheet" href="/print.css" media="print" />
        <script src="/vendor/htmx.min.js" defer></script>
        <script src="/app.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <a class="brand" href="/">
            crosscheck
          </a>
          <span class="tagline">two reports, claim by claim</span>
        </header>
        <main id="main">{props.children}</main>
        <footer class="site">
          <p>
            crosscheck compares what two reports state. It does not know which one is right.{' '}
            <a href="/api">JSON API</a>
          </p>
        </footer>
      </body>
    </html>
  )
}
