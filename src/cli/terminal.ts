/**
 * The readable terminal report of a comparison: discrepancies first, then agreements, then what
 * only one report says. Colour only when asked (the CLI asks when stdout is a TTY).
 */
import type { Comparison, DiffPart, Match, Report, Sentence } from '../engine/types'

type Paint = (code: string, text: string) => string

const plain: Paint = (_code, text) => text
const ansi: Paint = (code, text) => `\x1b[${code}m${text}\x1b[0m`

const RELATION_CODE = { conflict: '1;31', differ: '33', agree: '32' } as const

function byId(report: Report): Map<string, Sentence> {
  return new Map(report.sentences.map((s) => [s.id, s]))
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function markedSide(diff: DiffPart[], side: 'a' | 'b', paint: Paint): string {
  return oneLine(
    diff
      .filter((p) => (side === 'a' ? !p.added : !p.removed))
      .map((p) => (p.added || p.removed ? paint(side === 'a' ? '9;31' : '4;32', p.value) : p.value))
      .join(''),
  )
}

function renderMatch(m: Match, paint: Paint, color: boolean): string[] {
  const code = RELATION_CODE[m.relation]
  const head = `${paint(code, m.relation.toUpperCase())} ${m.id} (${m.a.join('+')} ~ ${m.b.join('+')}, score ${m.score.toFixed(2)})`
  const lines = [head]
  lines.push(`  A: ${markedSide(m.diff, 'a', color ? paint : plain)}`)
  lines.push(`  B: ${markedSide(m.diff, 'b', color ? paint : plain)}`)
  for (const n of m.notes) lines.push(`  - ${n.message}`)
  return lines
}

/** The terminal report; `color` adds ANSI colours. */
export function renderTerminal(c: Comparison, color = false): string {
  const paint = color ? ansi : plain
  const sa = byId(c.a)
  const sb = byId(c.b)
  const s = c.summary
  const out: string[] = []
  const title = (r: Report, name: string) => r.title ?? `Report ${name}`
  out.push(paint('1', `${title(c.a, 'A')}  vs  ${title(c.b, 'B')}`))
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  out.push(
    `${count(s.relations.conflict, 'conflict', 'conflicts')}, ` +
      `${count(s.relations.differ, 'difference', 'differences')}, ` +
      `${count(s.relations.agree, 'agreement', 'agreements')}; ` +
      `A corroborated ${Math.round(s.corroborated.a * 100)}%, B corroborated ${Math.round(s.corroborated.b * 100)}%`,
  )
  const discrepancies = s.discrepancies
    .map((d) => c.matches.find((m) => m.id === d.match))
    .filter((m): m is Match => m !== undefined)
  if (discrepancies.length > 0) {
    out.push('', paint('1', 'Discrepancies'))
    for (const m of discrepancies) out.push(...renderMatch(m, paint, color))
  }
  const agreements = c.matches.filter((m) => m.relation === 'agree')
  if (agreements.length > 0) {
    out.push('', paint('1', 'Agreements'))
    for (const m of agreements) out.push(...renderMatch(m, paint, color))
  }
  for (const [side, map, label] of [
    ['a', sa, 'Only in A'],
    ['b', sb, 'Only in B'],
  ] as const) {
    const ids = c.unique[side]
    if (ids.length === 0) continue
    out.push('', paint('1', `${label} (${ids.length})`))
    for (const id of ids) out.push(`  ${id}: ${oneLine(map.get(id)?.text ?? '')}`)
  }
  const e = s.entities
  out.push('', paint('1', 'Names'))
  out.push(`  both: ${e.both.join(', ') || '—'}`)
  out.push(`  only A: ${e.onlyA.join(', ') || '—'}`)
  out.push(`  only B: ${e.onlyB.join(', ') || '—'}`)
  return out.join('\n') + '\n'
}
