import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compare } from '../../src/engine/index'

// News-like fragments mixed with arbitrary Unicode, so that claims do match now and then.
const fragment = fc.constantFrom(
  'Putin arrived in Pyongyang on Tuesday.',
  'He said 11,000 containers were shipped.',
  '“We will not back down,” Lavrov told reporters.',
  'Also Read | Something else',
  'The U.N. said 12 people died in the blast on Monday.',
  '\n\n',
  ' ',
)
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.oneof(fragment, fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 25 }).map((xs) => xs.join(' ')),
)

describe('compare on arbitrary input', () => {
  it('never throws and keeps the contract', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const c = compare(a, b)
        expect(c.version).toBe(1)
        for (const side of ['a', 'b'] as const) {
          const ids = new Set(c[side].sentences.map((s) => s.id))
          for (const m of c.matches) for (const id of m[side]) expect(ids.has(id)).toBe(true)
          const body = c[side].sentences.filter((s) => s.role === 'body').map((s) => s.id)
          const matched = new Set(c.matches.flatMap((m) => m[side]))
          expect(c.unique[side]).toEqual(body.filter((id) => !matched.has(id)))
        }
        for (const m of c.matches) {
          expect(m.score).toBeGreaterThanOrEqual(0)
          expect(m.score).toBeLessThanOrEqual(1)
          if (m.relation !== 'agree') expect(m.notes.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 300 },
    )
  })
})
