// Normalisation keeps a map from every output unit back to the raw input.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize } from '../../src/engine/normalize'

/** The raw text each output unit points at. */
function sources(raw: string): string[] {
  const { text, offsets } = normalize(raw)
  return [...text].length === text.length
    ? [...text].map((_, i) => raw[offsets[i] as number] as string)
    : []
}

describe('normalize', () => {
  it('leaves plain ASCII alone with an identity map', () => {
    const { text, offsets } = normalize('Plain text. 1.5%')
    expect(text).toBe('Plain text. 1.5%')
    expect(offsets).toEqual([...Array(17).keys()])
  })

  it('turns curly quotes and apostrophes straight, keeping offsets', () => {
    const raw = '“Russia’s ‘friend’”'
    const { text, offsets } = normalize(raw)
    expect(text).toBe('"Russia\'s \'friend\'"')
    expect(offsets).toEqual([...Array(raw.length + 1).keys()])
    expect(sources(raw)).toEqual([...raw])
  })

  it('turns en and em dashes into hyphens and keeps the spaces around them', () => {
    expect(normalize('June 19–20 — said').text).toBe('June 19-20 - said')
  })

  it('maps \\r\\n and \\r to one \\n pointing at the \\r', () => {
    const { text, offsets } = normalize('a\r\nb\rc')
    expect(text).toBe('a\nb\nc')
    expect(offsets).toEqual([0, 1, 3, 4, 5, 6])
  })

  it('composes NFD input and maps each composed character to where it began', () => {
    const raw = 'Cafe\u0301 Jose\u0301!'
    const { text, offsets } = normalize(raw)
    expect(text).toBe('Caf\u00E9 Jos\u00E9!')
    expect(offsets).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9, 11, 12])
    expect(offsets[text.length]).toBe(raw.length)
  })

  it('composes Hangul jamo into syllables', () => {
    const { text, offsets } = normalize('x\u1100\u1161y')
    expect(text).toBe('x\uAC00y')
    expect(offsets).toEqual([0, 1, 3, 4])
  })

  it('turns Unicode spaces into plain spaces and drops zero-width characters', () => {
    const raw = 'a\u00A0b\u2009c\u200Bd\uFEFFe\u00ADf'
    const { text, offsets } = normalize(raw)
    expect(text).toBe('a b cdef')
    expect(offsets).toEqual([0, 1, 2, 3, 4, 6, 8, 10, 11])
  })

  it('keeps emoji, lone surrogates and combining marks after a space', () => {
    const raw = '😀 \uD800 \u0301x'
    const { text, offsets } = normalize(raw)
    expect(text).toBe(raw)
    expect(offsets).toEqual([...Array(raw.length + 1).keys()])
  })

  it('agrees with whole-string NFC and keeps a non-decreasing map inside the input', () => {
    const strip = (s: string) =>
      s
        .replace(/\r\n?/g, '\n')
        .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
        .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
        .replace(/[\u201C-\u201F\u2033]/g, '"')
        .replace(/[\u2010-\u2015\u2212]/g, '-')
        .replace(/[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
        .replace(/[\u2028\u2029\u0085]/g, '\n')
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 80 }), (raw) => {
        const { text, offsets } = normalize(raw)
        expect(offsets.length).toBe(text.length + 1)
        expect(offsets[text.length]).toBe(raw.length)
        for (let i = 1; i < offsets.length; i++) {
          expect(offsets[i]).toBeGreaterThanOrEqual(offsets[i - 1] as number)
        }
        expect(text).toBe(strip(raw.normalize('NFC')).normalize('NFC'))
      }),
      { numRuns: 2000 },
    )
  })
})
