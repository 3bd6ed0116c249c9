/**
 * How two matched claims relate: `agree`, `differ` (same claim, other details) or `conflict`
 * (both cannot be true), with a note for every detail that differs.
 *
 * Facts are compared slot by slot: numbers that count the same unit, dates of the same kind,
 * names of the same kind, quotes of the same words, who said it, negation, and the direction of
 * relational nouns ("X's support for Y"). A pair with no slot in dispute still differs when its
 * score falls below the fitted agreement threshold, the STS line between "mostly equivalent" and
 * "roughly equivalent, important information differs"; its note names the details only one has.
 */
import type { Facts, Note, NoteKind, NumberFact, Relation, Sentence } from './types'
import { contentKeys } from './words'
import { directionsOf, reversedDirection } from './direction'

/** Relation and notes of one matched pair. */
export type Related = { relation: Relation; notes: Note[] }

/** Thresholds of relation, from the fitted model. */
export type RelateOptions = { agreeThreshold: number }

function merge(sentences: readonly Sentence[]): Facts {
  const out: Facts = { numbers: [], dates: [], entities: [], quotes: [], negated: false, attribution: null }
  for (const s of sentences) {
    out.numbers.push(...s.facts.numbers)
    out.dates.push(...s.facts.dates)
    out.entities.push(...s.facts.entities)
    out.quotes.push(...s.facts.quotes)
    out.negated ||= s.facts.negated
    out.attribution ??= s.facts.attribution
  }
  return out
}

const numberLabel = (n: NumberFact) => n.text

function byUnit(numbers: readonly NumberFact[]): Map<string, NumberFact[]> {
  const map = new Map<string, NumberFact[]>()
  for (const n of numbers) {
    if (n.unit === null) continue
    const unit = `${n.unit}${(n as { ordinal?: boolean }).ordinal ? '#' : ''}`
    map.set(unit, [...(map.get(unit) ?? []), n])
  }
  return map
}

function compatible(x: NumberFact, y: NumberFact): boolean {
  if (x.value === y.value) return true
  if (!x.approximate && !y.approximate) return false
  const lo = Math.min(x.value, y.value)
  return Math.abs(x.value - y.value) <= 0.5 * Math.max(lo, 1)
}

function compareNumbers(a: Facts, b: Facts): Array<{ note: Note; hard: boolean }> {
  const out: Array<{ note: Note; hard: boolean }> = []
  const ua = byUnit(a.numbers)
  const ub = byUnit(b.numbers)
  for (const [unit, xs] of ua) {
    const ys = ub.get(unit)
    if (!ys) continue
    if (xs.some((x) => ys.some((y) => compatible(x, y)))) continue
    const av = xs.map(numberLabel).join(', ')
    const bv = ys.map(numberLabel).join(', ')
    const hard = xs.every((x) => !x.approximate) && ys.every((y) => !y.approximate)
    out.push({ note: note('number', av, bv), hard })
  }
  return out
}

function compareDates(a: Facts, b: Facts): Array<{ note: Note; hard: boolean }> {
  const out: Array<{ note: Note; hard: boolean }> = []
  const kinds = new Set(a.dates.map((d) => d.kind))
  for (const kind of kinds) {
    const xs = a.dates.filter((d) => d.kind === kind)
    const ys = b.dates.filter((d) => d.kind === kind)
    if (ys.length === 0) continue
    const values = new Set(ys.map((d) => d.value))
    if (xs.some((x) => values.has(x.value) || [...values].some((v) => overlaps(x.value, v)))) continue
    const av = xs.map((d) => d.text).join(', ')
    const bv = ys.map((d) => d.text).join(', ')
    out.push({ note: note('date', av, bv), hard: kind !== 'relative' })
  }
  return out
}

// "06-19/06-20" covers "06-19": a range and a day inside it are consistent.
function overlaps(x: string, y: string): boolean {
  const [x0, x1 = x0] = x.split('/')
  const [y0, y1 = y0] = y.split('/')
  if (x0 === undefined || y0 === undefined) return false
  return x0 <= (y1 as string) && y0 <= (x1 as string) && x0.length === y0.length
}

const NAMED_TYPES = ['person', 'place'] as const

function compareEntities(a: Facts, b: Facts): Note[] {
  const out: Note[] = []
  for (const type of NAMED_TYPES) {
    const xa = new Set(a.entities.filter((e) => e.type === type).map((e) => e.key))
    const xb = new Set(b.entities.filter((e) => e.type === type).map((e) => e.key))
    const onlyA = [...xa].filter((k) => !xb.has(k))
    const onlyB = [...xb].filter((k) => !xa.has(k))
    // Another name in the same slot: both add a name of this kind the other lacks.
    if (onlyA.length > 0 && onlyB.length > 0 && xa.size === xb.size) {
      out.push(note('entity', onlyA.join(', '), onlyB.join(', ')))
    }
  }
  return out
}

function compareQuotes(a: Facts, b: Facts): Note[] {
  const out: Note[] = []
  for (const qa of a.quotes) {
    const ka = contentKeys(qa.text)
    if (ka.size < 3) continue
    for (const qb of b.quotes) {
      const kb = contentKeys(qb.text)
      if (kb.size < 3) continue
      let shared = 0
      for (const k of ka) if (kb.has(k)) shared++
      if (shared / Math.min(ka.size, kb.size) < 0.5) continue
      const wa = words(qa.text)
      const wb = words(qb.text)
      if (wa !== wb && !wa.includes(wb) && !wb.includes(wa)) {
        out.push(note('quote', qa.text, qb.text))
      }
      if (qa.speaker && qb.speaker && qa.speaker !== qb.speaker) {
        out.push(note('attribution', qa.speaker, qb.speaker))
      }
    }
  }
  return out
}

const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

const LABELS: Record<NoteKind, string> = {
  number: 'number',
  date: 'date',
  entity: 'name',
  quote: 'quote',
  negation: 'negation',
  attribution: 'attribution',
  detail: 'detail',
}

function note(kind: NoteKind, a: string | null, b: string | null, message?: string): Note {
  const show = (v: string | null) => (v === null ? '(not stated)' : kind === 'quote' ? `“${v}”` : v)
  return { kind, a, b, message: message ?? `${LABELS[kind]}: ${show(a)} vs ${show(b)}` }
}

function detailNote(a: Facts, b: Facts, textA: string, textB: string): Note {
  const only = (xs: string[], ys: Set<string>) => [...new Set(xs.filter((x) => !ys.has(x)))]
  const factsOf = (f: Facts) => [
    ...f.entities.map((e) => e.key),
    ...f.numbers.map((n) => n.text),
    ...f.dates.map((d) => d.text),
  ]
  const fa = factsOf(a)
  const fb = factsOf(b)
  let onlyA = only(fa, new Set(fb))
  let onlyB = only(fb, new Set(fa))
  if (onlyA.length === 0 && onlyB.length === 0) {
    const ka = contentKeys(textA)
    const kb = contentKeys(textB)
    onlyA = textWords(textA).filter((w) => !kb.has(w.key)).map((w) => w.word)
    onlyB = textWords(textB).filter((w) => !ka.has(w.key)).map((w) => w.word)
  }
  const av = onlyA.slice(0, 6).join(', ') || null
  const bv = onlyB.slice(0, 6).join(', ') || null
  return note('detail', av, bv, `detail: only A: ${av ?? '—'}; only B: ${bv ?? '—'}`)
}

function textWords(text: string): Array<{ word: string; key: string }> {
  const seen = new Set<string>()
  const out: Array<{ word: string; key: string }> = []
  for (const word of text.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []) {
    const [key] = contentKeys(word)
    if (key === undefined || seen.has(key)) continue
    seen.add(key)
    out.push({ word, key })
  }
  return out
}

/**
 * Relation of claims `a` (from report A) and `b` (from report B) that alignment matched.
 *
 * @example relateClaims([a], [b], 0.9, { agreeThreshold: 0.8 }) // { relation: 'conflict', notes: [...] }
 */
export function relateClaims(
  a: readonly Sentence[],
  b: readonly Sentence[],
  score: number,
  options: RelateOptions,
): Related {
  const fa = merge(a)
  const fb = merge(b)
  const textA = a.map((s) => s.text).join(' ')
  const textB = b.map((s) => s.text).join(' ')
  const notes: Note[] = []
  let conflict = false

  if (fa.negated !== fb.negated) {
    notes.push(note('negation', fa.negated ? 'negated' : 'affirmed', fb.negated ? 'negated' : 'affirmed'))
    conflict = true
  }
  for (const { note: n, hard } of [...compareNumbers(fa, fb), ...compareDates(fa, fb)]) {
    notes.push(n)
    // Different values of the same quantity or date in one claim cannot both be true.
    if (hard && score >= options.agreeThreshold) conflict = true
  }
  notes.push(...compareQuotes(fa, fb), ...compareEntities(fa, fb))
  if (fa.attribution && fb.attribution && fa.attribution !== fb.attribution) {
    if (!notes.some((n) => n.kind === 'attribution')) {
      notes.push(note('attribution', fa.attribution, fb.attribution))
    }
  }
  const reversed = reversedDirection(directionsOf(textA, fa), directionsOf(textB, fb))
  if (reversed) {
    notes.push(note('detail', reversed.a, reversed.b, `direction: ${reversed.a} vs ${reversed.b}`))
  }
  if (notes.length === 0 && score < options.agreeThreshold) notes.push(detailNote(fa, fb, textA, textB))
  const relation: Relation = conflict ? 'conflict' : notes.length > 0 ? 'differ' : 'agree'
  return { relation, notes }
}
