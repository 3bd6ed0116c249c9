/**
 * A long headline in sentence case, recognised by what follows it: the first line of the page,
 * without closing punctuation, directly above a byline or a time stamp, or set apart from the
 * text by a blank line.
 * `Assam floods: Death toll rises to 38, over 11 lakh people affected in 22 districts` above
 * `Updated: June 21, 2024 10:45 IST` is the title, though most of its words are lower case.
 */
import type { ContextRule, Line } from './types'

const CLOSED = /[.!?,;:]["')\]]*$/

/** Headlines above bylines and stamps. */
export const headline: ContextRule = {
  name: 'headline',
  apply: (lines) => {
    const first = lines.findIndex((line) => line.role !== 'boilerplate')
    const line = lines[first] as Line | undefined
    const next = lines[first + 1]
    if (!line || !next || line.role !== 'body') return
    if (line.words < 3 || line.words > 20 || CLOSED.test(line.text)) return
    if (next.rule !== 'byline' && next.rule !== 'timestamp' && !line.gapAfter) return
    line.role = 'heading'
    line.rule = 'headline'
  },
}
