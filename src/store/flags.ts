/**
 * D1 access for editors' flags on matches and unique claims. Every function takes the database
 * first. Writes go through `db.batch` (one transaction), so the flag and its history row are
 * written together or not at all, and every update names the version it edited.
 */

/** What an editor says about a claim. */
export const FlagStatus = {
  discrepancy: 'discrepancy',
  needs_check: 'needs_check',
  verified: 'verified',
  dismissed: 'dismissed',
} as const
export type FlagStatus = (typeof FlagStatus)[keyof typeof FlagStatus]

/** Most flags one comparison may hold (documented in the README); past it a save is refused. */
export const MAX_FLAGS_PER_COMPARISON = 200
/** Longest note, in characters (also a CHECK in migrations/0003_flags.sql). */
export const MAX_NOTE_LENGTH = 2000
/** Longest editor name, in characters. */
export const MAX_EDITOR_LENGTH = 80

/** A stored flag. */
export type Flag = {
  /** Random id of the flag. */
  id: string
  /** The comparison it belongs to. */
  comparisonId: string
  /** What it flags: a match id (`m3`) or a unique claim's sentence id (`a5`, `b7`). */
  target: string
  status: FlagStatus
  /** Plain text; line breaks kept; may be empty. */
  note: string
  /** The editor's name as typed; may be empty. */
  editor: string
  /** 1 when created, one more on every save. */
  version: number
  /** ISO 8601 time of creation. */
  createdAt: string
  /** ISO 8601 time of the last save. */
  updatedAt: string
}

/** The fields an editor sets. */
export type FlagDraft = { status: FlagStatus; note: string; editor: string }

/** Outcome of a save: the stored flag, or why nothing was written. */
export type SaveResult =
  | { ok: true; flag: Flag; created: boolean }
  /** Someone saved or deleted the flag since `version` was read; `current` is null if deleted. */
  | { ok: false; reason: 'conflict'; current: Flag | null }
  /** The comparison already holds `limit` flags. */
  | { ok: false; reason: 'limit'; limit: number }

/** Outcome of a delete. */
export type DeleteResult = { ok: true } | { ok: false; reason: 'conflict'; current: Flag | null }

type Row = {
  id: string
  comparison_id: string
  target: string
  status: FlagStatus
  note: string
  editor: string
  version: number
  created_at: string
  updated_at: string
}

function fromRow(row: Row): Flag {
  return {
    id: row.id,
    comparisonId: row.comparison_id,
    target: row.target,
    status: row.status,
    note: row.note,
    editor: row.editor,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

const HISTORY = `INSERT INTO flag_history (flag_id, comparison_id, target, action, status, note, editor, version, at)
  SELECT id, comparison_id, target, ?, status, note, editor, version, ? FROM flags`

/** Every flag of a comparison, oldest first. */
export async function listFlags(db: D1Database, comparisonId: string): Promise<Flag[]> {
  const { results } = await db
    .prepare('SELECT * FROM flags WHERE comparison_id = ? ORDER BY created_at, rowid')
    .bind(comparisonId)
    .all<Row>()
  return results.map(fromRow)
}

/** The flag on one target, or null. */
export async function getFlag(
  db: D1Database,
  comparisonId: string,
  target: string,
): Promise<Flag | null> {
  const row = await db
    .prepare('SELECT * FROM flags WHERE comparison_id = ? AND target = ?')
    .bind(comparisonId, target)
    .first<Row>()
  return row ? fromRow(row) : null
}

/**
 * Creates (`version` 0) or updates (`version` = the version the editor started from) the flag on
 * `target`. A stale version, or a create when a flag exists, writes nothing and answers `conflict`.
 *
 * @example saveFlag(db, 'k3x9m2qa', 'm4', { status: 'discrepancy', note: '', editor: 'Ana' }, 0, now)
 */
export async function saveFlag(
  db: D1Database,
  comparisonId: string,
  target: string,
  draft: FlagDraft,
  version: number,
  now: string,
): Promise<SaveResult> {
  const { status, note, editor } = draft
  if (version === 0) {
    const id = crypto.randomUUID()
    // The count and the insert are one statement, so concurrent creates cannot pass the limit.
    const [insert] = await db.batch([
      db
        .prepare(
          `INSERT INTO flags (id, comparison_id, target, status, note, editor, version, created_at, updated_at)
           SELECT ?, ?, ?, ?, ?, ?, 1, ?, ? WHERE (SELECT COUNT(*) FROM flags WHERE comparison_id = ?) < ?
           ON CONFLICT (comparison_id, target) DO NOTHING`,
        )
        .bind(
          id,
          comparisonId,
          target,
          status,
          note,
          editor,
          now,
          now,
          comparisonId,
          MAX_FLAGS_PER_COMPARISON,
        ),
      db.prepare(`${HISTORY} WHERE id = ?`).bind('create', now, id),
    ])
    if (insert.meta.changes > 0) {
      const flag = await getFlag(db, comparisonId, target)
      if (flag) return { ok: true, flag, created: true }
    }
    const current = await getFlag(db, comparisonId, target)
    if (current) return { ok: false, reason: 'conflict', current }
    return { ok: false, reason: 'limit', limit: MAX_FLAGS_PER_COMPARISON }
  }
  // Both statements are conditional on the same version, so they apply together or not at all.
  const [, update] = await db.batch([
    db
      .prepare(`${HISTORY} WHERE comparison_id = ? AND target = ? AND version = ?`)
      .bind('update', now, comparisonId, target, version),
    db
      .prepare(
        `UPDATE flags SET status = ?, note = ?, editor = ?, version = version + 1, updated_at = ?
         WHERE comparison_id = ? AND target = ? AND version = ?`,
      )
      .bind(status, note, editor, now, comparisonId, target, version),
  ])
  const current = await getFlag(db, comparisonId, target)
  if (update.meta.changes > 0 && current) return { ok: true, flag: current, created: false }
  return { ok: false, reason: 'conflict', current }
}

/** Deletes the flag on `target` if it is still at `version`. */
export async function deleteFlag(
  db: D1Database,
  comparisonId: string,
  target: string,
  version: number,
  now: string,
): Promise<DeleteResult> {
  const [, removal] = await db.batch([
    db
      .prepare(`${HISTORY} WHERE comparison_id = ? AND target = ? AND version = ?`)
      .bind('delete', now, comparisonId, target, version),
    db
      .prepare('DELETE FROM flags WHERE comparison_id = ? AND target = ? AND version = ?')
      .bind(comparisonId, target, version),
  ])
  if (removal.meta.changes > 0) return { ok: true }
  return { ok: false, reason: 'conflict', current: await getFlag(db, comparisonId, target) }
}

/** Flags per status, for the summary bar. */
export function countByStatus(flags: Flag[]): Record<FlagStatus, number> {
  const counts: Record<FlagStatus, number> = {
    discrepancy: 0,
    needs_check: 0,
    verified: 0,
    dismissed: 0,
  }
  for (const flag of flags) counts[flag.status]++
  return counts
}
