/**
 * Menus and tag lists.
 * Example: `Home | World | Asia`, `Tags: Russia, North Korea`, `Topics · Politics · Asia`.
 */
import type { LineRule } from './types'

const TAGS = /^(?:tags?|topics?|filed under|categories|category|keywords|more about|sections?|menu|home)\s*[:|>\u00BB\u203A]/i
const SEPARATORS = /\s[|\u00B7\u2022>\u00BB\u203A/]\s/
const HOME = /^home$/i
const CLOSED = /[.!?]$/

/** Menus and tag lists. */
export const navBar: LineRule = {
  name: 'nav-bar',
  maxWords: 40,
  starts: 'cfhkmst',
  test: (text) => TAGS.test(text) || HOME.test(text),
  anywhere: {
    cues: ['|', '\u00B7', '\u2022', '>', '\u00BB', '\u203A', '/'],
    test: (text) => {
      if (!SEPARATORS.test(text) || CLOSED.test(text)) return false
      // three or more short items: "Home | World | Asia | Politics"
      const items = text.split(SEPARATORS)
      return items.length >= 3 && items.every((item) => item.split(' ').length <= 4)
    },
  },
}
