/**
 * Golden tables for fact extraction: numbers, dates, entities with aliases, quotes with speakers
 * and negation. Most sentences are written in the style of wire reports, not taken from the seeds.
 */
import { describe, expect, it } from 'vitest'
import { collectAliases, extractFacts } from '../../src/engine/facts'
import type { Facts } from '../../src/engine/types'
import { splitForFacts } from '../fixtures/facts/split'

/** Facts of the last sentence of `text`, with aliases collected from `text` itself. */
function lastFacts(text: string, published?: string): Facts & { negations?: string[] } {
  const sentences = splitForFacts(text)
  const facts = extractFacts(sentences, collectAliases([text]), { published })
  return facts[facts.length - 1]!
}

type NumberRow = [
  text: string,
  value: number,
  unit: string | null,
  approximate: boolean,
  ordinal?: boolean,
]

const numberCases: { name: string; input: string; expected: NumberRow[] }[] = [
  {
    name: 'counts containers with a thousands separator',
    input: 'The ministry said 11,000 containers of munitions were shipped.',
    expected: [['11,000 containers', 11000, 'container', false]],
  },
  {
    name: 'marks "over" as approximate',
    input: 'Officials counted over 11,000 containers of munitions at the port.',
    expected: [['over 11,000 containers', 11000, 'container', true]],
  },
  {
    name: 'reads number words',
    input: 'Eleven thousand people fled the city, the U.N. said.',
    expected: [['Eleven thousand people', 11000, 'person', false]],
  },
  {
    name: 'reads money and percentages',
    input: 'The company reported revenue of $2.3 billion, up 3.5% from a year earlier.',
    expected: [
      ['$2.3 billion', 2.3e9, 'usd', false],
      ['3.5%', 3.5, 'percent', false],
    ],
  },
  {
    name: 'reads "percent" spelled out',
    input: 'Inflation rose to 3.5 percent in March, the highest level in two years.',
    expected: [
      ['3.5 percent', 3.5, 'percent', false],
      ['two years', 2, 'year', false],
    ],
  },
  {
    name: 'gives "dozens" a representative value and the head noun',
    input: 'Dozens of ballistic missiles were fired over the weekend.',
    expected: [['Dozens of ballistic missiles', 24, 'missile', true]],
  },
  {
    name: 'reads "a dozen" as twelve',
    input: 'A dozen soldiers were wounded in the attack.',
    expected: [['A dozen soldiers', 12, 'soldier', false]],
  },
  {
    name: 'reads "hundreds of" as approximate',
    input: 'Hundreds of protesters gathered outside parliament.',
    expected: [['Hundreds of protesters', 200, 'protester', true]],
  },
  {
    name: 'reads "millions of people" with an irregular plural',
    input: 'Millions of people lost power after the storm.',
    expected: [['Millions of people', 2e6, 'person', true]],
  },
  {
    name: 'marks ordinals and finds their noun past adjectives',
    input: 'The regime failed to launch its second reconnaissance satellite.',
    expected: [['second reconnaissance satellite', 2, 'satellite', false, true]],
  },
  {
    name: 'reads a first visit and a span of years',
    input: 'It was his first visit to the region in 24 years.',
    expected: [
      ['first visit', 1, 'visit', false, true],
      ['24 years', 24, 'year', false],
    ],
  },
  {
    name: 'keeps numbers without a noun',
    input: 'About 250 people were killed and nearly 1,000 were injured.',
    expected: [
      ['About 250 people', 250, 'person', true],
      ['nearly 1,000', 1000, null, true],
    ],
  },
  {
    name: 'leaves years to the dates',
    input: 'The ceasefire was agreed in 2006 after talks in Doha.',
    expected: [],
  },
  {
    name: 'reads hyphenated durations',
    input: 'The three-week strike ended on Friday.',
    expected: [['three-week', 3, 'week', false]],
  },
  {
    name: 'counts a four-digit number with a plural noun',
    input: 'Police arrested 2000 protesters, and more than 300 were charged.',
    expected: [
      ['2000 protesters', 2000, 'protester', false],
      ['more than 300', 300, null, true],
    ],
  },
  {
    name: 'reads compound number words',
    input: 'Twenty-five people were rescued from the rubble.',
    expected: [['Twenty-five people', 25, 'person', false]],
  },
  {
    name: 'reads "one hundred and fifty"',
    input: 'The plant produces one hundred and fifty tonnes of steel a day.',
    expected: [['one hundred and fifty tonnes', 150, 'tonne', false]],
  },
  {
    name: 'does not count "one-on-one"',
    input: 'The visit will feature one-on-one discussions between the leaders.',
    expected: [],
  },
  {
    name: 'reads a two-day trip',
    input: 'He will meet Kim during the two-day trip.',
    expected: [['two-day', 2, 'day', false]],
  },
]

const dateCases: {
  name: string
  input: string
  published?: string
  expected: [string, string, string][]
}[] = [
  {
    name: 'reads a weekday with a part of the day',
    input: 'Putin is expected to arrive in Pyongyang on Tuesday evening.',
    expected: [['Tuesday evening', 'weekday', 'weekday:tuesday']],
  },
  {
    name: 'reads a full American date',
    input: 'The summit was held on June 18, 2024, in Pyongyang.',
    expected: [['June 18, 2024', 'date', '2024-06-18']],
  },
  {
    name: 'reads a range of days',
    input: 'Putin will visit Vietnam on June 19-20.',
    expected: [['June 19-20', 'range', '06-19/06-20']],
  },
  {
    name: 'reads a British date',
    input: 'The agreement was signed on 18 June in Brussels.',
    expected: [['18 June', 'date', '06-18']],
  },
  {
    name: 'reads "last September" as a month',
    input: 'The two leaders met last September at the cosmodrome.',
    expected: [['last September', 'month', 'month:09']],
  },
  {
    name: 'reads "last year" as relative',
    input: 'Exports fell sharply last year.',
    expected: [['last year', 'relative', 'relative:last-year']],
  },
  {
    name: 'reads "nine months ago" as relative',
    input: 'The talks collapsed nine months ago.',
    expected: [['nine months ago', 'relative', 'relative:ago-9-month']],
  },
  {
    name: 'reads clock times',
    input: 'Voting closes at 8 p.m. on Sunday.',
    expected: [
      ['8 p.m.', 'time', '20:00'],
      ['Sunday', 'weekday', 'weekday:sunday'],
    ],
  },
  {
    name: 'reads a month and year',
    input: 'The embassy reopened in May 2023.',
    expected: [['May 2023', 'month', '2023-05']],
  },
  {
    name: 'does not read the verb "may" as a month',
    input: 'Russia may bring up the railways again.',
    expected: [],
  },
  {
    name: 'reads a decade',
    input: 'Prices have risen since the 1990s.',
    expected: [['1990s', 'year', '1990s']],
  },
  {
    name: 'resolves a weekday to the report date',
    input: 'Putin is expected to arrive in Pyongyang on Tuesday evening.',
    published: '2024-06-18',
    expected: [['Tuesday evening', 'date', '2024-06-18']],
  },
  {
    name: 'resolves a past weekday backwards',
    input: 'The talks ended on Friday.',
    published: '2024-06-18',
    expected: [['Friday', 'date', '2024-06-14']],
  },
  {
    name: 'resolves a future weekday forwards',
    input: 'The minister will arrive on Thursday.',
    published: '2024-06-18',
    expected: [['Thursday', 'date', '2024-06-20']],
  },
  {
    name: 'resolves "last September" to the year before',
    input: 'The two leaders met last September.',
    published: '2024-06-18',
    expected: [['last September', 'month', '2023-09']],
  },
  {
    name: 'resolves "nine months ago" to the same month as "last September"',
    input: 'The talks collapsed nine months ago.',
    published: '2024-06-18',
    expected: [['nine months ago', 'month', '2023-09']],
  },
  {
    name: 'resolves "yesterday"',
    input: 'The minister resigned yesterday.',
    published: '2024-06-18',
    expected: [['yesterday', 'date', '2024-06-17']],
  },
  {
    name: 'puts the report year on dates without one',
    input: 'Putin will visit Vietnam on June 19-20.',
    published: '2024-06-18',
    expected: [['June 19-20', 'range', '2024-06-19/2024-06-20']],
  },
]

type EntityRow = [text: string, key: string, type: string]

const entityCases: { name: string; input: string; expected: EntityRow[] }[] = [
  {
    name: 'strips titles and maps demonyms to places',
    input: 'Russian President Vladimir Putin arrived in Pyongyang.',
    expected: [
      ['Russian', 'Russia', 'place'],
      ['Vladimir Putin', 'Vladimir Putin', 'person'],
      ['Pyongyang', 'Pyongyang', 'place'],
    ],
  },
  {
    name: 'resolves a surname-only second mention',
    input:
      'Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing. Putin praised the talks.',
    expected: [['Putin', 'Vladimir Putin', 'person']],
  },
  {
    name: 'resolves an acronym the text defines',
    input:
      'The International Atomic Energy Agency (IAEA) said the plant was safe. The IAEA will send inspectors.',
    expected: [['IAEA', 'International Atomic Energy Agency', 'organization']],
  },
  {
    name: 'resolves a name defined with "officially"',
    input:
      'Myanmar, officially the Republic of the Union of Myanmar, has been ruled by the military since 2021. The Republic of the Union of Myanmar denies it.',
    expected: [['Republic of the Union of Myanmar', 'Myanmar', 'place']],
  },
  {
    name: 'strips multi-word titles before a name',
    input:
      'U.S. Secretary of State Antony Blinken arrived in Kyiv on Wednesday. Blinken met Ukrainian President Volodymyr Zelenskyy.',
    expected: [
      ['Blinken', 'Antony Blinken', 'person'],
      ['Ukrainian', 'Ukraine', 'place'],
      ['Volodymyr Zelenskyy', 'Volodymyr Zelenskyy', 'person'],
    ],
  },
  {
    name: 'keeps an acronym before a title as its own entity',
    input: 'UN Secretary-General Antonio Guterres called for calm.',
    expected: [
      ['UN', 'United Nations', 'organization'],
      ['Antonio Guterres', 'Antonio Guterres', 'person'],
    ],
  },
  {
    name: 'leaves an ambiguous surname unresolved',
    input: 'Kim Jong Un and Kim Jong Il both visited Russia. Kim later returned to Pyongyang.',
    expected: [
      ['Kim', 'Kim', 'other'],
      ['Pyongyang', 'Pyongyang', 'place'],
    ],
  },
  {
    name: 'skips a capitalised common word at the start of a sentence',
    input: 'Commercial satellite imagery shows activity at the Sohae launch site.',
    expected: [['Sohae', 'Sohae', 'other']],
  },
  {
    name: 'does not join two organisations on "and"',
    input: 'The European Union and NATO condemned the strike, the Pentagon said.',
    expected: [
      ['European Union', 'European Union', 'organization'],
      ['NATO', 'NATO', 'organization'],
      ['Pentagon', 'Pentagon', 'organization'],
    ],
  },
  {
    name: 'keeps "of" inside an organisation name',
    input: 'Workers at the Bank of England went on strike, according to the Financial Times.',
    expected: [
      ['Bank of England', 'Bank of England', 'organization'],
      ['Financial Times', 'Financial Times', 'organization'],
    ],
  },
  {
    name: 'keeps "for" and "and" inside an institute name',
    input: 'The Center for Strategic and International Studies published the report.',
    expected: [
      [
        'Center for Strategic and International Studies',
        'Center for Strategic and International Studies',
        'organization',
      ],
    ],
  },
  {
    name: 'maps common aliases of countries',
    input: 'Britain and the United Kingdom are the same; America is the United States.',
    expected: [
      ['Britain', 'United Kingdom', 'place'],
      ['America', 'United States', 'place'],
    ],
  },
  {
    name: 'strips possessives and splits "Seoul-based"',
    input:
      "Seoul's Unification Ministry cited the Seoul-based Institute for National Security Strategy.",
    expected: [
      ['Seoul', 'Seoul', 'place'],
      ['Unification Ministry', 'Unification Ministry', 'organization'],
      [
        'Institute for National Security Strategy',
        'Institute for National Security Strategy',
        'organization',
      ],
    ],
  },
  {
    name: "keeps the apostrophe of Workers' Party",
    input: "The letter featured in Rodong Sinmun, the ruling Workers' Party mouthpiece.",
    expected: [
      ['Rodong Sinmun', 'Rodong Sinmun', 'organization'],
      ["Workers' Party", "Workers' Party", 'organization'],
    ],
  },
  {
    name: 'splits "Russia-North Korea" into two places',
    input: 'It shows that Russia-North Korea solidarity is ironclad.',
    expected: [
      ['Russia', 'Russia', 'place'],
      ['North Korea', 'North Korea', 'place'],
    ],
  },
]

type QuoteCase = {
  name: string
  input: string
  expected: { quotes: [string, string | null][]; attribution: string | null }
}

const quoteCases: QuoteCase[] = [
  {
    name: 'inherits the speaker of the previous quote',
    input: '"We will not back down," Zelenskyy said. "Ukraine will win."',
    expected: { quotes: [['Ukraine will win', 'Zelenskyy']], attribution: 'Zelenskyy' },
  },
  {
    name: 'finds an inverted speaker after a title',
    input: '"The sanctions are working," said Treasury Secretary Janet Yellen.',
    expected: {
      quotes: [['The sanctions are working', 'Janet Yellen']],
      attribution: 'Janet Yellen',
    },
  },
  {
    name: 'attributes "according to" without a quote',
    input: 'According to Reuters, the talks collapsed.',
    expected: { quotes: [], attribution: 'Reuters' },
  },
  {
    name: 'leaves an unnamed speaker null',
    input: 'The ministry said in a statement: "No agreement was reached."',
    expected: { quotes: [['No agreement was reached', null]], attribution: null },
  },
  {
    name: 'resolves "he wrote" to the person of the previous sentence',
    input:
      'Victor Cha, a former official now with the Center for Strategic and International Studies, warned of risks. "This is dangerous," he wrote.',
    expected: { quotes: [['This is dangerous', 'Victor Cha']], attribution: 'Victor Cha' },
  },
  {
    name: 'steps over an appositive to the speaker',
    input:
      '"The visit is a thank-you," Leif-Eric Easley, professor of international studies at Ewha Womans University in Seoul, told ABC News.',
    expected: {
      quotes: [['The visit is a thank-you', 'Leif-Eric Easley']],
      attribution: 'Leif-Eric Easley',
    },
  },
  {
    name: 'takes an organisation before a role noun as speaker',
    input:
      '"We feel a need to keep a close eye," Seoul\'s Unification Ministry official told journalists Tuesday.',
    expected: {
      quotes: [['We feel a need to keep a close eye', 'Unification Ministry']],
      attribution: 'Unification Ministry',
    },
  },
  {
    name: 'finds an acronym speaker before "stated,"',
    input:
      'The Korean Central News Agency (KCNA) stated, "The Korean people will always be on our side."',
    expected: {
      quotes: [['The Korean people will always be on our side', 'Korean Central News Agency']],
      attribution: 'Korean Central News Agency',
    },
  },
  {
    name: 'prefers the speech verb for attribution',
    input: 'The European Union and NATO condemned the strike, the Pentagon said.',
    expected: { quotes: [], attribution: 'Pentagon' },
  },
  {
    name: 'attributes a reported claim by surname',
    input:
      'Yuri Ushakov, a Kremlin aide, spoke on Monday. Ushakov emphasized that the agreement would not target any other country.',
    expected: { quotes: [], attribution: 'Yuri Ushakov' },
  },
  {
    name: 'resolves "he" to a person earlier in the same sentence',
    input:
      'Vladimir Putin vowed to support Pyongyang against what he described as "U.S. pressure, blackmail, and military threats".',
    expected: {
      quotes: [['U.S. pressure, blackmail, and military threats', 'Vladimir Putin']],
      attribution: 'Vladimir Putin',
    },
  },
]

const negationCases: { name: string; input: string; expected: string[] }[] = [
  {
    name: 'negates "did not"',
    input: 'The president did not attend the summit.',
    expected: ['not'],
  },
  {
    name: 'negates a denial',
    input: 'Moscow has denied any involvement in the attack.',
    expected: ['denied'],
  },
  {
    name: 'negates a refusal',
    input: 'Officials refused to comment on the report.',
    expected: ['refused'],
  },
  {
    name: 'negates "failed to"',
    input: 'The regime failed to launch its second reconnaissance satellite.',
    expected: ['failed'],
  },
  {
    name: 'ignores "not" in a relative clause',
    input: 'The plan, which was not approved by parliament, will cost $5 billion.',
    expected: [],
  },
  {
    name: 'ignores "not only … but"',
    input: 'The deal would not only boost trade but also create jobs.',
    expected: [],
  },
  {
    name: 'ignores a reduced relative clause',
    input: '"We will develop mechanisms not controlled by the West," Putin wrote.',
    expected: [],
  },
  {
    name: 'ignores "that are not" after a noun',
    input:
      'We will develop mechanisms that are not controlled by the West, and resist restrictions.',
    expected: [],
  },
  {
    name: 'ignores a quoted noun phrase',
    input: 'He called the claims "not credible" and said the army had advanced.',
    expected: [],
  },
  {
    name: 'counts a quoted verb phrase',
    input: 'He said the shipments "did not stop."',
    expected: ['not'],
  },
  {
    name: 'counts a negation inside a quote that is the claim',
    input: 'The ministry said in a statement: "No agreement was reached."',
    expected: ['No'],
  },
  { name: 'negates "no one"', input: 'No one was injured in the blast.', expected: ['No'] },
  {
    name: 'reads "did not deny" as affirmed',
    input: 'The company did not deny the report.',
    expected: [],
  },
  { name: 'negates "never"', input: 'The minister never visited the site.', expected: ['never'] },
  {
    name: 'negates a complement clause after "emphasized that"',
    input: 'Ushakov emphasized that the agreement would not target any other country.',
    expected: ['not'],
  },
  {
    name: 'negates a contraction',
    input: "The army hasn't confirmed the casualties.",
    expected: ["hasn't"],
  },
]

describe('numbers', () => {
  it.each(numberCases)('$name', ({ input, expected }) => {
    const got = lastFacts(input).numbers.map((n) => {
      const row: NumberRow = [n.text, n.value, n.unit, n.approximate]
      if ((n as { ordinal?: boolean }).ordinal) row.push(true)
      return row
    })
    expect(got).toEqual(expected)
  })
})

describe('dates', () => {
  it.each(dateCases)('$name', ({ input, published, expected }) => {
    expect(lastFacts(input, published).dates.map((d) => [d.text, d.kind, d.value])).toEqual(
      expected,
    )
  })
})

describe('entities and aliases', () => {
  it.each(entityCases)('$name', ({ input, expected }) => {
    expect(lastFacts(input).entities.map((e) => [e.text, e.key, e.type])).toEqual(expected)
  })

  it('resolves an alias defined in one report inside the other', () => {
    const a =
      "North Korea, officially the Democratic People's Republic of Korea (DPRK), is under sanctions."
    const b =
      'The Korean Central News Agency (KCNA) quoted officials. KCNA said the DPRK would respond.'
    const c = 'KCNA reported the launch.'
    const aliases = collectAliases([a, b])
    const [facts] = extractFacts([{ norm: c, paragraph: 0, role: 'body' }], aliases)
    expect(facts!.entities.map((e) => e.key)).toEqual(['Korean Central News Agency'])
    expect(aliases.get('dprk')).toBe('North Korea')
  })

  it('reads no person from a possessive inside a longer name', () => {
    const text =
      "Putin arrived in the Democratic People's Republic of Korea. The Korean People's Army paraded."
    const aliases = collectAliases([text])
    expect(aliases.has('people')).toBe(false)
    const [facts] = extractFacts(
      [{ norm: 'People lined the streets.', paragraph: 0, role: 'body' }],
      aliases,
    )
    expect(facts!.entities).toEqual([])
  })

  it("still reads the person who owns a name: Vladimir Putin's Security Council", () => {
    const aliases = collectAliases(["Vladimir Putin's Security Council met. Putin spoke."])
    expect(aliases.get('putin')).toBe('Vladimir Putin')
  })

  it('gives boilerplate empty facts', () => {
    const [facts] = extractFacts(
      [
        {
          norm: 'Copyright 2024 ABC News. All rights reserved.',
          paragraph: 0,
          role: 'boilerplate',
        },
      ],
      new Map(),
    )
    expect(facts).toEqual({
      numbers: [],
      dates: [],
      entities: [],
      quotes: [],
      negated: false,
      attribution: null,
    })
  })
})

describe('quotes and speakers', () => {
  it.each(quoteCases)('$name', ({ input, expected }) => {
    const facts = lastFacts(input)
    expect({
      quotes: facts.quotes.map((q) => [q.text, q.speaker]),
      attribution: facts.attribution,
    }).toEqual(expected)
  })

  it('does not carry a speaker into a sentence that is not only a quote', () => {
    const facts = extractFacts(
      splitForFacts('"A deal is close," Putin said. Analysts were "cautious."'),
      new Map(),
    )
    expect(facts[1]!.quotes).toEqual([{ text: 'cautious', speaker: null }])
  })
})

describe('negation', () => {
  it.each(negationCases)('$name', ({ input, expected }) => {
    const facts = lastFacts(input)
    expect(facts.negations ?? []).toEqual(expected)
    expect(facts.negated).toBe(expected.length > 0)
  })
})
