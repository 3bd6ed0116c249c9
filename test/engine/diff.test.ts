import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffClaims } from '../../src/engine/diff'

const rebuild = (parts: ReturnType<typeof diffClaims>, side: 'a' | 'b') =>
  parts.filter((p) => (side === 'a' ? !p.added : !p.removed)).map((p) => p.value).join('')

describe('word diffs of paired claims', () => {
  it('marks a changed word in both claims', () => {
    expect(diffClaims('a two-day trip', 'a two-day stay')).toEqual([
      { value: 'a two-day ' },
      { value: 'trip', removed: true },
      { value: 'stay', added: true },
    ])
  })

  it('keeps the words in common when most words differ', () => {
    const parts = diffClaims('Police said 12 people died on Monday.', 'On Monday, 15 people died, police said.')
    const common = parts.filter((p) => !p.added && !p.removed).map((p) => p.value.trim())
    expect(common.join(' ')).toMatch(/people died/)
  })

  it('keeps the text of the claims exactly', () => {
    expect(rebuild(diffClaims(' “Yes,”  he said.\n', 'Yes, he said!'), 'a')).toBe(' “Yes,”  he said.\n')
  })

  it('rebuilds both claims from any pair of strings', () => {
    const words = fc.constantFrom('the', 'Putin', 'visit', ',', '.', ' ', '  ', '“', '24', 'é', '\n')
    const text = fc.array(words, { maxLength: 40 }).map((w) => w.join(''))
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), fc.oneof(text, fc.string()), (a, b) => {
        const parts = diffClaims(a, b)
        expect(rebuild(parts, 'a')).toBe(a)
        expect(rebuild(parts, 'b')).toBe(b)
        expect(parts.every((p) => p.value !== '')).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})
