/**
 * The page model: relations per claim, counterparts, word-level marks from `match.diff`, and
 * blocks of headings, paragraphs and dropped furniture.
 */

import { describe, expect, it } from 'vitest'
import type { Comparison, Sentence } from '../../src/engine/types'
import { blocks, claimViews, keeps, parseFilter } from '../../views/model'

const NO_FACTS = { numbers: [], dates: [], entities: [], quotes: [], negated: false, attribution: null }

function sentence(id: string, text: string, paragraph: number, role: Sentence['role'] = 'body'): Sentence {
  return { id, text, start: 0, end: text.length, role, paragraph, facts: NO_FACTS }
}

const COMPARISON = {
  version: 1,
  a: {
    title: 'Port',
    sentences: [
      sentence('a1', 'Port', 0, 'heading'),
      sentence('a2', 'Ships carried 11,000 containers on Tuesday.', 1),
      sentence('a3', 'The mayor spoke.', 1),
      sentence('a4', 'Subscribe now', 2, 'boilerplate'),
      sentence('a5', 'Share this', 3, 'boilerplate'),
    ],
  },
  b: { title: null, sentences: [sentence('b1', 'Ships carried 12,000 containers on Tuesday.', 0)] },
  matches: [
    {
      id: 'm1',
      a: ['a2'],
      b: ['b1'],
      relation: 'conflict',
      score: 0.9,
      notes: [{ kind: 'number', a: '11,000', b: '12,000', message: 'number: 11,000 vs 12,000' }],
      diff: [
        { value: 'Ships carried ' },
        { value: '11,000', removed: true },
        { value: '12,000', added: true },
        { value: ' containers on Tuesday.' },
      ],
    },
  ],
  unique: { a: ['a3'], b: [] },
} as unknown as Comparison

describe('claimViews', () => {
  it('marks the removed words in A and the added words in B', () => {
    const a = claimViews(COMPARISON, 'a')[1]
    const b = claimViews(COMPARISON, 'b')[0]
    expect(a.pieces).toEqual([
      { text: 'Ships carried ', marked: false },
      { text: '11,000', marked: true },
      { text: ' containers on Tuesday.', marked: false },
    ])
    expect(b.pieces.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual(['12,000'])
  })

  it('gives each claim its relation, counterparts and notes', () => {
    const [heading, paired, unique] = claimViews(COMPARISON, 'a')
    expect(heading.relation).toBeNull()
    expect(paired.relation).toBe('conflict')
    expect(paired.peers).toEqual(['b1'])
    expect(paired.notes.map((note) => note.message)).toEqual(['number: 11,000 vs 12,000'])
    expect(unique.relation).toBe('unique')
    expect(unique.pieces).toEqual([{ text: 'The mayor spoke.', marked: false }])
  })
})

describe('blocks', () => {
  it('puts headings alone and merges consecutive furniture across paragraphs', () => {
    const kinds = blocks(claimViews(COMPARISON, 'a')).map((block) => [block.kind, block.claims.length])
    expect(kinds).toEqual([
      ['heading', 1],
      ['paragraph', 2],
      ['dropped', 2],
    ])
  })
})

describe('filters', () => {
  it('keep differences and conflicts, or unique claims, and always headings', () => {
    expect(parseFilter('differ')).toBe('differ')
    expect(parseFilter('nonsense')).toBe('all')
    expect(keeps('differ', 'conflict')).toBe(true)
    expect(keeps('differ', 'agree')).toBe(false)
    expect(keeps('unique', 'unique')).toBe(true)
    expect(keeps('unique', null)).toBe(true)
  })
})
