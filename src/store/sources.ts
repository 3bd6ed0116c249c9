/**
 * D1 access for the sources of reports fetched by URL: the requested and final URL, the fetch
 * time and the metadata the extractor found. Every function takes the database first.
 */

import type { ReportInput } from './comparisons'

/** Where a fetched report came from; stored beside the comparison, never refetched. */
export type FetchedSource = {
  /** The URL as the user gave it. */
  requestedUrl: string
  /** The URL the article was read from, after redirects. */
  finalUrl: string
  /** ISO 8601 time the page was read. */
  fetchedAt: string
  /** Headline found on the page, or null. */
  title: string | null
  /** Authors as the page gives them, or null. */
  byline: string | null
  /** Publication date as the page writes it, or null. */
  published: string | null
}

/** The sources of one comparison; null for a side that was pasted. */
export type Sources = { a: FetchedSource | null; b: FetchedSource | null }

type Row = {
  side: 'a' | 'b'
  requested_url: string
  final_url: string
  fetched_at: string
  title: string | null
  byline: string | null
  published: string | null
}

/** The sources stored for comparison `id` (both null when both reports were pasted). */
export async function getSources(db: D1Database, id: string): Promise<Sources> {
  const { results } = await db
    .prepare('SELECT * FROM sources WHERE comparison_id = ?')
    .bind(id)
    .all<Row>()
  const sources: Sources = { a: null, b: null }
  for (const row of results) {
    sources[row.side] = {
      requestedUrl: row.requested_url,
      finalUrl: row.final_url,
      fetchedAt: row.fetched_at,
      title: row.title,
      byline: row.byline,
      published: row.published,
    }
  }
  return sources
}

/**
 * Statements that store the sources of the fetched sides of comparison `id`, written only while
 * that id holds the comparison with this input `hash`, so they can run in one batch with the
 * comparison's own insert. Idempotent: a side already stored is kept as it is, so the first
 * fetch time stays, and a retry fills in what an interrupted request left out.
 */
export function sourceStatements(
  db: D1Database,
  id: string,
  hash: string,
  sides: { a: ReportInput; b: ReportInput },
): D1PreparedStatement[] {
  const statements: D1PreparedStatement[] = []
  for (const side of ['a', 'b'] as const) {
    const source = sides[side].fetched
    if (!source) continue
    statements.push(
      db
        .prepare(
          `INSERT INTO sources
             (comparison_id, side, requested_url, final_url, fetched_at, title, byline, published)
           SELECT ?, ?, ?, ?, ?, ?, ?, ?
           WHERE EXISTS (SELECT 1 FROM comparisons WHERE id = ? AND hash = ?)
           ON CONFLICT DO NOTHING`,
        )
        .bind(
          id,
          side,
          source.requestedUrl,
          source.finalUrl,
          source.fetchedAt,
          source.title,
          source.byline,
          source.published,
          id,
          hash,
        ),
    )
  }
  return statements
}

/** Stores the sources of comparison `id` (see `sourceStatements`). */
export async function saveSources(
  db: D1Database,
  id: string,
  hash: string,
  sides: { a: ReportInput; b: ReportInput },
): Promise<void> {
  const statements = sourceStatements(db, id, hash, sides)
  if (statements.length > 0) await db.batch(statements)
}
