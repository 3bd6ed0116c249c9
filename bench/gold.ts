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

/** Scores `pred` for the texts `a` and `b` against `gold`. */
export function scoreAgainstGold(gold: Gold, a: string, b: string, pred: Comparison): GoldScore {
  const texts = { a, b }
  const pos = new Map<string, { side: 'a' | 'b'; at: number }>()
  for (const side of ['a', 'b'] as const) {
    for (const [id, snip] of Object.entries(gold.sentences[side])) {
      const at = texts[side].indexOf(snip)
      if (at < 0) throw new Error(`gold snippet ${id} not in text`)
      pos.set(id, { side, at })
    }
  }
  const owners = new Map<string, string[]>()
  for (const side of ['a', 'b'] as const) {
    for (const s of pred[side].sentences) {
      owners.set(
        s.id,
        [...pos].filter(([, p]) => p.side === side && s.start <= p.at && p.at < s.end).map(([id]) => id),
      )
    }
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
  const precision = tp.length + fp === 0 ? 0 : tp.length / (tp.length + fp)
  const recall = match.size === 0 ? 1 : tp.length / match.size
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
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
  const bodyLost = [...pos]
    .filter(([, p]) => at(p.side, p.at)?.role !== 'body')
    .map(([id]) => id)
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
