/**
 * Copyright and syndication lines.
 * Example: `Copyright © 2024, ABC Audio. All rights reserved.`, `© 2024 Reuters`.
 */
import type { LineRule } from './types'

// "Our Standards: The Thomson Reuters Trust Principles.", "Editorial standards"
const START = /^(?:copyright\b|\u00A9|\(c\) ?(?:19|20)\d\d|our standards\b|editorial (?:standards|guidelines)\b)/i
const ANYWHERE =
  /\ball rights reserved\b|\bmay not be (?:published|reproduced|copied)[^.]{0,40}(?:redistributed|rewritten)|\bunauthori[sz]ed (?:use|reproduction)\b/i

// a cheap first look before the unanchored pattern
const HINT = /eserved|ESERVED|istributed|ISTRIBUTED|ewritten|EWRITTEN|nauthori|NAUTHORI/

/** Copyright lines. */
export const copyright: LineRule = {
  name: 'copyright',
  maxWords: 40,
  starts: '(ceo',
  test: (text) => START.test(text),
  anywhere: {
    // "all rights reserved", "may not be published …", "unauthorised use"
    cues: ['reserved', 'may', 'unauthori'],
    test: (text) => HINT.test(text) && ANYWHERE.test(text),
  },
  sentence: true,
}
