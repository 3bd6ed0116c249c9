/**
 * Who "He" and "She" are at the start of a claim: the first person named in the claim before
 * (same or previous paragraph), as a subject tends to stay the subject. "He will meet Kim Jong
 * Un" after a sentence about Putin names Putin too, so it shares its person with a claim of the
 * other report that says "Putin".
 */
import type { EntityFact, Sentence } from './types'

const SUBJECT_PRONOUN = /^(?:He|She)\b/

/** Adds the person a sentence-initial he/she stands for to that sentence's entities. */
export function resolveSubjectPronouns(body: readonly Sentence[]): void {
  for (let i = 1; i < body.length; i++) {
    const s = body[i] as Sentence
    const prev = body[i - 1] as Sentence
    // H or S first: the regex only for a sentence that may start with He or She
    const c = s.text.charCodeAt(0)
    if (s.paragraph - prev.paragraph > 1 || (c !== 0x48 && c !== 0x53)) continue
    if (!SUBJECT_PRONOUN.test(s.text)) continue
    const person = prev.facts.entities.find((e) => e.type === 'person')
    if (!person || s.facts.entities.some((e) => e.key === person.key)) continue
    const mention: EntityFact = { text: s.text.slice(0, s.text.indexOf(' ')), key: person.key, type: 'person' }
    s.facts.entities.unshift(mention)
  }
}
