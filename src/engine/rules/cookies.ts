/** Cookie and consent notices: `We use cookies to improve your experience.`, `Accept all cookies`, `Manage preferences`. */
import type { LineRule } from './types'

const COOKIES =
  /\b(?:we use cookies|(?:this|our) (?:web)?site uses cookies|uses? cookies (?:and|to)|accept (?:all )?cookies|reject (?:all )?cookies|cookie (?:policy|settings|preferences|notice|consent)|manage (?:cookies|consent|preferences|privacy settings)|consent preferences|by continuing to (?:use|browse)|do not sell (?:or share )?my personal information|your privacy choices)\b/i

// consent buttons only as a whole line: "Accept all" inside a sentence is ordinary English
const BUTTON = /^(?:accept|reject|allow|deny) all(?: cookies)?$|^(?:i agree|got it|ok, got it)$/i

/** Cookie notices. */
export const cookies: LineRule = {
  name: 'cookies',
  test: (text, words) => words <= 60 && (COOKIES.test(text) || BUTTON.test(text)),
  sentence: true,
}
