/**
 * Direction of relational nouns: who gives support, aid or thanks to whom.
 *
 * "We highly appreciate the DPRK's unwavering support for Russia" and "Putin reaffirmed his
 * unwavering support for North Korea" share their words but not their direction; word overlap
 * alone would call them an agreement.
 */
import type { EntityFact, Facts } from './types'
import { keyOf } from './words'

/** `source` gives `noun` to `target` (canonical names, or null when unnamed). */
export type Direction = { noun: string; source: string | null; target: string | null }

const NOUN =
  /\b(support|backing|aid|help|assistance|gratitude|thanks|pressure|threats?|sanctions|attacks?)\s+(for|of|to|towards?|against|on)\s+/gi
// Most claims name none of these nouns: one cheap test spares the search above.
const NOUN_HINT = /support|backing|aid|help|assistance|gratitude|thanks|pressure|threat|sanction|attack/i
const POSSESSIVE_PRONOUN = /\b(his|her|its|their|our|my)\s+(?:[\p{L}-]+\s+){0,2}$/iu
const POSSESSOR = /(\S[\p{L}.\- ]*?)['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u

function entityIn(span: string, entities: readonly EntityFact[], fromEnd: boolean): string | null {
  let best: { key: string; at: number } | null = null
  for (const e of entities) {
    // "He" stands for a person the claim before named; it is not a name to find in a span.
    if (e.text === 'He' || e.text === 'She') continue
    const at = fromEnd ? span.lastIndexOf(e.text) : span.indexOf(e.text)
    if (at < 0) continue
    if (!best || (fromEnd ? at > best.at : at < best.at)) best = { key: e.key, at }
  }
  return best?.key ?? null
}

function actorOf(facts: Facts): string | null {
  if (facts.attribution) return facts.attribution
  for (const q of facts.quotes) if (q.speaker) return q.speaker
  return facts.entities.find((e) => e.type === 'person')?.key ?? null
}

/** Directions stated in a claim, e.g. `{ noun: 'support', source: 'North Korea', target: 'Russia' }`. */
export function directionsOf(text: string, facts: Facts): Direction[] {
  const out: Direction[] = []
  if (!NOUN_HINT.test(text)) return out
  for (const m of text.matchAll(NOUN)) {
    const at = m.index ?? 0
    const before = text.slice(Math.max(0, at - 60), at)
    const after = text.slice(at + m[0].length, at + m[0].length + 60).split(/[,.;:]/)[0] ?? ''
    let source: string | null = null
    const pronoun = POSSESSIVE_PRONOUN.exec(before)?.[1]?.toLowerCase()
    if (pronoun === 'its' || pronoun === 'their') {
      // "thanked Germany for its support": a thing's pronoun points to the last name before it.
      source = entityIn(text.slice(0, at), facts.entities, true) ?? actorOf(facts)
    } else if (pronoun) source = actorOf(facts)
    else {
      const owner = POSSESSOR.exec(before)
      if (owner) source = entityIn(owner[1] ?? '', facts.entities, true)
    }
    const target = entityIn(after, facts.entities, false)
    if (source === null && target === null) continue
    out.push({ noun: keyOf((m[1] ?? '').toLowerCase()), source, target })
  }
  return out
}

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
      const show = (d: Direction) => `${d.noun} ${d.source ?? '?'} → ${d.target ?? '?'}`
      return { a: show(x), b: show(y) }
    }
  }
  return null
}
