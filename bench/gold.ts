/**
 * Scores a comparison against a hand-made gold alignment, as ../shared/tools/score-alignment.py
 * does: gold names sentences by snippets; a predicted sentence owns every snippet whose first
 * character lies in its span. Used by the seeds test, `npm run eval` and the fit.
 */
import type { Comparison, Sentence } from '../src/engine/types'

/** The gold file's shape (the parts scored). */
export type Gold = {
  sentences: { a: Record<string, string>; b: Record<string, string> }
  match: Array<{ a: string; b: string; relation: 'agree' | 'differ' | 'either' }>
  related?: Array<{ a: string; b: string }>
  traps?: Array<{ a: string; b: string }>
  boilerplate?: { a?: string[]; b?: string[] }
  headings?: { a?: string[]; b?: string[] }
}

/** The figures the engine issue asks for. */
export type GoldScore = {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
  /** Matches whose relation is right (agree vs not agree). */
  relationRight: number
  missed: string[]
  extra: string[]
  trapsCalledAgree: string[]
  boilerplateInBody: string[]
  bodyLost: string[]
}

/** Where each gold snippet of `side` begins in `text`, as `[id, offset]` in the gold file's order. */
export function snippetOffsets(gold: Gold, side: 'a' | 'b', text: string): [string, number][] {
  return Object.entries(gold.sentences[side]).map(([id, snip]) => {
    const at = text.indexOf(snip)
    if (at < 0) throw new Error(`gold snippet ${id} not in text`)
    return [id, at]
  })
}

/** The gold ids a span owns: those of the snippets whose first character lies in it. */
export function ownedIds(
  offsets: readonly [string, number][],
  span: { start: number; end: number },
): string[] {
  return offsets.filter(([, at]) => span.start <= at && at < span.end).map(([id]) => id)
}

/** Precision, recall and F1 of `tp` gold pairs found and `fp` others, out of `total` gold pairs. */
export function pairFigures(tp: number, fp: number, total: number) {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = total === 0 ? 1 : tp / total
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** Scores `pred` for the texts `a` and `b` against `gold`. */
export function scoreAgainstGold(gold: Gold, a: string, b: string, pred: Comparison): GoldScore {
  const texts = { a, b }
  const offsets = { a: snippetOffsets(gold, 'a', a), b: snippetOffsets(gold, 'b', b) }
  const owners = new Map<string, string[]>()
  for (const side of ['a', 'b'] as const) {
    for (const s of pred[side].sentences) owners.set(s.id, ownedIds(offsets[side], s))
  }
  const at = (side: 'a' | 'b', k: number): Sentence | undefined =>
    pred[side].sentences.find((s) => s.start <= k && k < s.end)
  const key = (x: string, y: string) => `${x}-${y}`
  const match = new Map(gold.match.map((m) => [key(m.a, m.b), m.relation]))
  const related = new Set((gold.related ?? []).map((r) => key(r.a, r.b)))
  const predicted = new Map<string, string>()
  let junk = 0
  for (const m of pred.matches) {
    for (const sa of m.a) {
      for (const sb of m.b) {
        const ga = owners.get(sa) ?? []
        const gb = owners.get(sb) ?? []
        if (ga.length === 0 || gb.length === 0) {
          junk++
          continue
        }
        for (const x of ga) for (const y of gb) predicted.set(key(x, y), m.relation)
      }
    }
  }
  const tp = [...predicted.keys()].filter((p) => match.has(p))
  const extra = [...predicted.keys()].filter((p) => !match.has(p) && !related.has(p)).sort()
  const missed = [...match.keys()].filter((p) => !predicted.has(p))
  const fp = extra.length + junk
  const { precision, recall, f1 } = pairFigures(tp.length, fp, match.size)
  const sameRelation = (g: string, p: string) => g === 'either' || (g === 'agree') === (p === 'agree')
  const relationRight = tp.filter((p) => sameRelation(match.get(p) as string, predicted.get(p) as string)).length
  const trapsCalledAgree = (gold.traps ?? [])
    .map((t) => key(t.a, t.b))
    .filter((p) => predicted.get(p) === 'agree')
  const boilerplateInBody: string[] = []
  for (const side of ['a', 'b'] as const) {
    for (const snip of gold.boilerplate?.[side] ?? []) {
      const s = at(side, texts[side].indexOf(snip))
      if (s !== undefined && s.role === 'body') boilerplateInBody.push(snip.trim())
    }
  }
  const bodyLost = (['a', 'b'] as const).flatMap((side) =>
    offsets[side].filter(([, k]) => at(side, k)?.role !== 'body').map(([id]) => id),
  )
  return {
    tp: tp.length,
    fp,
    fn: missed.length,
    precision,
    recall,
    f1,
    relationRight,
    missed,
    extra,
    trapsCalledAgree,
    boilerplateInBody,
    bodyLost,
  }
}
