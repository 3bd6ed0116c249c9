// The seed reports against the hand-made gold: every gold claim its own body sentence, furniture
// and headings recognised. Reads only test/fixtures/seeds, never ../shared.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segment, type Segment } from '../../src/engine/segment'

const dir = new URL('../fixtures/seeds/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8')

type Gold = {
  boilerplate: Record<'a' | 'b', string[]>
  headings: Record<'a' | 'b', string[]>
  sentences: Record<'a' | 'b', Record<string, string>>
}
const gold = JSON.parse(read('gold-alignment.json')) as Gold
const raws = { a: read('abc-putin-north-korea.txt'), b: read('letter-putin-north-korea.txt') }

/** The segment holding the first occurrence of `snippet`; a snippet spanning lines means its first line. */
function locate(side: 'a' | 'b', segments: Segment[], snippet: string): Segment | undefined {
  const at = raws[side].indexOf(snippet)
  expect(at, `snippet not found: ${JSON.stringify(snippet)}`).toBeGreaterThanOrEqual(0)
  const end = at + (snippet.split('\n')[0] as string).length
  return segments.find((s) => s.start <= at && end <= s.end)
}

describe.each(['a', 'b'] as const)('seed report %s', (side) => {
  const { segments } = segment(raws[side])

  it('puts every gold sentence in its own body segment', () => {
    const seen = new Set<Segment>()
    for (const [id, snippet] of Object.entries(gold.sentences[side])) {
      const s = locate(side, segments, snippet)
      expect(s?.role, `${id} ${snippet}`).toBe('body')
      expect(seen.has(s as Segment), `${id} merged with another gold sentence`).toBe(false)
      seen.add(s as Segment)
    }
  })

  it('has no body segment that is not a gold sentence', () => {
    const body = segments.filter((s) => s.role === 'body').length
    expect(body).toBe(Object.keys(gold.sentences[side]).length)
  })

  it('marks every gold boilerplate snippet as furniture', () => {
    for (const snippet of gold.boilerplate[side]) {
      expect(locate(side, segments, snippet)?.role, snippet).toBe('boilerplate')
    }
  })

  it('marks every gold heading as a heading', () => {
    for (const snippet of gold.headings[side]) {
      expect(locate(side, segments, snippet)?.role, snippet).toBe('heading')
    }
  })
})

describe('seed titles', () => {
  it('takes the headline of report A as its title', () => {
    expect(segment(raws.a).title).toBe(
      'Russian President Vladimir Putin to arrive in North Korea for state visit',
    )
  })

  it('marks the caption repeating the title of report A as furniture', () => {
    const titles = segment(raws.a).segments.filter((s) => s.text.startsWith('Russian President'))
    expect(titles.map((s) => s.role)).toEqual(['heading', 'boilerplate'])
  })

  it('gives report B, which opens with body text, no title', () => {
    expect(segment(raws.b).title).toBeNull()
  })

  it('keeps both section headings of report B as headings', () => {
    const headings = segment(raws.b).segments.filter((s) => s.role === 'heading')
    expect(headings.map((s) => s.text)).toEqual([
      'Partnership Agreement in the Works',
      'A Divided Security Council',
    ])
  })
})
