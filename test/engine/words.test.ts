import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clearKeysCache, contentKeys, keyOf } from '../../src/engine/words'

// The pattern the scanner in `contentKeys` stands for, with the stop words it leaves out.
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu
describe('contentKeys', () => {
  it('keys content words, folds synonyms and stems, drops stop words', () => {
    clearKeysCache()
    expect([...contentKeys('Putin began a two-day visit; the trip was his first since 2000.')]).toEqual([
      'putin',
      'began',
      'two-dai',
      'visit',
      'first',
      '2000',
    ])
    expect([...contentKeys("The U.S. didn't say")]).toEqual(['us', "didn't", 'say'])
  })

  it('finds the words the regex finds in any string', () => {
    const tricky = ['a', 'Z', '9', 'é', 'İ', 'ß', '𝐀', '\u0301', '-', "'", '’', '.', ' ', '\u00a0', '\u2028', ',', '\ud800', '\udc00', '٣']
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...tricky), maxLength: 40 }),
      fc.string({ unit: codeUnit, maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    )
    fc.assert(
      fc.property(text, (t) => {
        clearKeysCache()
        const expected = new Set<string>()
        for (const m of t.toLowerCase().matchAll(WORD)) {
          // a word is kept unless it is a stop word: a stop word keys to nothing on its own
          if (contentKeys(m[0]).size > 0) expected.add(keyOf(m[0]))
        }
        clearKeysCache()
        expect([...contentKeys(t)]).toEqual([...expected])
      }),
      { numRuns: 3000 },
    )
  })

  it('answers from its cache only within one comparison', () => {
    clearKeysCache()
    const first = contentKeys('Rodong Sinmun published the letter')
    expect(contentKeys('Rodong Sinmun published the letter')).toBe(first)
    clearKeysCache()
    expect(contentKeys('Rodong Sinmun published the letter')).not.toBe(first)
  })
})
