/**
 * The items of a discrepancy report, in order of importance: every conflict and difference the
 * engine found, and every flagged match or unique claim, each with both claims, the word diff,
 * the engine's notes and the editor's flag. The page, Markdown and CSV exports all read this.
 */

import type { DiffPart, Note, Relation } from '../../engine/types'
import type { StoredComparison } from '../../store/comparisons'
import type { Flag, FlagStatus } from '../../store/flags'

/** One entry of the report. */
export type ReportItem = {
  /** The match id (`m3`) or unique claim id (`a5`). */
  target: string
  kind: 'match' | 'claim'
  /** The engine's relation; `unique` for a claim only one report makes. */
  relation: Relation | 'unique'
  /** Sentence ids and their text in report A (empty for a claim only in B). */
  a: { ids: string[]; text: string }
  b: { ids: string[]; text: string }
  /** Word-level diff from A to B (empty for unique claims). */
  diff: DiffPart[]
  /** What differs, as the engine says. */
  notes: Note[]
  flag: Flag | null
  /** The engine's discrepancy weight (0 when it lists none). */
  weight: number
}

/**
 * Rank groups, most important first. An editor's word outranks the engine's: flagged
 * discrepancies, then claims to check, then what the engine found that nobody has looked at,
 * then verified and dismissed items. Within a group: conflicts, differences, unique claims,
 * agreements; then the engine's weight; then document order.
 */
const GROUP: Record<FlagStatus | 'none', number> = {
  discrepancy: 0,
  needs_check: 1,
  none: 2,
  verified: 3,
  dismissed: 4,
}
const RELATION: Record<ReportItem['relation'], number> = {
  conflict: 0,
  differ: 1,
  unique: 2,
  agree: 3,
}

function textOf(stored: StoredComparison, side: 'a' | 'b', ids: string[]): string {
  const byId = new Map(
    stored.result[side].sentences.map((sentence) => [sentence.id, sentence.text]),
  )
  return ids.map((id) => byId.get(id) ?? '').join(' ')
}

/** Every match, in order, as a report item (the CSV lists them all). */
export function matchItems(stored: StoredComparison, flags: Map<string, Flag>): ReportItem[] {
  const weights = new Map(
    stored.result.summary.discrepancies.map((item) => [item.match, item.weight]),
  )
  return stored.result.matches.map((match) => ({
    target: match.id,
    kind: 'match',
    relation: match.relation,
    a: { ids: match.a, text: textOf(stored, 'a', match.a) },
    b: { ids: match.b, text: textOf(stored, 'b', match.b) },
    diff: match.diff,
    notes: match.notes,
    flag: flags.get(match.id) ?? null,
    weight: weights.get(match.id) ?? 0,
  }))
}

/** Flagged unique claims, A's then B's, in document order. */
export function flaggedClaimItems(
  stored: StoredComparison,
  flags: Map<string, Flag>,
): ReportItem[] {
  const items: ReportItem[] = []
  for (const side of ['a', 'b'] as const) {
    for (const id of stored.result.unique[side]) {
      const flag = flags.get(id)
      if (!flag) continue
      const claim = { ids: [id], text: textOf(stored, side, [id]) }
      const none = { ids: [], text: '' }
      items.push({
        target: id,
        kind: 'claim',
        relation: 'unique',
        a: side === 'a' ? claim : none,
        b: side === 'b' ? claim : none,
        diff: [],
        notes: [],
        flag,
        weight: 0,
      })
    }
  }
  return items
}

/** The report's items: conflicts, differences and flagged items, most important first. */
export function reportItems(stored: StoredComparison, flagList: Flag[]): ReportItem[] {
  const flags = new Map(flagList.map((flag) => [flag.target, flag]))
  const all = [...matchItems(stored, flags), ...flaggedClaimItems(stored, flags)]
  const kept = all.filter(
    (item) => item.flag || item.relation === 'conflict' || item.relation === 'differ',
  )
  const order = new Map(all.map((item, index) => [item.target, index]))
  return kept.sort(
    (x, y) =>
      GROUP[x.flag?.status ?? 'none'] - GROUP[y.flag?.status ?? 'none'] ||
      RELATION[x.relation] - RELATION[y.relation] ||
      y.weight - x.weight ||
      order.get(x.target)! - order.get(y.target)!,
  )
}
