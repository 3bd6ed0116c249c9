/**
 * D1 access for stored comparisons. Every function takes the database first.
 */

import type { Comparison } from '../engine/types'
import { ENGINE_VERSION } from '../engine/version'
import { ID_LENGTH, idFromHash } from './id'
import type { FetchedSource } from './sources'
import { getSources, sourceStatements } from './sources'

/** One side of a submission, as the user gave it. */
export type ReportInput = {
  /** The report's text, exactly as pasted. */
  text: string
  /** Title given by the user, if any. */
  title?: string | null
  /** Source name or URL given by the user, if any. */
  source?: string | null
  /** Where the text was fetched from, when the user gave a URL instead of text. */
  fetched?: FetchedSource | null
}

/** A comparison as stored: the inputs and the engine's output. */
export type StoredComparison = {
  /** Short content-derived id, used in `/c/:id`. */
  id: string
  /** SHA-256 of the inputs (see `hashInputs`). */
  hash: string
  a: ReportInput
  b: ReportInput
  /** The engine's output when the pair was first stored. */
  result: Comparison
  /** The version of the engine that made `result` (`ENGINE_VERSION` then). */
  engineVersion: number
  /** ISO 8601 time of the first store. */
  createdAt: string
}

type Row = {
  id: string
  hash: string
  a_text: string
  a_title: string | null
  a_source: string | null
  b_text: string
  b_title: string | null
  b_source: string | null
  result: string
  engine_version: number
  created_at: string
}

function fromRow(row: Row): StoredComparison {
  return {
    id: row.id,
    hash: row.hash,
    a: { text: row.a_text, title: row.a_title, source: row.a_source },
    b: { text: row.b_text, title: row.b_title, source: row.b_source },
    result: JSON.parse(row.result) as Comparison,
    engineVersion: row.engine_version,
    createdAt: row.created_at,
  }
}

/** The stored comparison with this id, or null. */
export async function getComparison(db: D1Database, id: string): Promise<StoredComparison | null> {
  const row = await db.prepare('SELECT * FROM comparisons WHERE id = ?').bind(id).first<Row>()
  if (!row) return null
  const stored = fromRow(row)
  // Pasted reports have no source row and keep the shape they were stored with.
  const sources = await getSources(db, id)
  if (sources.a) stored.a.fetched = sources.a
  if (sources.b) stored.b.fetched = sources.b
  return stored
}

/** The id of the comparison stored for this input hash, or null. */
export async function findIdByHash(db: D1Database, hash: string): Promise<string | null> {
  const row = await db
    .prepare('SELECT id FROM comparisons WHERE hash = ?')
    .bind(hash)
    .first<{ id: string }>()
  return row ? row.id : null
}

/**
 * Stores a comparison once, with the sources of its fetched sides in the same batch (all or
 * nothing), and returns its id. When the pair is already stored (even by a concurrent request)
 * the existing id is returned; when the short id is taken by another pair, a longer prefix of
 * the hash is used.
 */
export async function saveComparison(
  db: D1Database,
  entry: { hash: string; a: ReportInput; b: ReportInput; result: Comparison },
): Promise<string> {
  for (let length = ID_LENGTH; length <= 52; length += 4) {
    const id = idFromHash(entry.hash, length)
    const insert = db
      .prepare(
        `INSERT INTO comparisons
           (id, hash, a_text, a_title, a_source, b_text, b_title, b_source, result, engine_version)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      )
      .bind(
        id,
        entry.hash,
        entry.a.text,
        entry.a.title ?? null,
        entry.a.source ?? null,
        entry.b.text,
        entry.b.title ?? null,
        entry.b.source ?? null,
        JSON.stringify(entry.result),
        ENGINE_VERSION,
      )
    const [outcome] = await db.batch([insert, ...sourceStatements(db, id, entry.hash, entry)])
    if (outcome && outcome.meta.changes > 0) return id
    const existing = await findIdByHash(db, entry.hash)
    if (existing) return existing
  }
  throw new Error(`no free id for hash ${entry.hash}`)
}

/** How many comparisons are stored (for tests and health checks). */
export async function countComparisons(db: D1Database): Promise<number> {
  const row = await db.prepare('SELECT COUNT(*) AS n FROM comparisons').first<{ n: number }>()
  return row?.n ?? 0
}
