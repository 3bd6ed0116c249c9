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
    if (s.paragraph - prev.paragraph > 1 || !SUBJECT_PRONOUN.test(s.text)) continue
    const person = prev.facts.entities.find((e) => e.type === 'person')
    if (!person || s.facts.entities.some((e) => e.key === person.key)) continue
    const mention: EntityFact = { text: s.text.slice(0, s.text.indexOf(' ')), key: person.key, type: 'person' }
    s.facts.entities.unshift(mention)
  }
}
