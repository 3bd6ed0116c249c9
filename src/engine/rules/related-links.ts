/**
 * Links to other stories.
 * Example: `Also Read | White House Affirms…`, `Read more: …`, `Related`, `RECOMMENDED`.
 */
import type { LineRule } from './types'

const LABEL =
  '(?:also read|read also|also see|see also|read more|read next|more from [\\w ]{1,30}|related' +
  '(?: stories| articles| news| coverage| posts?| reading| topics| content| links| videos?)?' +
  '|recommended(?: stories| for you| reading| videos| articles)?|must read|don\'t miss|' +
  'trending(?: now| stories| news)?|top stories|most (?:read|popular|viewed|shared)|' +
  'more on this(?: story)?|you (?:may|might) also like|editor\'?s picks?|latest news|' +
  'more stories|further reading|more in [\\w ]{1,20}|what to read next|catch up|explore more|' +
  'also on [\\w ]{1,20}|read the full story|continue reading|more news|popular now|in case you missed it)'
// the label alone, or followed by a separator: "Also Read | …", "Read more: …", "Related - …"
const WITH_SEPARATOR = new RegExp(`^${LABEL}\\s*(?:$|[|:>\\u00BB\\u203A\\u2192-]|\\.\\.\\.|\\u2026)`, 'i')
// "ALSO READ Coal India…": the label in capitals, then the linked title
const SHOUTED = /^(?:ALSO READ|READ MORE|READ ALSO|RELATED|RECOMMENDED|MUST READ|SEE ALSO)\b/

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90
}

/** Links to other stories. */
export const relatedLinks: LineRule = {
  name: 'related-links',
  maxWords: 40,
  starts: 'acdefilmprstwy',
  // a shouted label's second letter is a capital: most lines are not asked that pattern
  test: (text) => WITH_SEPARATOR.test(text) || (isCapital(text.charCodeAt(1)) && SHOUTED.test(text)),
  sentence: true,
}
