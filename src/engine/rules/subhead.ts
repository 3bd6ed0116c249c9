/**
 * Section headings in sentence case inside the body: a short line without closing punctuation
 * between two paragraphs that end like prose. `What residents said` and `Why the rates are going
 * up` (the Guardian's and most US papers' style) are headings; Title Case ones are caught by
 * `heading.ts` already.
 */
import type { ContextRule, Line } from './types'

const OPENS = /^["'(]?[\p{Lu}\d]/u
// Headings end in a letter, a digit or a closing parenthesis, never in sentence punctuation.
const OPEN_END = /[\p{L}\p{N})]$/u
const PROSE_END = /[.!?]["')\]]*$/

function isProse(line: Line | undefined): boolean {
  return line !== undefined && line.role === 'body' && line.words >= 8 && PROSE_END.test(line.text)
}

// "14:20", "2:05 pm", "Updated 10.45 GMT": a live-blog entry's time stamp
const CLOCK = /^(?:updated:? )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?$/i
const isStamp = (line: Line) => line.role === 'boilerplate' && CLOCK.test(line.text)

/** Sentence-case subheads between prose paragraphs. */
export const subhead: ContextRule = {
  name: 'subhead',
  apply: (lines) => {
    for (let i = 1; i < lines.length - 1; i++) {
      const line = lines[i] as Line
      if (line.role !== 'body' || line.words < 2 || line.words > 10) continue
      if (!OPENS.test(line.text) || !OPEN_END.test(line.text)) continue
      const before = lines[i - 1] as Line
      // a live blog puts each entry's heading under its time stamp
      const proseBefore = isProse(before) || before.role === 'heading' || isStamp(before)
      if (!proseBefore || !isProse(lines[i + 1])) continue
      line.role = 'heading'
      line.rule = 'subhead'
    }
  },
}
