/**
 * Advertisement markers, as whole lines.
 * Example: `Advertisement`, `- ADVERTISEMENT -`, `Sponsored`, `Story continues below`.
 */
import type { LineRule } from './types'

const MARKERS = [
  'advertisements?|advertising|advert|ads?',
  'sponsored(?: content| post| links?| stories)?',
  'paid (?:content|post|partner)',
  'promoted(?: content| stories)?',
  'partner content',
  'story continues below(?: advertisement)?',
  'article continues (?:below|after (?:this )?advertisement)',
  'continue reading (?:below|the main story)',
  'scroll to continue(?: with content)?',
  'skip (?:ad|advertisement)|ad feedback|report (?:this )?ad|close ad|remove ads',
]
// dashes, stars and bars around the marker: "- Advertisement -", "*** ADVERTISEMENT ***"
const AD = new RegExp(`^[\\s\\-*|]*(?:${MARKERS.join('|')})[\\s\\-*|.]*$`, 'i')

/** Advertisement markers. */
export const advertisement: LineRule = {
  name: 'advertisement',
  maxWords: 8,
  starts: 'acprs-*|',
  test: (text) => AD.test(text),
  sentence: true,
}
