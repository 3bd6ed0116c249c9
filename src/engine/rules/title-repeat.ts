/**
 * A later line repeating the title, such as a photo caption.
 * Example: `Russian President … state visit` again.
 */
import { pickTitle } from './title'
import type { ContextRule, Line } from './types'

const SUFFIX = /^ ?[|(/:-]/

/**
 * A cheap no before lower-casing anything (costly for a report that had curly quotes: its text
 * stays two bytes a unit): an ASCII character lower-cases alone and one for one, so while both
 * are ASCII, `text` and `title` must agree letter for letter, case aside.
 */
function mayStartWith(text: string, title: string): boolean {
  for (let i = 0; i < title.length && i < text.length; i++) {
    const c = text.charCodeAt(i)
    const d = title.charCodeAt(i)
    if (c >= 128 || d >= 128) return true
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== (d >= 65 && d <= 90 ? d + 32 : d)) return false
  }
  return true
}

/** Repeats of the title after the title line. */
export const titleRepeat: ContextRule = {
  name: 'title-repeat',
  apply: (lines) => {
    const t = pickTitle(lines)
    if (t < 0) return
    const titleLine = lines[t] as Line
    let title: string | null = null
    for (let i = t + 1; i < lines.length; i++) {
      const line = lines[i] as Line
      if (line.words > titleLine.words + 12 || !mayStartWith(line.text, titleLine.text)) continue
      title ??= titleLine.text.toLowerCase()
      if (line.text.length < title.length) continue
      const text = line.text.toLowerCase()
      // the title alone, or with a credit after a separator: "… state visit | Photo: Reuters"
      if (text === title || (text.startsWith(title) && SUFFIX.test(text.slice(title.length)))) {
        line.role = 'boilerplate'
        line.rule = 'title-repeat'
      }
    }
  },
}
