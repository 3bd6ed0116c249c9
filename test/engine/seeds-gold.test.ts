import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Gold, scoreAgainstGold } from '../../bench/gold'
import { compare } from '../../src/engine/index'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const a = read('../fixtures/seeds/abc-putin-north-korea.txt')
const b = read('../fixtures/seeds/letter-putin-north-korea.txt')
const gold = JSON.parse(read('../fixtures/seeds/gold-alignment.json')) as Gold

describe('the seeds against their gold alignment', () => {
  const result = compare(a, b)
  const score = scoreAgainstGold(gold, a, b, result)

  it('finds the matching claims with F1 of at least 0.90', () => {
    expect(score.f1, JSON.stringify({ missed: score.missed, extra: score.extra })).toBeGreaterThanOrEqual(0.9)
  })

  it('gets agree vs not agree right on at least 8 of the 9 gold matches', () => {
    expect(score.relationRight).toBeGreaterThanOrEqual(8)
  })

  it('never calls the "unwavering support" trap an agreement', () => {
    expect(score.trapsCalledAgree).toEqual([])
  })

  it('keeps every gold boilerplate line out of the body', () => {
    expect(score.boilerplateInBody).toEqual([])
  })

  it('loses no gold body sentence', () => {
    expect(score.bodyLost).toEqual([])
  })

  it('lists every unmatched body sentence as unique', () => {
    const matched = new Set(result.matches.flatMap((m) => [...m.a, ...m.b]))
    for (const side of ['a', 'b'] as const) {
      const body = result[side].sentences.filter((s) => s.role === 'body').map((s) => s.id)
      expect(result.unique[side]).toEqual(body.filter((id) => !matched.has(id)))
    }
  })

  it('gives the same ids and matches for the same input', () => {
    expect(JSON.stringify(compare(a, b))).toBe(JSON.stringify(result))
  })

  it('rebuilds both claims from every word diff', () => {
    const text = (side: 'a' | 'b', ids: string[]) =>
      ids.map((id) => result[side].sentences.find((s) => s.id === id)?.text).join(' ')
    for (const m of result.matches) {
      expect(m.diff.filter((p) => !p.added).map((p) => p.value).join('')).toBe(text('a', m.a))
      expect(m.diff.filter((p) => !p.removed).map((p) => p.value).join('')).toBe(text('b', m.b))
    }
  })

  it('ranks conflicts before differences in the discrepancy list', () => {
    const rel = result.summary.discrepancies.map((d) => d.relation)
    expect(rel).toEqual([...rel].sort((x, y) => (x === y ? 0 : x === 'conflict' ? -1 : 1)))
  })
})
