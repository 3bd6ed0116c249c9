/**
 * Facts over the two seed reports: every gold entity is among the canonical keys of its report,
 * and the extractor never throws on arbitrary text.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collectAliases, extractFacts } from '../../src/engine/facts'
import { normalizeForFacts, splitForFacts } from '../fixtures/facts/split'

const seeds = new URL('../fixtures/seeds/', import.meta.url)
const gold = JSON.parse(readFileSync(new URL('gold-alignment.json', seeds), 'utf8')) as {
  a: string
  b: string
  entities: { both: string[]; a_only: string[]; b_only: string[] }
}
const textA = readFileSync(new URL(gold.a, seeds), 'utf8')
const textB = readFileSync(new URL(gold.b, seeds), 'utf8')

/** Gold names use a curly apostrophe (`Workers’ Party`); keys use the normalised straight one. */
const asKey = (name: string): string => normalizeForFacts(name)

function keysOf(text: string, aliases: ReturnType<typeof collectAliases>): Set<string> {
  const keys = new Set<string>()
  for (const facts of extractFacts(splitForFacts(text), aliases))
    for (const e of facts.entities) keys.add(e.key)
  return keys
}

describe('facts on the seeds', () => {
  const aliases = collectAliases([normalizeForFacts(textA), normalizeForFacts(textB)])
  const keysA = keysOf(textA, aliases)
  const keysB = keysOf(textB, aliases)

  it.each([...gold.entities.both, ...gold.entities.a_only].map((name) => ({ name })))(
    'finds $name in report A',
    ({ name }) => expect([...keysA]).toContain(asKey(name)),
  )

  it.each([...gold.entities.both, ...gold.entities.b_only].map((name) => ({ name })))(
    'finds $name in report B',
    ({ name }) => expect([...keysB]).toContain(asKey(name)),
  )

  it('resolves the DPRK and KCNA aliases the reports define', () => {
    expect(aliases.get('dprk')).toBe('North Korea')
    expect(aliases.get("democratic people's republic of korea")).toBe('North Korea')
    expect(aliases.get('kcna')).toBe('Korean Central News Agency')
    expect(aliases.get('putin')).toBe('Vladimir Putin')
    expect(aliases.has('kim')).toBe(false)
  })

  it('gives the quote-only sentences of the seeds their speakers', () => {
    const factsB = extractFacts(splitForFacts(textB), aliases)
    const sentences = splitForFacts(textB)
    const at = (start: string) => factsB[sentences.findIndex((s) => s.norm.startsWith(start))]!
    expect(at('"And at the same time').quotes[0]!.speaker).toBe('Vladimir Putin')
    expect(at('"This relationship').quotes[0]!.speaker).toBe('Victor Cha')
    expect(at('He noted that Putin').attribution).toBe('Matthew Miller')
    expect(at('Both Moscow and Pyongyang').negated).toBe(true)
  })
})

describe('robustness', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 200 }), { maxLength: 6 }),
        (texts) => {
          const aliases = collectAliases(texts)
          const facts = extractFacts(
            texts.map((norm, i) => ({ norm, paragraph: i, role: 'body' as const })),
            aliases,
            { published: '2024-06-18' },
          )
          expect(facts).toHaveLength(texts.length)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('never throws on news-like fragments', () => {
    const pieces = [
      '"',
      "'",
      'U.S.',
      'Putin',
      'said',
      'did not',
      '11,000',
      'June 19-20',
      '(KCNA)',
      ',',
      '.',
      ' ',
      'officially the',
      'Mr.',
      '-',
      'Tuesday',
      "'s",
      'of the',
      'he wrote',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const norm = parts.join(' ')
        extractFacts([{ norm, paragraph: 0, role: 'body' }], collectAliases([norm]), {
          published: 'not a date',
        })
      }),
      { numRuns: 500 },
    )
  })

  it('stays linear on long input', () => {
    const sentence =
      'Russian President Vladimir Putin said on Tuesday that 11,000 containers "did not arrive," officials in Seoul told Reuters.'
    const long = Array.from({ length: 4000 }, (_, i) => sentence.replace('11,000', String(i)))
    const started = performance.now()
    const text = long.join(' ')
    extractFacts(
      long.map((norm) => ({ norm, paragraph: 0, role: 'body' as const })),
      collectAliases([text]),
    )
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
