/** Advertisement markers: `Advertisement`, `- ADVERTISEMENT -`, `Sponsored`, `Story continues below advertisement`. */
import type { LineRule } from './types'

const AD =
  /^[\s\-*|]*(?:advertisement|advertisements|advertising|advert|ad|ads|sponsored(?: content| post| links?| stories)?|paid (?:content|post|partner)|promoted(?: content| stories)?|partner content|story continues below(?: advertisement)?|article continues (?:below|after (?:this )?advertisement)|continue reading (?:below|the main story)|scroll to continue(?: with content)?|skip (?:ad|advertisement)|ad feedback|report (?:this )?ad|close ad|remove ads)[\s\-*|.]*$/i

/** Advertisement markers. */
export const advertisement: LineRule = {
  name: 'advertisement',
  test: (text, words) => words <= 8 && AD.test(text),
  sentence: true,
}
