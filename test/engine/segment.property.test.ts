// fast-check properties of `segment` over arbitrary Unicode: never throws, always terminates,
// and its spans are ordered, inside the input, non-overlapping and cover every visible character.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isDropped } from '../../src/engine/normalize'
import { segment } from '../../src/engine/segment'

const SPACE = /\s/

// text built from the pieces that exercise the scanner: words, stops, quotes, breaks, marks
const piece = fc.constantFrom(
  'The', 'U.S.', 'Mr.', 'J.R.R.', '1.5', '$2.3', 'a.m.', 'etc.', '...', '…', '.', '?', '!', ',',
  ':', ' ', '  ', '\n', '\r\n', '\r', '\n\n', '\t', '\u00A0', '"', "'", '“', '”', '‘', '’', '(', ')',
  '—', '–', '- ', '• ', '1. ', 'é', 'e\u0301', '\u0301', '\u1100\u1161', '😀', '👩‍👩‍👧', '\uD800',
  '\uDC00', '\u200B', '\uFEFF', '\u00AD', 'Also Read | ', 'Copyright © 2024', 'Title', 'By Jane Doe',
  'Advertisement', 'Leave a Reply', 'word', 'Putin', 'Kim', 'said', 'ΑΘΗΝΑ', 'москва', '北京',
)
const mixed = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''))

const inputs = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 100 }),
  mixed,
  fc.tuple(mixed, fc.string({ unit: 'binary', maxLength: 40 }), mixed).map((t) => t.join('')),
)

/** Characters every segment set must cover: not whitespace, and not dropped as zero-width. */
function mustCover(raw: string, i: number): boolean {
  const c = raw[i] as string
  return !SPACE.test(c) && !isDropped(c.charCodeAt(0))
}

function checkInvariants(raw: string): void {
  const { segments, title } = segment(raw)
  let prev = 0
  let lastParagraph = 0
  const covered = new Uint8Array(raw.length)
  for (const s of segments) {
    expect(s.start).toBeGreaterThanOrEqual(prev)
    expect(s.end).toBeGreaterThan(s.start)
    expect(s.end).toBeLessThanOrEqual(raw.length)
    expect(s.text).toBe(raw.slice(s.start, s.end))
    expect(SPACE.test(s.text[0] as string)).toBe(false)
    expect(SPACE.test(s.text[s.text.length - 1] as string)).toBe(false)
    expect(s.norm).toBe(s.norm.trim())
    expect(s.paragraph).toBeGreaterThanOrEqual(lastParagraph)
    lastParagraph = s.paragraph
    covered.fill(1, s.start, s.end)
    prev = s.end
  }
  for (let i = 0; i < raw.length; i++) {
    if (!covered[i] && mustCover(raw, i)) {
      throw new Error(`uncovered ${JSON.stringify(raw[i])} at ${i} in ${JSON.stringify(raw)}`)
    }
  }
  expect(title === null || typeof title === 'string').toBe(true)
}

describe('segment properties', () => {
  it('never throws and keeps spans ordered, inside the input, non-overlapping and covering', () => {
    fc.assert(fc.property(inputs, (raw) => checkInvariants(raw)), { numRuns: 3000 })
  })

  it('covers every non-space character of plain text with whitespace only between segments', () => {
    const plain = fc.array(fc.constantFrom('A.', 'b', ' ', '\n', '"', '?', 'U.S.', '1.5'), {
      maxLength: 80,
    })
    fc.assert(
      fc.property(plain, (parts) => {
        const raw = parts.join('')
        const { segments } = segment(raw)
        let prev = 0
        for (const s of segments) {
          expect(raw.slice(prev, s.start).trim()).toBe('')
          prev = s.end
        }
        expect(raw.slice(prev).trim()).toBe('')
      }),
      { numRuns: 2000 },
    )
  })

  // generous bound: the machine may be busy, and a quadratic blow-up on 50k characters takes minutes
  it('terminates in linear time on long and hostile inputs', () => {
    const hostile = [
      '.'.repeat(50_000),
      'U.S.'.repeat(20_000),
      '1'.repeat(50_000) + 'x',
      'By ' + 'Ab '.repeat(10_000),
      '"'.repeat(30_000) + '. A',
      ('Jan 5 ' + '2024 ').repeat(5_000) + 'x',
      '\u0301'.repeat(20_000),
      'a\n'.repeat(30_000),
    ]
    for (const raw of hostile) {
      const t = performance.now()
      segment(raw)
      expect(performance.now() - t, JSON.stringify(raw.slice(0, 20))).toBeLessThan(2000)
      checkInvariants(raw)
    }
    // The 2 s per input catches runaway backtracking; the invariant checks over 50k-character
    // inputs take seconds of their own on a loaded machine, so the test as a whole gets a minute.
  }, 60_000)
})
