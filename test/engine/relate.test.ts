import { describe, expect, it } from 'vitest'
import { compare } from '../../src/engine/index'
import { relateClaims } from '../../src/engine/relate'
import type { NoteKind, Relation } from '../../src/engine/types'

type Case = {
  name: string
  a: string
  b: string
  relation: Relation | 'not agree'
  kind?: NoteKind
}

// Small hand-written pairs, one claim each, for every kind of note.
const CASES: Case[] = [
  {
    name: 'calls a different death toll for the same blast a conflict',
    a: 'Police said 12 people were killed in the explosion at the Kabul market on Monday.',
    b: 'Police said 15 people were killed in the explosion at the Kabul market on Monday.',
    relation: 'conflict',
    kind: 'number',
  },
  {
    name: 'calls another vote tally for the same vote a conflict',
    a: 'The city council voted 6–3 on Tuesday to raise residential water rates by 14 percent.',
    b: 'The city council voted 5-4 on Tuesday to raise residential water rates by 14 percent.',
    relation: 'conflict',
    kind: 'number',
  },
  {
    name: 'does not read a range of days as a tally',
    a: 'Putin is scheduled to visit Vietnam on June 19-20 after the summit.',
    b: 'Putin is scheduled to visit Vietnam on June 19-20 once the summit ends.',
    relation: 'agree',
  },
  {
    name: 'notes a length of time told in another unit that does not add up',
    a: 'The two countries fought a four-week war in 2020 over the Nagorno-Karabakh region.',
    b: 'The two countries fought a 44-day war in 2020 over the Nagorno-Karabakh region.',
    relation: 'differ',
    kind: 'number',
  },
  {
    name: 'agrees on a distance told in miles and in kilometres',
    a: 'The town lies 550 kilometers east of the capital, near the border.',
    b: 'The town lies about 342 miles east of the capital, near the border.',
    relation: 'agree',
  },
  {
    name: 'calls another weekday for the same opening a conflict',
    a: 'The climate summit will open in Geneva on Tuesday with delegates from 40 countries.',
    b: 'The climate summit will open in Geneva on Thursday with delegates from 40 countries.',
    relation: 'conflict',
    kind: 'date',
  },
  {
    name: 'calls an affirmed and a negated payment a conflict',
    a: 'The airline has paid the record fine imposed by the aviation regulator, the ministry said.',
    b: 'The airline has not paid the record fine imposed by the aviation regulator, the ministry said.',
    relation: 'conflict',
    kind: 'negation',
  },
  {
    name: 'notes another name in the same slot',
    a: 'The delegation to Beijing was led by Foreign Minister Sergei Lavrov on Friday.',
    b: 'The delegation to Beijing was led by Defence Minister Andrei Belousov on Friday.',
    relation: 'not agree',
    kind: 'entity',
  },
  {
    name: 'notes two people of one family name in the same claim',
    a: 'Zofia Weber inspected the flooded school in Millbrook on Monday with local officials.',
    b: 'On Monday Lena Weber inspected the flooded school in Millbrook together with local officials.',
    relation: 'not agree',
    kind: 'entity',
  },
  {
    name: 'notes another organisation in the same slot of a claim told word for word',
    a: 'The Customs Service funded a new trade agreement on Friday ahead of the regional elections.',
    b: 'The Port Authority funded a new trade agreement on Friday ahead of the regional elections.',
    relation: 'not agree',
    kind: 'entity',
  },
  {
    name: 'notes the same quote in different words',
    a: 'Putin wrote that Russia would "develop alternative trade and settlement mechanisms outside Western control."',
    b: 'Putin wrote that Russia would "build alternative mechanisms of trade and mutual settlements with its partners."',
    relation: 'differ',
    kind: 'quote',
  },
  {
    name: 'notes a quote given to another speaker',
    a: '"The new sanctions will hurt ordinary families first," Lavrov told reporters in Moscow.',
    b: '"The new sanctions will hurt ordinary families first," Peskov told reporters in Moscow.',
    relation: 'differ',
    kind: 'attribution',
  },
  {
    name: 'never calls support in opposite directions an agreement',
    a: 'The president thanked Germany for its unwavering support for Ukraine during the talks.',
    b: 'The president thanked Ukraine for its unwavering support for Germany during the talks.',
    relation: 'not agree',
  },
  {
    name: 'agrees when the same claim is told in other words',
    a: 'Putin will arrive in Pyongyang on Tuesday for a two-day visit.',
    b: 'Putin is expected in Pyongyang on Tuesday for a two-day trip.',
    relation: 'agree',
  },
]

describe('relation of matched claims', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const result = compare(c.a, c.b)
      expect(result.matches).toHaveLength(1)
      const [m] = result.matches
      if (c.relation === 'not agree') expect(m?.relation).not.toBe('agree')
      else expect(m?.relation).toBe(c.relation)
      if (c.kind) expect(m?.notes.map((n) => n.kind)).toContain(c.kind)
      if (m?.relation === 'agree') expect(m.notes).toEqual([])
      else expect(m?.notes.length).toBeGreaterThan(0)
    })
  }

  it('does not read a negation of something the other claim does not say as a dispute', () => {
    const [m] = compare(
      'Nobody was seriously hurt, although four passengers were treated for minor injuries at the hospital.',
      'Four passengers were treated at the hospital for minor injuries, the coastguard said.',
    ).matches
    expect(m?.notes.map((n) => n.kind)).not.toContain('negation')
  })

  it('names both values in a number note', () => {
    const [m] = compare(CASES[0]!.a, CASES[0]!.b).matches
    const n = m?.notes.find((x) => x.kind === 'number')
    expect(n?.a).toContain('12')
    expect(n?.b).toContain('15')
    expect(n?.message).toMatch(/12.*vs.*15/)
  })
})

describe('relateClaims, called pair by pair', () => {
  it('reads a sentence given again with new facts afresh, not as the last pair read it', () => {
    const c = compare(
      'Police said 12 people were killed in the blast on Monday.',
      'Police said 12 people were killed in the blast on Monday.',
    )
    const [a, b] = [c.a.sentences[0]!, c.b.sentences[0]!]
    const options = { sameThreshold: 0.5, agreeThreshold: 0.8 }
    expect(relateClaims([a], [b], 0.9, options).relation).toBe('agree')
    b.facts = { ...b.facts, numbers: [{ ...b.facts.numbers[0]!, value: 15, text: '15' }] }
    expect(relateClaims([a], [b], 0.9, options).relation).toBe('conflict')
  })
})
