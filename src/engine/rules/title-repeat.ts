/**
 * A later line repeating the title, such as a photo caption.
 * Example: `Russian President … state visit` again.
 */
import { pickTitle } from './title'
import type { ContextRule, Line } from './types'

const SUFFIX = /^ ?[|(/:-]/

/**
 * A cheap no before lower-casing the whole line: an ASCII character lower-cases alone and one
 * for one, so a leading ASCII run of `text` must already agree with `lowerTitle`.
 */
function mayStartWith(text: string, lowerTitle: string): boolean {
  for (let i = 0; i < lowerTitle.length && i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 128) return true
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lowerTitle.charCodeAt(i)) return false
  }
  return true
}

/** Repeats of the title after the title line. */
export const titleRepeat: ContextRule = {
  name: 'title-repeat',
  apply: (lines) => {
    const t = pickTitle(lines)
    if (t < 0) return
    const title = (lines[t] as Line).text.toLowerCase()
    const titleWords = (lines[t] as Line).words
    for (let i = t + 1; i < lines.length; i++) {
      const line = lines[i] as Line
      if (line.text.length < title.length || line.words > titleWords + 12) continue
      if (!mayStartWith(line.text, title)) continue
      const text = line.text.toLowerCase()
      // the title alone, or with a credit after a separator: "… state visit | Photo: Reuters"
      if (text === title || (text.startsWith(title) && SUFFIX.test(text.slice(title.length)))) {
        line.role = 'boilerplate'
        line.rule = 'title-repeat'
      }
    }
  },
}
