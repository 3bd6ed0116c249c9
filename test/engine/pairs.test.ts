// A second pair of reports, written for the tests in the style of two local papers: what the
// engine must find beyond the seeds.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compare } from '../../src/engine/index'
import type { Comparison, Match } from '../../src/engine/types'

const read = (name: string, pair = 'water-rates') =>
  readFileSync(new URL(`../fixtures/pairs/${pair}/${name}`, import.meta.url), 'utf8')

function matchOf(c: Comparison, a: string, b: string): Match | undefined {
  const idA = c.a.sentences.find((s) => s.text.includes(a))?.id
  const idB = c.b.sentences.find((s) => s.text.includes(b))?.id
  return c.matches.find((m) => idA && idB && m.a.includes(idA) && m.b.includes(idB))
}

describe('two local reports of a water-rate vote', () => {
  const c = compare(read('a.txt'), read('b.txt'))
  const role = (side: 'a' | 'b', text: string) => c[side].sentences.find((s) => s.text.includes(text))?.role

  it('reads the headline and drops the byline, the related link and the copyright line', () => {
    expect(c.b.title).toBe('Millbrook raises water rates after split council vote')
    expect(role('b', 'By Dana Whitfield')).toBe('boilerplate')
    expect(role('b', 'Read more:')).toBe('boilerplate')
    expect(role('b', '© 2026')).toBe('boilerplate')
  })

  it('keeps sentence-case subheads as headings', () => {
    expect(role('a', 'Why the rates are going up')).toBe('heading')
    expect(role('a', 'What residents said')).toBe('heading')
  })

  it('calls 6–3 against 5-4 for the same vote a conflict', () => {
    const m = matchOf(c, 'voted 6–3', 'voting 5-4')
    expect(m?.relation).toBe('conflict')
    expect(m?.notes.map((n) => n.message)).toContain('number: 6-3 vs 5-4')
  })

  it('agrees on the new bill, told in other words', () => {
    expect(matchOf(c, 'will pay $61.40 a month', 'will pay $61.40 from July')?.relation).toBe('agree')
  })

  it('finds the quote retold in other words and who said it', () => {
    const m = matchOf(c, 'forty years of deferred maintenance', 'decades of deferred maintenance')
    expect(m?.relation).toBe('differ')
    expect(m?.notes.map((n) => n.kind)).toEqual(['quote'])
  })

  it('names Rosa Delgado once, whatever her title', () => {
    expect(c.summary.entities.both).toContain('Rosa Delgado')
    expect([...c.summary.entities.onlyA, ...c.summary.entities.onlyB]).not.toContain('Delgado')
  })

  it('leaves the mayors, who differ, unique to each report', () => {
    expect(c.summary.entities.onlyA).toContain('Tom Reilly')
    expect(c.summary.entities.onlyB).toContain('Tom Hennessy')
  })
})

describe("a wire report and a broadcaster's report of an earthquake", () => {
  const c = compare(read('a.txt', 'earthquake'), read('b.txt', 'earthquake'))
  const role = (side: 'a' | 'b', text: string) => c[side].sentences.find((s) => s.text.includes(text))?.role

  it('drops the contributor line, the topic links and the image labels', () => {
    expect(role('a', 'contributed from Ankara')).toBe('boilerplate')
    expect(role('a', 'Copyright 2026')).toBe('boilerplate')
    expect(role('b', 'Share this article')).toBe('boilerplate')
    expect(role('b', 'Image source')).toBe('boilerplate')
    expect(role('b', 'Image caption')).toBe('boilerplate')
  })

  it('calls magnitude 6.1 against 6.3 a conflict and notes the two death tolls', () => {
    const m = matchOf(c, 'magnitude 6.1', '6.3-magnitude')
    expect(m?.relation).toBe('conflict')
    const notes = m?.notes.map((n) => n.message) ?? []
    expect(notes).toContain('number: magnitude 6.1 vs 6.3-magnitude')
    expect(notes).toContain('number: at least 42 people vs At least 45 people')
  })

  it('reads 4:17 a.m. and 04:17 as one time', () => {
    const m = matchOf(c, 'The quake hit at 4:17', 'The tremor struck at about 04:17')
    expect(m?.notes.filter((n) => n.kind === 'date')).toEqual([])
  })

  it('takes a partial quote for the same quote', () => {
    expect(matchOf(c, 'Our priority is to reach everyone', 'Our priority is to reach everyone')?.relation).toBe('agree')
  })
})

describe('two reports of a border clash, one of them denied', () => {
  const c = compare(read('a.txt', 'border'), read('b.txt', 'border'))
  const role = (side: 'a' | 'b', text: string) => c[side].sentences.find((s) => s.text.includes(text))?.role

  it('calls two soldiers wounded on Sunday against one killed on Saturday a conflict', () => {
    const m = matchOf(c, 'said on Sunday that Azerbaijani troops', 'near Sotk on Saturday')
    expect(m?.relation).toBe('conflict')
    const kinds = m?.notes.map((n) => n.kind) ?? []
    expect(kinds).toContain('number')
    expect(kinds).toContain('date')
  })

  it('agrees that both reports carry the denial, worded "denied" and "had not"', () => {
    expect(matchOf(c, 'denied that its forces', 'had not crossed the border')?.relation).toBe('agree')
  })

  it('drops the agency credits and the follow and subscribe prompts', () => {
    expect(role('a', 'Reporting by Felix Light')).toBe('boilerplate')
    expect(role('a', 'Our Standards')).toBe('boilerplate')
    expect(role('b', 'Follow us on Twitter')).toBe('boilerplate')
    expect(role('b', 'Subscribe to our newsletter')).toBe('boilerplate')
  })
})

describe('an Indian news site and a wire report of the Assam floods', () => {
  const c = compare(read('a.txt', 'flood'), read('b.txt', 'flood'))
  const role = (side: 'a' | 'b', text: string) => c[side].sentences.find((s) => s.text.includes(text))?.role

  it('reads the long headline above the time stamp and drops the site furniture', () => {
    expect(c.a.title).toMatch(/^Assam floods: Death toll rises to 38/)
    for (const line of ['Updated: June 21', 'Also Read:', 'Advertisement', 'With inputs from PTI', 'Follow us on Google News']) {
      expect(role('a', line)).toBe('boilerplate')
    }
  })

  it('calls a death toll of 38 against 36 a conflict', () => {
    const m = matchOf(c, 'rose to 38', 'to 36')
    expect(m?.relation).toBe('conflict')
    expect(m?.notes.map((n) => n.message)).toContain('number: 38 (toll) vs 36 (toll)')
  })

  it('reads lakh and crore: 11 lakh is 1.1 million, Rs 5 crore is 50 million rupees', () => {
    expect(matchOf(c, 'rose to 38', 'to 36')?.notes.map((n) => n.message).join(' ')).not.toMatch(/lakh/)
    expect(matchOf(c, 'Rs 5 crore', '50 million rupees')?.relation).toBe('agree')
    expect(matchOf(c, '2.5 lakh people', 'more than 250,000 people')?.relation).toBe('agree')
  })
})

describe('two reports of quarterly results', () => {
  const c = compare(read('a.txt', 'earnings'), read('b.txt', 'earnings'))

  it('calls 12% against 11% revenue growth a conflict, and reads $4.2 billion as $4.2bn', () => {
    const m = matchOf(c, 'a 12% rise in quarterly revenue', 'revenue rose 11%')
    expect(m?.relation).toBe('conflict')
    expect(m?.notes.map((n) => n.message)).toEqual(['number: 12% vs 11%'])
  })

  it('agrees on the profit, told in millions and in "m", with relative dates left alone', () => {
    expect(matchOf(c, 'Net profit climbed to $610 million', 'Net income was $610m')?.relation).toBe('agree')
  })

  it('takes "Northwind" for Northwind Systems on second mention', () => {
    expect(c.summary.entities.both).toContain('Northwind Systems')
    expect(c.summary.entities.onlyB).not.toContain('Northwind')
  })

  it('drops the share prompt and the related-articles labels', () => {
    const role = (text: string) => c.a.sentences.find((s) => s.text === text)?.role
    expect(role('Share')).toBe('boilerplate')
    expect(role('Related articles')).toBe('boilerplate')
    expect(role('More on this story')).toBe('boilerplate')
  })
})

describe('two match reports', () => {
  const c = compare(read('a.txt', 'football'), read('b.txt', 'football'))

  it('notes two points clear against three points ahead', () => {
    const m = matchOf(c, 'two points clear', 'three points ahead')
    expect(m?.relation).not.toBe('agree')
    expect(m?.notes.map((n) => n.message)).toContain('number: two points vs three points')
  })

  it('does not take the same "never stopped believing", quoted whole or in part, for a denial', () => {
    const m = matchOf(c, 'We never stopped believing', 'never stopped believing')
    expect(m?.relation).toBe('agree')
  })

  it('knows a striker by name whatever the title before it', () => {
    expect(c.summary.entities.both).toContain('Tom Ashworth')
    expect(matchOf(c, 'headed the winner', 'scored the winner')?.relation).toBe('agree')
  })

  it('agrees on the score told as a win and as a defeat', () => {
    expect(matchOf(c, 'with a 2-1 win', 'win 2-1')?.relation).toBe('agree')
  })
})

describe('a live blog and a news story of a Budget', () => {
  const c = compare(read('a.txt', 'budget'), read('b.txt', 'budget'))

  it('keeps the entry titles of the live blog as headings and its stamps as furniture', () => {
    const role = (text: string) => c.a.sentences.find((s) => s.text === text)?.role
    expect(role('Income tax thresholds')).toBe('heading')
    expect(role('Growth forecast cut')).toBe('heading')
    expect(role('14:20')).toBe('boilerplate')
    expect(c.b.title).toBe('Morgan freezes fuel duty and lifts tax threshold in first Budget')
  })

  it('pairs off the figures both give and notes what is left: 1.6% against 1.5%', () => {
    const m = matchOf(c, 'to 1.1% from 1.6%', 'to 1.1%, from 1.5%')
    expect(m?.notes.map((n) => n.message)).toEqual(['number: 1.6% vs 1.5%'])
  })

  it('notes the saving of about £2.5 billion against £2.4 billion as a difference', () => {
    const m = matchOf(c, '£2.5 billion', '£2.4 billion')
    expect(m?.relation).toBe('differ')
  })
})

describe('two reports of a summit, one under a Title Case headline', () => {
  const c = compare(read('a.txt', 'summit'), read('b.txt', 'summit'))

  it('does not read the headline "Kim Welcomes Putin in Pyongyang" as a full name', () => {
    expect(c.a.title).toBe('Kim Welcomes Putin in Pyongyang')
    // The headline's run would make "Kim" ambiguous beside "Kim Jong Un" and leave it unresolved
    const kim = c.a.sentences.find((s) => s.text.startsWith('Putin thanked Kim'))
    expect(kim?.facts.entities.map((e) => e.key)).toContain('Kim Jong Un')
    expect(c.summary.entities.both).toContain('Kim Jong Un')
    expect([...c.summary.entities.onlyA, ...c.summary.entities.onlyB]).not.toContain('Kim')
  })
})
