/**
 * Figures over a whole comparison: counts per relation, how much of each report the other
 * corroborates, which entities, numbers and dates both or only one report mention, and the
 * discrepancies ranked by how much they matter.
 */
import type { Discrepancy, Match, Note, NoteKind, Overlap, Report, Summary } from './types'

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

// localeCompare rather than an Intl.Collator's compare: V8 compares plain ASCII text by a fast
// path in localeCompare only, and the collator was four times slower here.
const byLocale = (x: string, y: string) => x.localeCompare(y)

function overlap(sa: ReadonlySet<string>, sb: ReadonlySet<string>): Overlap {
  const both: string[] = []
  const onlyA: string[] = []
  const onlyB: string[] = []
  for (const x of sa) (sb.has(x) ? both : onlyA).push(x)
  for (const x of sb) if (!sa.has(x)) onlyB.push(x)
  return { both: both.sort(byLocale), onlyA: onlyA.sort(byLocale), onlyB: onlyB.sort(byLocale) }
}

// "11,000": toLocaleString would do, at a hundred times the cost.
function groupDigits(value: number): string {
  const text = String(Math.round(value * 100) / 100)
  const dot = text.indexOf('.')
  const whole = dot < 0 ? text : text.slice(0, dot)
  // three characters or fewer have no thousands to group: most figures, spared the pattern
  const grouped = whole.length <= 3 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return dot < 0 || dot === text.length - 1 ? grouped : `${grouped}${text.slice(dot)}`
}

function numberLabel(value: number, unit: string | null): string {
  const v = groupDigits(value)
  return unit ? `${v} ${unit}` : v
}

/** What the body claims of one report mention, each item once, in order of first mention. */
type Mentions = { body: number; entities: Set<string>; numbers: Set<string>; dates: Set<string> }

function mentionsOf(r: Report): Mentions {
  const out: Mentions = { body: 0, entities: new Set(), numbers: new Set(), dates: new Set() }
  for (const s of r.sentences) {
    if (s.role !== 'body') continue
    out.body++
    for (const e of s.facts.entities) out.entities.add(e.key)
    for (const n of s.facts.numbers) out.numbers.add(numberLabel(n.value, n.unit))
    for (const d of s.facts.dates) out.dates.add(d.value)
  }
  return out
}

// The first of the notes of the greatest weight: what a stable sort by weight puts first.
function topNote(notes: readonly Note[]): Note | undefined {
  let top = notes[0]
  for (const n of notes) if (KIND_WEIGHT[n.kind] > KIND_WEIGHT[(top as Note).kind]) top = n
  return top
}

/** Discrepancies of the matches, most important first. */
function rankDiscrepancies(matches: readonly Match[]): Discrepancy[] {
  const out: Discrepancy[] = []
  for (const m of matches) {
    if (m.relation === 'agree') continue
    const top = topNote(m.notes)
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
  const ma = mentionsOf(a)
  const mb = mentionsOf(b)
  const relations = { agree: 0, differ: 0, conflict: 0 }
  for (const m of matches) relations[m.relation]++
  const share = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 1000)
  return {
    relations,
    body: { a: ma.body, b: mb.body },
    unique: { a: unique.a.length, b: unique.b.length },
    corroborated: {
      a: share(ma.body - unique.a.length, ma.body),
      b: share(mb.body - unique.b.length, mb.body),
    },
    entities: overlap(ma.entities, mb.entities),
    numbers: overlap(ma.numbers, mb.numbers),
    dates: overlap(ma.dates, mb.dates),
    discrepancies: rankDiscrepancies(matches),
  }
}
