/**
 * The noun a number counts: `11,000 containers` -> container, `two-day trip` -> day, `dozens of
 * ballistic missiles` -> missile. Also decides whether a four-digit number is a year.
 */
import { isLowerCode, isSpaceCode } from '../chars'
import { DEMONYMS } from './lexicon'


/** Words that end the search for a head noun. */
const STOP = new Set(
  (
    'the|a|an|of|to|in|on|at|by|for|from|with|and|or|but|nor|that|which|who|whom|whose|was|were|' +
    'is|are|be|been|being|has|have|had|will|would|can|could|may|might|should|must|do|does|did|' +
    'it|its|their|his|her|our|your|my|this|these|those|than|more|less|ago|later|earlier|before|' +
    'after|since|as|per|into|over|under|about|around|each|said|says|most|not|no|also|when|while|' +
    'where|so|if|then|there|here|such|other|another|both|all|any|some|up|out|off|away|back|down|' +
    'just|only|still|even|yet|again|too|very|almost|nearly|against|between|among|during|until|' +
    'through|across|within|without|upon|toward|towards|like|he|she|they|we|i|you|them|us|him|' +
    'me|one|ones|times|time|way|old|new|own|many|much|few|several|said|say|told|got|get|went|' +
    // irregular past tenses: "a magnitude 6.1 earthquake struck eastern Turkey"
    'struck|hit|left|fell|rose|took|made|came|began|won|lost|met|saw|gave|sent|kept|held|ran|' +
    'brought|built|bought|caught|fought|found|led|paid|sold|spent|stood|thought|shot|broke|' +
    'chose|drove|flew|grew|knew|spoke|threw|wrote|shook|sank|swept|tore|burnt|burned|hurt|cut|put|set|let|quit'
  ).split('|'),
)
/** Stop words that are still fine as a head: `three times`, `the first time`. */
const HEAD_OK = new Set(['times', 'time'])

const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['people', 'person'],
  ['men', 'man'],
  ['women', 'woman'],
  ['children', 'child'],
  ['feet', 'foot'],
  ['teeth', 'tooth'],
  ['mice', 'mouse'],
  ['lives', 'life'],
  ['wives', 'wife'],
  ['knives', 'knife'],
  ['halves', 'half'],
  ['leaves', 'leaf'],
  ['series', 'series'],
  ['species', 'species'],
  ['news', 'news'],
  ['police', 'police'],
  ['data', 'data'],
  ['dollars', 'usd'],
  ['dollar', 'usd'],
  ['euros', 'eur'],
  ['euro', 'eur'],
  ['percent', 'percent'],
  ['%', 'percent'],
  ['aircraft', 'aircraft'],
  ['personnel', 'personnel'],
  ['crises', 'crisis'],
  ['analyses', 'analysis'],
  ['indices', 'index'],
])

// "the 2024 elections" is a year although a plural follows
const YEAR_BEFORE_RE =
  /\b(?:the|in|since|by|until|from|before|after|during|between|early|late|mid)\s+$/i
/** `[\s,.;:]` */
const isWordEnd = (c: number): boolean =>
  isSpaceCode(c) || c === 44 || c === 46 || c === 59 || c === 58
const OF_RE = /\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?/y

/** Singular lower-case form of a noun: `containers` -> container, `casualties` -> casualty. */
export function singular(word: string): string {
  const w = word.toLowerCase()
  const irregular = IRREGULAR.get(w)
  if (irregular) return irregular
  if (w.length <= 3 || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`
  if (w.endsWith('es') && /(?:ss|x|ch|sh|z)es$/.test(w)) return w.slice(0, -2)
  if (w.endsWith('s')) return w.slice(0, -1)
  return w
}

/** True for a word that looks like a plural noun. */
export function looksPlural(word: string): boolean {
  const w = word.toLowerCase()
  if (IRREGULAR.has(w) && w !== 'news') return true
  // Not `ss`, `us` (`ous` too), `is`, `'s`
  const before = w.charCodeAt(w.length - 2)
  return w.length > 3 && w.endsWith('s') && before !== 115 && before !== 117 && before !== 105 && before !== 39
}

/** The head noun after a number ending at `end`, or null; `of` is crossed for `dozens of`. */
export function headNoun(
  text: string,
  end: number,
  crossOf: boolean,
): { unit: string | null; end: number; hyphen: boolean } {
  // `-([a-z]+)`: "two-day"
  if (text.charCodeAt(end) === 45) {
    let to = end + 1
    while (isLowerCode(text.charCodeAt(to))) to++
    if (to > end + 1) {
      const word = text.slice(end + 1, to)
      if (STOP.has(word)) return { unit: null, end, hyphen: true }
      return { unit: singular(word), end: to, hyphen: true }
    }
  }
  let at = end
  if (crossOf) {
    OF_RE.lastIndex = at
    const of = OF_RE.exec(text)
    if (of) at += of[0].length
  }
  let head: string | null = null
  let headEnd = end
  for (let n = 0; n < 3; n++) {
    // `\s*([A-Za-z][a-z'-]*)` from `at`, read by code unit
    let from = at
    while (isSpaceCode(text.charCodeAt(from))) from++
    const first = text.charCodeAt(from)
    if (!isLowerCode(first | 32)) break
    let to = from + 1
    for (let c = text.charCodeAt(to); isLowerCode(c) || c === 39 || c === 45; ) {
      c = text.charCodeAt(++to)
    }
    const lower = text.slice(from, to)
    if (first < 97) {
      // "three Russian warships": skip the demonym, stop at any other capitalised word
      if (DEMONYMS.has(lower.toLowerCase())) {
        at = to
        continue
      }
      break
    }
    if (HEAD_OK.has(lower) && head === null) {
      head = lower
      headEnd = to
      break
    }
    if (STOP.has(lower) || lower.endsWith('ly') || lower.endsWith('ed')) break
    head = lower
    headEnd = to
    at = headEnd
    if (looksPlural(lower)) break
    if (text[at] !== ' ') break
  }
  return {
    unit: head === null ? null : singular(head),
    end: head === null ? end : headEnd,
    hyphen: false,
  }
}

/** True when the four digits at `start..end` are a year (`since 2006`), not a count (`2000 troops`). */
export function isYearNumber(text: string, start: number, end: number): boolean {
  const v = Number(text.slice(start, end))
  if (!(v >= 1900 && v <= 2100)) return false
  const { unit, hyphen } = headNoun(text, end, false)
  if (hyphen || text[start - 1] === '-') return false
  if (unit === null || YEAR_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))) return true
  // The next word, up to a space or `,.;:`, read in place: no copy of the rest of the sentence
  let from = end
  while (from < text.length && isSpaceCode(text.charCodeAt(from))) from++
  let to = from
  while (to < text.length && !isWordEnd(text.charCodeAt(to))) to++
  return !looksPlural(text.slice(from, to))
}
