/**
 * Figures over a whole comparison: counts per relation, how much of each report the other
 * corroborates, which entities, numbers and dates both or only one report mention, and the
 * discrepancies ranked by how much they matter.
 */
import type { Discrepancy, Match, NoteKind, Overlap, Report, Sentence, Summary } from './types'

// Conflicts before differences; then numbers, dates, quotes and names before wording.
const KIND_WEIGHT: Record<NoteKind, number> = {
  negation: 50,
  number: 45,
  date: 40,
  quote: 35,
  entity: 30,
  attribution: 25,
  detail: 10,
}

function overlap(a: Iterable<string>, b: Iterable<string>): Overlap {
  const sa = new Set(a)
  const sb = new Set(b)
  const sorted = (xs: string[]) => xs.sort((x, y) => x.localeCompare(y))
  return {
    both: sorted([...sa].filter((x) => sb.has(x))),
    onlyA: sorted([...sa].filter((x) => !sb.has(x))),
    onlyB: sorted([...sb].filter((x) => !sa.has(x))),
  }
}

const body = (r: Report) => r.sentences.filter((s) => s.role === 'body')

// "11,000": toLocaleString would do, at a hundred times the cost.
function groupDigits(value: number): string {
  const [whole = '', fraction] = String(Math.round(value * 100) / 100).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction ? `${grouped}.${fraction}` : grouped
}

function numberLabel(value: number, unit: string | null): string {
  const v = groupDigits(value)
  return unit ? `${v} ${unit}` : v
}

const numbersOf = (ss: Sentence[]) =>
  ss.flatMap((s) => s.facts.numbers.map((n) => numberLabel(n.value, n.unit)))
const datesOf = (ss: Sentence[]) => ss.flatMap((s) => s.facts.dates.map((d) => d.value))
const entitiesOf = (ss: Sentence[]) => ss.flatMap((s) => s.facts.entities.map((e) => e.key))

/** Discrepancies of the matches, most important first. */
function rankDiscrepancies(matches: readonly Match[]): Discrepancy[] {
  const out: Discrepancy[] = []
  for (const m of matches) {
    if (m.relation === 'agree') continue
    const top = [...m.notes].sort((x, y) => KIND_WEIGHT[y.kind] - KIND_WEIGHT[x.kind])[0]
    const kind = top?.kind ?? 'detail'
    // Rounded like the score it comes from: 40 + 0.438 * 10 is 44.379999999999995 in floating point
    const raw = (m.relation === 'conflict' ? 100 : 0) + KIND_WEIGHT[kind] + m.score * 10
    const weight = Math.round(raw * 1000) / 1000
    out.push({ match: m.id, relation: m.relation, kind, message: top?.message ?? '', weight })
  }
  return out.sort((x, y) => y.weight - x.weight)
}

/** The summary of a comparison. */
export function summarize(
  a: Report,
  b: Report,
  matches: readonly Match[],
  unique: { a: string[]; b: string[] },
): Summary {
  const ba = body(a)
  const bb = body(b)
  const relations = { agree: 0, differ: 0, conflict: 0 }
  for (const m of matches) relations[m.relation]++
  const share = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 1000)
  return {
    relations,
    body: { a: ba.length, b: bb.length },
    unique: { a: unique.a.length, b: unique.b.length },
    corroborated: {
      a: share(ba.length - unique.a.length, ba.length),
      b: share(bb.length - unique.b.length, bb.length),
    },
    entities: overlap(entitiesOf(ba), entitiesOf(bb)),
    numbers: overlap(numbersOf(ba), numbersOf(bb)),
    dates: overlap(datesOf(ba), datesOf(bb)),
    discrepancies: rankDiscrepancies(matches),
  }
}
