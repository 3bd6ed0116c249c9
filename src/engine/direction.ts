/**
 * Direction of relational nouns: who gives support, aid or thanks to whom.
 *
 * "We highly appreciate the DPRK's unwavering support for Russia" and "Putin reaffirmed his
 * unwavering support for North Korea" share their words but not their direction; word overlap
 * alone would call them an agreement.
 */
import type { EntityFact, Facts } from './types'
import { isSpaceCode } from './chars'
import { keyOf } from './words'

/** `source` gives `noun` to `target` (canonical names, or null when unnamed). */
export type Direction = { noun: string; source: string | null; target: string | null }

const NOUN =
  /\b(support|backing|aid|help|assistance|gratitude|thanks|pressure|threats?|sanctions|attacks?)\s+(for|of|to|towards?|against|on)\s+/gi
// Most claims name none of these nouns: one cheap test spares the search above.
const NOUN_HINT = /support|backing|aid|help|assistance|gratitude|thanks|pressure|threat|sanction|attack/i
const POSSESSIVE_PRONOUN = /\b(his|her|its|their|our|my)\s+(?:[\p{L}-]+\s+){0,2}$/iu
// What follows the owner in `/(\S[\p{L}.\- ]*?)['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u`. No apostrophe
// may come after it, so it starts at the span's last one.
const POSSESSOR_TAIL = /^s\s+(?:[\p{L}-]+\s+){0,2}$/u
const LETTER_AT = /\p{L}/uy

// Whether the code point at `i` is one of the owner's `[\p{L}.\- ]`.
function ownerChar(span: string, i: number): boolean {
  const c = span.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 45 || c === 32
  LETTER_AT.lastIndex = i
  return LETTER_AT.test(span)
}

// Where the code point that ends just before `i` starts (a surrogate pair is one).
function codePointBefore(span: string, i: number): number {
  const c = span.charCodeAt(i - 1)
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = span.charCodeAt(i - 2)
    if (high >= 0xd800 && high <= 0xdbff) return i - 2
  }
  return i - 1
}

/**
 * The owner named before "'s" at the end of `span` ("North Korea" of "North Korea’s unwavering "):
 * group 1 of the pattern above, read back from the apostrophe by hand because the pattern's lazy
 * search from every start was the slowest part of reading directions. The leftmost match starts
 * at the non-space just before the run of `[\p{L}.\- ]` that ends at the apostrophe, or else at
 * the run's first non-space.
 */
function possessorOf(span: string): string | null {
  const last = Math.max(span.lastIndexOf("'"), span.lastIndexOf('’'))
  if (last < 0 || !POSSESSOR_TAIL.test(span.slice(last + 1))) return null
  let start = last
  while (start > 0) {
    const prev = codePointBefore(span, start)
    if (!ownerChar(span, prev)) break
    start = prev
  }
  if (start > 0) {
    const prev = codePointBefore(span, start)
    if (!isSpaceCode(span.charCodeAt(prev))) return span.slice(prev, last)
  }
  for (let i = start; i < last; i++) if (span.charCodeAt(i) !== 32) return span.slice(i, last)
  return null
}

function entityIn(span: string, entities: readonly EntityFact[], fromEnd: boolean): string | null {
  let best: string | null = null
  let bestAt = -1
  for (const e of entities) {
    // "He" stands for a person the claim before named; it is not a name to find in a span.
    if (e.text === 'He' || e.text === 'She') continue
    const at = fromEnd ? span.lastIndexOf(e.text) : span.indexOf(e.text)
    if (at < 0) continue
    if (best === null || (fromEnd ? at > bestAt : at < bestAt)) {
      best = e.key
      bestAt = at
    }
  }
  return best
}

// Where the clause that starts at `from` ends: at , . ; or :, and at most at `to`.
function clauseEnd(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length)
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a) return i
  }
  return end
}

function actorOf(facts: Facts): string | null {
  if (facts.attribution) return facts.attribution
  for (const q of facts.quotes) if (q.speaker) return q.speaker
  return facts.entities.find((e) => e.type === 'person')?.key ?? null
}

const NO_DIRECTIONS: readonly Direction[] = []

/** Directions stated in a claim, e.g. `{ noun: 'support', source: 'North Korea', target: 'Russia' }`. */
export function directionsOf(text: string, facts: Facts): readonly Direction[] {
  if (!NOUN_HINT.test(text)) return NO_DIRECTIONS
  const out: Direction[] = []
  // exec of the shared global pattern instead of matchAll, which copies the pattern every call
  NOUN.lastIndex = 0
  for (let m = NOUN.exec(text); m !== null; m = NOUN.exec(text)) {
    const at = m.index
    const before = text.slice(Math.max(0, at - 60), at)
    const from = at + m[0].length
    const after = text.slice(from, clauseEnd(text, from, from + 60))
    let source: string | null = null
    const pronoun = POSSESSIVE_PRONOUN.exec(before)?.[1]?.toLowerCase()
    if (pronoun === 'its' || pronoun === 'their') {
      // "thanked Germany for its support": a thing's pronoun points to the last name before it.
      source = entityIn(text.slice(0, at), facts.entities, true) ?? actorOf(facts)
    } else if (pronoun) source = actorOf(facts)
    else {
      const owner = possessorOf(before)
      if (owner !== null) source = entityIn(owner, facts.entities, true)
    }
    const target = entityIn(after, facts.entities, false)
    if (source === null && target === null) continue
    out.push({ noun: keyOf((m[1] ?? '').toLowerCase()), source, target })
  }
  return out
}

const arrow = (d: Direction) => `${d.noun} ${d.source ?? '?'} → ${d.target ?? '?'}`

/** The first pair of directions of one noun that point opposite ways, as readable arrows. */
export function reversedDirection(
  a: readonly Direction[],
  b: readonly Direction[],
): { a: string; b: string } | null {
  for (const x of a) {
    for (const y of b) {
      if (x.noun !== y.noun) continue
      const crossed =
        (x.source !== null && x.source === y.target && x.source !== y.source) ||
        (x.target !== null && x.target === y.source && x.target !== y.target)
      if (!crossed) continue
      return { a: arrow(x), b: arrow(y) }
    }
  }
  return null
}
