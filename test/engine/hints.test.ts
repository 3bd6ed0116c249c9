/**
 * The hint scan that gates the fact extractors: a missing bit must prove that an extractor has
 * nothing to find, so each table row pins a case the speed work leans on.
 */
import { describe, expect, it } from 'vitest'
import { isSpaceCode, isWordCode } from '../../src/engine/chars'
import { HINT, newCues, scanCues, scanHints } from '../../src/engine/facts/hints'

const has = (text: string, bit: number): boolean => (scanHints(text) & bit) !== 0

describe('scanHints', () => {
  it.each([
    ['The talks resume in March.', HINT.month, true],
    ['Talks resume Sept. 4.', HINT.month, true],
    ['Protesters march on the capital.', HINT.month, false],
    ['Russia may bring up railways.', HINT.month, false],
    ['May I ask?', HINT.month, true],
    ['He arrives on Tuesday night.', HINT.weekday, true],
    ['He arrives today.', HINT.weekday, false],
    ['They met this week.', HINT.period, true],
    ['This is a plan.', HINT.period, false],
    ['It cost 24 million.', HINT.digit, true],
    ['It cost a fortune.', HINT.digit, false],
    ["They didn't go.", HINT.negation, true],
    ['Officials refused to comment.', HINT.negation, true],
  ] as const)('%s', (text, bit, expected) => {
    expect(has(text, bit)).toBe(expected)
  })

  it('pushes the positions of reporting verbs in any case, in order', () => {
    const verbsAt: number[] = []
    scanHints('"No," SAID Putin, who later told reporters it was denied.', verbsAt)
    expect(verbsAt).toEqual([6, 28, 50])
  })
})

describe('scanCues', () => {
  it('lists the cue words with their bits and where the runs of digits start', () => {
    const text = 'Putin said on March 3 that 11,000 failed.'
    const cues = scanCues(text, newCues())
    const at = (word: string): number => text.indexOf(word)
    expect(cues.words).toEqual([
      at('said'),
      at('said') + 4,
      HINT.reporting,
      at('March'),
      at('March') + 5,
      HINT.month,
      at('failed'),
      at('failed') + 6,
      HINT.negation,
    ])
    expect(cues.digits).toEqual([at('3'), at('11'), at('000')])
    expect(cues.verbs).toEqual([at('said')])
  })

  it.each([
    ['It starts at 10:30.', true],
    ['It starts at 3 p.m.', true],
    ['It starts at 3pm.', true],
    ['It lasts 3 months.', false],
  ] as const)('clock hint: %s', (text, expected) => {
    expect((scanCues(text, newCues()).bits & HINT.clock) !== 0).toBe(expected)
  })
})

describe('character tests', () => {
  it('agree with \\s and \\w on every UTF-16 code unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code)
      if (isSpaceCode(code) !== /\s/.test(ch)) throw new Error(`\\s differs at ${code}`)
      if (isWordCode(code) !== /\w/.test(ch)) throw new Error(`\\w differs at ${code}`)
    }
  })
})
