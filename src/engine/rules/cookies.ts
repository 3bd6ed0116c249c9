/**
 * Cookie and consent notices.
 * Example: `We use cookies to improve your experience.`, `Accept all cookies`.
 */
import type { LineRule } from './types'

const COOKIES =
  /\b(?:we use cookies|(?:this|our) (?:web)?site uses cookies|uses? cookies (?:and|to)|accept (?:all )?cookies|reject (?:all )?cookies|cookie (?:policy|settings|preferences|notice|consent)|manage (?:cookies|consent|preferences|privacy settings)|consent preferences|by continuing to (?:use|browse)|do not sell (?:or share )?my personal information|your privacy choices)\b/i

// a cheap first look before the long pattern: every phrase holds one of these pieces
const HINT = /o(?:okie|nsent|ntinuing)|OOKIE|ONSENT|ONTINUING|REFERENCE|r(?:eference|ivacy)|RIVACY|ersonal|ERSONAL/
// consent buttons only as a whole line: "Accept all" inside a sentence is ordinary English
const BUTTON = /^(?:accept|reject|allow|deny) all(?: cookies)?$|^(?:i agree|got it|ok, got it)$/i

/** Cookie notices. */
export const cookies: LineRule = {
  name: 'cookies',
  maxWords: 60,
  starts: 'adgior',
  // a button has three words at most ("ok, got it"): most lines are not asked the pattern
  test: (text, words) => words <= 3 && BUTTON.test(text),
  anywhere: {
    // each phrase holds one of these words, after a space or at a word boundary
    cues: ['cookie', 'consent', 'preference', 'continuing', 'personal', 'privacy'],
    test: (text) => HINT.test(text) && COOKIES.test(text),
  },
  sentence: true,
}
