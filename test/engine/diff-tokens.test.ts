import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { numberWords, scanTokens } from '../../src/engine/diff-tokens'

// The regex the scanner replaced: it defines the tokens.
const TOKEN = /([\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]|)(\s*)/gu

function regexTokens(text: string): [word: string, tail: string][] {
  const out: [string, string][] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null && m[0] !== ''; m = TOKEN.exec(text)) {
    out.push([m[1] as string, m[2] as string])
  }
  return out
}

function scannedTokens(text: string): [word: string, tail: string][] {
  const { starts, wordEnds } = scanTokens(text)
  expect(starts.length).toBe(wordEnds.length + 1)
  expect(starts[starts.length - 1]).toBe(text.length)
  return wordEnds.map((end, k) => [
    text.slice(starts[k], end),
    text.slice(end, starts[k + 1]),
  ])
}

// Letters, digits, joiners, marks and spaces that the scanner treats apart from plain ASCII.
const tricky = [
  'a', 'Z', '7', "'", '’', '.', '-', ' ', '\t', '\n', ',', '“', '”', '—', 'é', 'ß', 'ǅ', '٣', '½',
  '\u0301', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029',
  '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u2070', '\u2071', '𝐀', '𠀀', '😀', '𝟙',
  '\ud800', '\udc00', '\ud83d', '\ude00',
]

describe('diff tokens', () => {
  it.each([
    ['empty', ''],
    ['leading space', '  the visit'],
    ['joined words', "U.S. two-day don’t rock'n'roll 3.5"],
    ['joiner without a word after it', "end. dash- it's' 'quote"],
    ['joiner at the end', 'a-'],
    ['astral letters', '𝐀𝐁 𠀀-𠀁 😀x'],
    ['combining mark', 'e\u0301te'],
    ['odd spaces', 'a\u00a0b\u2028c\u3000d\ufeffe\u200bf'],
    ['lone surrogates', 'a\ud800b \udc00 \ud83d'],
  ])('tokenizes %s as the regex does', (_name, text) => {
    expect(scannedTokens(text)).toEqual(regexTokens(text))
  })

  it('classes every code point as the regex does', () => {
    for (let from = 0; from <= 0x10ffff; from += 0x1000) {
      let text = ''
      for (let cp = from; cp < from + 0x1000; cp++) {
        // Surrogates alone, so that no two of them pair up.
        const ch = cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp)
        text += ch + ' a'
      }
      expect(JSON.stringify(scannedTokens(text))).toBe(JSON.stringify(regexTokens(text)))
    }
  })

  it('tokenizes any string as the regex does', () => {
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...tricky), maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: codeUnit, maxLength: 40 }),
    )
    fc.assert(
      fc.property(text, (t) => {
        expect(scannedTokens(t)).toEqual(regexTokens(t))
      }),
      { numRuns: 2000 },
    )
  })

  it('numbers words alike exactly when they are the same', () => {
    const unit = fc.constantFrom('a', 'b', 'é', '𝐀', '-', ' ', ',')
    const text = fc.string({ unit, maxLength: 30 })
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ta = scanTokens(a)
        const tb = scanTokens(b)
        const wordsA = ta.wordEnds.map((end, k) => a.slice(ta.starts[k], end))
        const wordsB = tb.wordEnds.map((end, k) => b.slice(tb.starts[k], end))
        const { idsA, idsB } = numberWords(a, ta, b, tb)
        const firstSeen = [...new Set(wordsA)]
        expect(idsA).toEqual(wordsA.map((w) => firstSeen.indexOf(w)))
        expect(idsB).toEqual(wordsB.map((w) => firstSeen.indexOf(w)))
      }),
      { numRuns: 500 },
    )
  })
})
