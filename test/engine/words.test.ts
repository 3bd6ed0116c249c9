import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clearWordClasses } from '../../src/engine/facts/word-class'
import { compare } from '../../src/engine/index'
import {
  appendNumberedKeys,
  appendPartKeys,
  appendWordKeys,
  clearKeysCache,
  clearWordTables,
  contentKeys,
  createWordKeys,
  keyOf,
} from '../../src/engine/words'

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

  it('tells apart words of one length that end alike, as the word table compares them', () => {
    clearKeysCache()
    const text = 'international intermational Vocabularies Xocabularies eight8ch fight8ch'
    expect([...contentKeys(text)]).toHaveLength(6)
    // beyond ASCII, where a character does not fit in seven bits: "é" is 0xe9, "i" 0x69
    expect([...contentKeys('aé ai')]).toEqual(['aé', 'ai'])
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

// A numbering as a comparison's vocabulary makes one: ids in the order keys are first seen.
const numbering = () => {
  const wordKeys = createWordKeys()
  return { keys: wordKeys.keys, wordKeys }
}

describe('appendWordKeys', () => {
  it('numbers the keys contentKeys finds, whatever the case of the words', () => {
    const { keys, wordKeys } = numbering()
    const ids: number[] = []
    appendWordKeys(wordKeys, 'The Visit of the PRESIDENT: the visit, the president', ids)
    expect(ids.map((id) => keys[id])).toEqual([...contentKeys('The Visit of the PRESIDENT')])
  })

  it('appends only keys the list does not hold, across texts and numberings', () => {
    const first = numbering()
    const second = numbering()
    const ids: number[] = []
    appendWordKeys(first.wordKeys, 'Putin began a two-day visit', ids)
    appendWordKeys(second.wordKeys, 'a visit by Kim', [])
    appendWordKeys(first.wordKeys, 'the trip of Putin to Pyongyang', ids)
    const keys = ids.map((id) => first.keys[id])
    expect(keys).toEqual(['putin', 'began', 'two-dai', 'visit', 'pyongyang'])
  })

  it('keeps the ids of a numbering when the table of words is emptied', () => {
    const { keys, wordKeys } = numbering()
    const first: number[] = []
    appendWordKeys(wordKeys, 'alpha beta', first)
    // a text longer than the table holds empties it before it is read
    const long: number[] = []
    appendWordKeys(wordKeys, 'beta gamma '.repeat(6000), long)
    expect(long.map((id) => keys[id])).toEqual(['beta', 'gamma'])
    expect(long[0]).toBe(first[1])
    expect(keys).toEqual(['alpha', 'beta', 'gamma'])
  })

  it('finds the keys contentKeys finds in any string', () => {
    const tricky = ['a', 'Z', 'Ab', '9', 'é', 'İ', 'Σ', 'ß', '𝐀', '\u0301', '-', "'", '’', '.', ' ']
    tricky.push(',', '\ud800', '٣')
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...tricky), maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    )
    const { keys, wordKeys } = numbering()
    fc.assert(
      fc.property(text, (t) => {
        clearKeysCache()
        const ids: number[] = []
        appendWordKeys(wordKeys, t, ids)
        expect(ids.map((id) => keys[id])).toEqual([...contentKeys(t)])
      }),
      { numRuns: 2000 },
    )
  })
})

describe('appendPartKeys', () => {
  const keysOfPart = (text: string, part: string) => {
    const { keys, wordKeys } = numbering()
    appendWordKeys(wordKeys, text, [])
    const ids: number[] = []
    appendPartKeys(wordKeys, text, part, ids)
    return ids.map((id) => keys[id])
  }
  const keysOf = (part: string) => {
    const { keys, wordKeys } = numbering()
    const ids: number[] = []
    appendWordKeys(wordKeys, part, ids)
    return ids.map((id) => keys[id])
  }

  it('reads a quotation off the claim it stands in', () => {
    const claim = 'Putin said: "We will never forget the support of the DPRK," in the letter.'
    const quote = 'We will never forget the support of the DPRK,'
    expect(keysOfPart(claim, quote)).toEqual(keysOf(quote))
    expect(keysOfPart(claim, quote)).toEqual(['never', 'forget', 'support', 'dprk'])
  })

  it('finds the keys appendWordKeys finds in any part of any text', () => {
    const units = ['a', 'B', 'cd', '9', ' ', '"', '-', "'", '.', ',', 'é', 'Σ', 'the', 'Visit']
    const text = fc.string({ unit: fc.constantFrom(...units), maxLength: 30 })
    const cut = fc.tuple(text, fc.nat(), fc.nat())
    fc.assert(
      fc.property(cut, ([t, x, y]) => {
        const from = t.length === 0 ? 0 : x % (t.length + 1)
        const to = from + (y % (t.length - from + 1))
        const part = t.slice(from, to)
        expect(keysOfPart(t, part)).toEqual(keysOf(part))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('appendNumberedKeys', () => {
  it('gives the ids of the keys numbered already and leaves the others out', () => {
    const { keys, wordKeys } = numbering()
    appendWordKeys(wordKeys, 'Democrats and the Republic voted on the bill', [])
    const ids: number[] = []
    appendNumberedKeys(wordKeys, 'the Democratic Party of the Republic', ids)
    expect(ids.map((id) => keys[id])).toEqual([keyOf('democratic'), keyOf('republic')])
    expect(keys).toHaveLength(4)
  })
})

describe('tables kept between comparisons', () => {
  it('change no result when emptied: a fresh Worker compares as a warm one does', () => {
    const read = (name: string) =>
      readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8')
    const a = read('abc-putin-north-korea.txt')
    const b = read('letter-putin-north-korea.txt')
    const warm = JSON.stringify(compare(a, b))
    clearWordTables()
    clearWordClasses()
    const cold = JSON.stringify(compare(a, b))
    expect(cold).toBe(warm)
    // and a text between, whose words fill the tables differently, changes nothing either
    compare('Officials in Northport said the bridge reopened on Tuesday.', 'Nothing at all.')
    expect(JSON.stringify(compare(a, b))).toBe(warm)
  })
})
