/**
 * Named entities of a sentence: the names `findNames` finds, keyed by canonical name and typed as
 * person, organisation, place or other. A capitalised word that only starts a sentence
 * (`Analysts`, `Commercial`) counts only when it is known from elsewhere.
 */
import type { EntityFact } from '../types'
import {
  type AliasTable,
  canonicalName,
  isLexiconName,
  isPersonName,
  isPersonNameOf,
  plainKey,
} from './aliases'
import { ORG_HEADS, ORGANIZATIONS, PLACES } from './lexicon'
import { lowerName, type NameSpan } from './names'
import { WORD } from './word-class'

/** An entity with its position in the sentence. */
export type EntitySpan = EntityFact & { start: number; end: number }

const NONE: readonly EntitySpan[] = Object.freeze([])

const ACRONYM_RE = /^(?:\p{Lu}\.?){2,6}$/u
// `ACRONYM_RE` without the regex call for names such as `Putin`: a lower-case ASCII letter second
// never matches
const isAcronym = (name: string): boolean => {
  const c = name.charCodeAt(1)
  return !(c >= 97 && c <= 122) && ACRONYM_RE.test(name)
}

/** Guesses the kind of a canonical name, from it and the words of the name as written. */
function entityType(key: string, words: readonly string[]): EntityFact['type'] {
  if (PLACES.has(key)) return 'place'
  if (ORGANIZATIONS.has(key) || words.some((w) => ORG_HEADS.has(w))) return 'organization'
  const keyWords = key.split(' ')
  if (keyWords.some((w) => ORG_HEADS.has(w))) return 'organization'
  if (isAcronym(key)) return 'organization'
  if (isPersonName(keyWords, key)) return 'person'
  return 'other'
}

/**
 * Canonical key and type by name as written, for one report and alias table. A hyphenated name's
 * words depend on more than its text (`Leif-Eric` is one word or two): its entry keeps the words
 * it was worked out for.
 */
export type EntityCache = Map<string, KnownEntity>
type KnownEntity = Pick<EntityFact, 'key' | 'type'> & { words: readonly string[] | undefined }

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function entityOf(n: NameSpan, aliases: AliasTable): KnownEntity {
  const hyphen = n.text.includes('-')
  // One lower case for the alias lookup and the person test; a one-word name has it already
  const lower = lowerName(n)
  const key = canonicalName(n.text, aliases, plainKey(n.text, lower))
  const words = hyphen ? n.words : undefined
  if (hyphen || key !== n.text) return { key, type: entityType(key, n.words), words }
  // `entityType` when the key is the name as written, its words joined by spaces: the classes of
  // the words answer both the organisation head and the person word tests
  let type: EntityFact['type'] = 'other'
  if (PLACES.has(key)) type = 'place'
  else if (ORGANIZATIONS.has(key) || n.anyBits & WORD.orgHead || isAcronym(key)) {
    type = 'organization'
  } else if (isPersonNameOf(n.words.length, n.allBits, lower)) type = 'person'
  return { key, type, words }
}

/**
 * Every entity mention of one sentence, in order (duplicates kept for speaker search). `seen`
 * holds lower-case names met in non-initial positions of the same report, which vouch for
 * sentence-initial ones. `cache` keeps the key and type of names met before in the same report.
 */
export function extractEntities(
  names: readonly NameSpan[],
  aliases: AliasTable,
  seen: ReadonlySet<string>,
  cache: EntityCache = new Map(),
): readonly EntitySpan[] {
  // A sentence without names: one shared empty list
  if (!names.length) return NONE
  const out: EntitySpan[] = []
  for (const n of names) {
    if (n.initial && n.words.length === 1 && !n.place) {
      const lower = lowerName(n)
      const known =
        seen.has(lower) || aliases.has(lower) || isLexiconName(lower) || isAcronym(n.text)
      if (!known) continue
    }
    if (n.place) {
      out.push({ text: n.text, key: n.place, type: 'place', start: n.start, end: n.end })
      continue
    }
    // Without a hyphen the words are the text split on spaces, so the text alone decides
    let known = cache.get(n.text)
    if (known === undefined || (known.words !== undefined && !sameWords(known.words, n.words))) {
      known = entityOf(n, aliases)
      cache.set(n.text, known)
    }
    out.push({ text: n.text, key: known.key, type: known.type, start: n.start, end: n.end })
  }
  return out
}
