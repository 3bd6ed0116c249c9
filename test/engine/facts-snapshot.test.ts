/**
 * Snapshot of the facts extractor: aliases and per-sentence facts over the seeds, a few varied
 * news paragraphs and a generated report pair must stay byte-identical through refactors and
 * speed work. Regenerate on purpose only: `UPDATE_SNAPSHOT=1 npx vitest run facts-snapshot`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generatePair } from '../../bench/generate'
import { collectAliases, extractFacts, type FactInput } from '../../src/engine/facts'
import { segment } from '../../src/engine/segment'

const seeds = new URL('../fixtures/seeds/', import.meta.url)
const seed = (name: string): string => readFileSync(new URL(name, seeds), 'utf8')
const snapshotUrl = new URL('../fixtures/facts/snapshot.json', import.meta.url)
const update = process.env.UPDATE_SNAPSHOT === '1'

const WIRE = `WASHINGTON (Reuters) — The U.S. State Department said on Monday that Secretary of State Antony Blinken would travel to Kyiv next week, his third visit since February 2022. "We are not going to abandon Ukraine," Blinken told reporters at 10:30 a.m. He did not deny that the $61 billion package had been delayed for nearly six months.

The International Atomic Energy Agency (IAEA) reported that about 2,500 tonnes of enriched uranium were unaccounted for, up 3.5% from last year. IAEA chief Rafael Grossi warned that inspectors had no access to the Fordow site. "None of this is acceptable," Grossi said. "We need answers."

Saudi Crown Prince Mohammed bin Salman met Sheikh Tamim bin Hamad al-Thani in Riyadh on March 3-5, 2024, according to the Saudi Press Agency. Dozens of officials from the Gulf Cooperation Council, formally the Cooperation Council for the Arab States of the Gulf, attended; the talks lasted two-and-a-half days. Officials refused to say whether the second round would be held in Doha.`

const LOCAL = `BERLIN, Germany — Chancellor Olaf Scholz's government approved eleven thousand new housing units on Wednesday afternoon, the Federal Statistical Office said. Critics, including Green Party lawmaker Ricarda Lang, said the plan was "too little, too late" and would not fix the shortage. Scholz later said he had never promised a quick fix.

Last May, the European Central Bank (ECB) raised rates for the tenth time in a row. ECB President Christine Lagarde said inflation of 5.3 percent was still "far too high". Analysts at Deutsche Bank estimated that one in four households would struggle, while a third of firms had already cut hiring.

'We will not back down,' read the headline of the Süddeutsche Zeitung on 4th of July. José Martínez-López, a spokesman for the Ministry of Foreign Affairs, told AFP the ministry failed to respond to 300 requests. About 1,200 people marched in Łódź and São Paulo two weeks ago, police said.`

const SPORT = `Manchester United beat Real Madrid 3-1 at Old Trafford on Saturday night, their first win over the Spanish side since 2013. Marcus Rashford scored twice in the 23rd and 67th minutes, and Bruno Fernandes added a penalty. "It's not about me, it's about the team," Rashford said after the match.

Real Madrid coach Carlo Ancelotti, who has won the Champions League four times, said his players "did not deserve anything tonight". The club's 80,000-seat stadium will host the final in June, UEFA confirmed. Ticket prices rose by £15 to about £120, a 14 per cent increase, according to the Football Supporters' Association.

Neither team was at full strength. United were without Lisandro Martínez, and Madrid rested Jude Bellingham, who missed two of the last three games. Hundreds of fans were stuck outside for half an hour because of a fault at the turnstiles, a United spokeswoman said yesterday.`

const SCIENCE = `NASA's Artemis II mission, now scheduled for September 2025, will carry four astronauts around the Moon, the agency announced Tuesday. The Space Launch System (SLS) rocket, which has cost more than $23.8 billion, failed to launch twice in 2022 because of hydrogen leaks. Administrator Bill Nelson said safety "cannot be compromised".

Researchers at the Massachusetts Institute of Technology (MIT) and the University of California, Berkeley, said on Jan. 12 that a new battery lasts 40 percent longer. The study, published in Nature, tested 1,000 cells over two years. Dr. Priya Natarajan, who was not involved, called the result "promising but preliminary".

In Tokyo, the Japan Aerospace Exploration Agency, known as JAXA, said its SLIM lander had touched down at 12:20 a.m. on Jan. 20, making Japan the fifth country to land on the Moon. JAXA officials said the lander's solar panels were not generating power, and that the probe could run for only a few hours.`

type Case = { name: string; reports: string[]; published?: string }

function cases(): Case[] {
  const generated = generatePair(2000, 7)
  return [
    {
      name: 'seeds',
      reports: [seed('abc-putin-north-korea.txt'), seed('letter-putin-north-korea.txt')],
    },
    {
      name: 'seeds, published',
      reports: [seed('abc-putin-north-korea.txt'), seed('letter-putin-north-korea.txt')],
      published: '2024-06-18',
    },
    { name: 'wire and local', reports: [WIRE, LOCAL] },
    { name: 'sport and science', reports: [SPORT, SCIENCE], published: '2024-03-09' },
    { name: 'generated 2000 words, seed 7', reports: [generated.a, generated.b] },
  ]
}

type Snapshot = {
  name: string
  /** `collectAliases` over the raw reports, as the profiling scripts call it. */
  rawAliases: [string, string][]
  /** `collectAliases` over the normalised sentences joined by line breaks, as `compare` does. */
  aliases: [string, string][]
  /** The sentences each report's facts were extracted from. */
  inputs: FactInput[][]
  facts: unknown[][]
}

const inputsOf = (text: string): FactInput[] =>
  segment(text).segments.map(({ norm, paragraph, role }) => ({ norm, paragraph, role }))

function aliasesFor(inputs: readonly FactInput[][]) {
  return collectAliases(inputs.map((sentences) => sentences.map((s) => s.norm).join('\n')))
}

function factsOf(inputs: FactInput[][], published: string | undefined): unknown[][] {
  const aliases = aliasesFor(inputs)
  const options = published ? { published } : undefined
  // A JSON round trip drops `undefined` fields the way the committed file does
  return inputs.map((sentences) =>
    JSON.parse(JSON.stringify(extractFacts(sentences, aliases, options))),
  )
}

function take(c: Case): Snapshot {
  const inputs = c.reports.map(inputsOf)
  return {
    name: c.name,
    rawAliases: [...collectAliases(c.reports)],
    aliases: [...aliasesFor(inputs)],
    inputs,
    facts: factsOf(inputs, c.published),
  }
}

describe('facts snapshot', () => {
  const all = cases()
  if (update || !existsSync(snapshotUrl)) {
    writeFileSync(snapshotUrl, `${JSON.stringify(all.map(take), null, 1)}\n`)
  }
  const stored = JSON.parse(readFileSync(snapshotUrl, 'utf8')) as Snapshot[]

  it('covers the same cases as the committed file', () => {
    expect(stored.map((s) => s.name)).toEqual(all.map((c) => c.name))
  })

  const rows = all.map((c, i) => ({ name: c.name, c, s: stored[i]! }))

  // Facts of the stored sentences: independent of changes to the segmenter
  it.each(rows)(
    'extracts identical aliases and facts from the stored sentences of $name',
    ({ c, s }) => {
      same([...collectAliases(c.reports)], s.rawAliases)
      same([...aliasesFor(s.inputs)], s.aliases)
      same(factsOf(s.inputs, c.published), s.facts)
    },
  )

  // A failure here alone, with the test above green, means the segmenter changed
  it.each(rows)('extracts identical facts from segmenting $name', ({ c, s }) => {
    const inputs = c.reports.map(inputsOf)
    same(inputs, s.inputs)
    same(factsOf(inputs, c.published), s.facts)
  })
})

/** Equal and in the same key order: the JSON texts are identical. */
function same(actual: unknown, expected: unknown): void {
  expect(actual).toEqual(expected)
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected))
}
