/**
 * The role rules in the order they run (as parse-latin runs its plugins): line rules first,
 * the first that matches makes the line furniture; then rules that look at neighbours.
 */
import { advertisement } from './advertisement'
import { byline } from './byline'
import { comments } from './comments'
import { cookies } from './cookies'
import { copyright } from './copyright'
import { labelCluster } from './label-cluster'
import { navBar } from './nav-bar'
import { photoCredit } from './photo-credit'
import { player } from './player'
import { relatedLinks } from './related-links'
import { share } from './share'
import { timestamp } from './timestamp'
import { titleRepeat } from './title-repeat'
import { subhead } from './subhead'
import { headline } from './headline'
import { cueBits, cueTable } from './cues'
import type { ContextRule, LineRule } from './types'

/** Furniture rules for one line (or one sentence, where `sentence` is set), in order. */
export const lineRules: readonly LineRule[] = [
  advertisement,
  relatedLinks,
  copyright,
  comments,
  player,
  photoCredit,
  byline,
  timestamp,
  share,
  cookies,
  navBar,
]

/** Rules over the whole list of lines, run after headings are marked, in order. */
export const contextRules: readonly ContextRule[] = [labelCluster, headline, titleRepeat, subhead]

// no rule takes a line of more words than this
const MAX_WORDS = Math.max(...lineRules.map((rule) => rule.maxWords))

/** Every cue of the line rules, numbered, for the scan that finds them in a report. */
export const CUES = cueTable(lineRules.flatMap((rule) => rule.anywhere?.cues ?? []))

// each rule's cues as a bit set, in rule order (0: no unanchored patterns)
const CUE_MASKS = lineRules.map((rule) => cueBits(CUES, rule.anywhere?.cues ?? []))

// for each printable ASCII code, the bit set of the rules (bit r: `lineRules[r]`) whose `test`
// may accept a line that begins with it
const STARTS = new Int32Array(128)
for (let c = 33; c < 127; c++) {
  const lower = String.fromCharCode(c).toLowerCase()
  lineRules.forEach((rule, r) => {
    if (rule.starts === undefined || rule.starts.includes(lower)) STARTS[c] |= 1 << r
  })
}
for (const rule of lineRules) {
  if (rule.starts !== undefined && !/^[!-@\[-~]*$/.test(rule.starts)) {
    throw new Error(`bad starts of ${rule.name}`)
  }
}

/**
 * Name of the first line rule that calls `text` furniture, or null. `cues`: the bit set of the
 * `CUES` the text holds (or a superset of it).
 */
export function matchFurniture(
  text: string,
  words: number,
  cues: number,
  sentence = false,
): string | null {
  if (words > MAX_WORDS) return null
  const first = text.charCodeAt(0)
  // the rules whose `test` may accept a line beginning so (all of them, for an empty line)
  const tested = first > 32 && first < 127 ? (STARTS[first] as number) : -1
  for (let r = 0; r < lineRules.length; r++) {
    const rule = lineRules[r] as LineRule
    if (words > rule.maxWords || (sentence && !rule.sentence)) continue
    if ((tested & (1 << r)) !== 0 && rule.test(text, words)) return rule.name
    if ((cues & (CUE_MASKS[r] as number)) !== 0 && rule.anywhere?.test(text)) {
      return rule.name
    }
  }
  return null
}
