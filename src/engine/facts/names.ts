/**
 * Finds proper names in text: runs of capitalised words (with inner `of`, `for`, `and`, `the`
 * inside organisation names), without leading function words, titles or possessives, and with
 * demonyms (`Russian`, `North Korean`) mapped to their places. Used around alias definitions and,
 * through `findNamesEach`, on all sentences of a report at once (entities).
 *
 * A run is always a contiguous range of the tokens `scanNameTokens` finds, so runs and the names
 * cut from them are index ranges into those arrays; strings are built only for the names kept.
 */
import { DEMONYMS } from './lexicon'
import { type IsKnown, type NameTokens, scanNameTokens, TOKEN } from './name-tokens'
import { pairDemonymLower, WORD } from './word-class'

export type { IsKnown }

/** A name as found in the text. */
export type NameSpan = {
  /** The name as written, possessive removed: `Vladimir Putin`, `U.S. State Department`. */
  text: string
  start: number
  end: number
  /** The words of the name. */
  words: string[]
  /** The first and the last word in lower case. */
  firstLower: string
  lastLower: string
  /** The `WORD` bits that any of the words has, and those that all of them have. */
  anyBits: number
  allBits: number
  /** True when the name starts a sentence (or a quotation or dateline): capitals prove little. */
  initial: boolean
  /** The place a demonym stands for (`Russian` -> Russia), else undefined. */
  place?: string
}

/** The name in lower case: its `firstLower` when it is one word as written. */
export const lowerName = (n: NameSpan): string =>
  n.text === n.words[0] ? n.firstLower : n.text.toLowerCase()

function isInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i]!
    if (ch === ' ' || ch === '"' || ch === "'" || ch === '(' || ch === '[' || ch === '-') continue
    return ch === '.' || ch === '!' || ch === '?' || ch === ':' || ch === '\n' || ch === '|'
  }
  return true
}

/** Splits the run `from..to` of capitalised words into names: drops function words and titles. */
function toNames(text: string, t: NameTokens, from: number, to: number, out: NameSpan[]): void {
  const { word } = t
  let i = from
  while (i < to && word[i]! & WORD.function) i++
  if (i >= to) return
  const firstStart = t.start[i]!
  const initial = isInitial(text, firstStart)
  // Titles and the places before them: "Russian President Vladimir Putin", "U.S. Secretary of
  // State"
  let j = i
  let sawTitle = false
  let endsWithOf = false
  // Places before the title, as pairs of token indexes `from, to`; most runs have none
  let prefixPlaces: number[] | null = null
  // Unknown words before the last title are part of it: "Treasury Secretary Janet Yellen"
  let lastTitle = -1
  for (let k = to - 2; k >= i; k--) {
    if (word[k]! & WORD.title) {
      lastTitle = k
      break
    }
  }
  while (j < to) {
    const w = t.text[j]!
    const bits = word[j]!
    if (
      bits & WORD.demonymHead &&
      j + 1 < to &&
      pairDemonymLower(t.lower[j]!, t.lower[j + 1]!) !== undefined
    ) {
      prefixPlaces ??= []
      prefixPlaces.push(j, j + 2)
      j += 2
      endsWithOf = false
    } else if (bits & WORD.title) {
      sawTitle = true
      endsWithOf = false
      j++
    } else if (bits & WORD.modifier || w === 'of') {
      endsWithOf = w === 'of'
      j++
    } else if (bits & WORD.placeLike) {
      prefixPlaces ??= []
      prefixPlaces.push(j, j + 1)
      endsWithOf = false
      j++
    } else if (j < lastTitle) j++
    else break
  }
  let restIsOrg = false
  for (let k = j; k < to; k++) if (word[k]! & WORD.orgHead) restIsOrg = true
  if (sawTitle && (j === to || !restIsOrg || endsWithOf)) {
    if (prefixPlaces) {
      for (let p = 0; p < prefixPlaces.length; p += 2) {
        pushName(text, t, prefixPlaces[p]!, prefixPlaces[p + 1]!, initial, out)
      }
    }
    if (j < to) pushName(text, t, j, to, initial && t.start[j] === firstStart, out)
    return
  }
  // "Russian delegation" or "North Korean" on its own stands for the place
  pushName(text, t, i, to, initial, out)
}

function pushName(
  text: string,
  t: NameTokens,
  from: number,
  to: number,
  initial: boolean,
  out: NameSpan[],
): void {
  while (to > from && !(t.flags[to - 1]! & TOKEN.cap)) to--
  if (to === from) return
  const words = t.text.slice(from, to)
  const start = t.start[from]!
  const end = t.end[to - 1]!
  const plain = asWritten(text, t, from, to)
  let name: string
  if (!plain) name = spelled(text.slice(start, end), words)
  else name = to - from === 1 ? words[0]! : text.slice(start, end)
  // Only a demonym or the head of a two-word one can start a demonym: skip the lower-casing
  const maybePlace = t.word[from]! & (words.length === 1 ? WORD.demonym : WORD.demonymHead)
  let place: string | undefined
  if (!maybePlace) place = undefined
  else if (name === words[0]) place = DEMONYMS.get(t.lower[from]!)
  // As written, two words are `head tail`
  else if (plain && words.length === 2) place = pairDemonymLower(t.lower[from]!, t.lower[from + 1]!)
  else place = DEMONYMS.get(name.toLowerCase())
  const firstLower = t.lower[from]!
  const lastLower = t.lower[to - 1]!
  // The scan classed every word: the entity type reads the bits here instead of asking again
  let anyBits = 0
  let allBits = -1
  for (let k = from; k < to; k++) {
    anyBits |= t.word[k]!
    allBits &= t.word[k]!
  }
  out.push({
    text: name,
    start,
    end,
    words,
    firstLower,
    lastLower,
    anyBits,
    allBits,
    initial,
    place,
  })
}

/** Whether tokens `from..to` are the text they span, one space apart: the name is that text. */
function asWritten(text: string, t: NameTokens, from: number, to: number): boolean {
  if (t.flags[from]! & TOKEN.retyped) return false
  for (let k = from + 1; k < to; k++) {
    const gap = t.end[k - 1]!
    if (t.flags[k]! & TOKEN.retyped || t.start[k] !== gap + 1 || text.charCodeAt(gap) !== 32) {
      return false
    }
  }
  return true
}

/** A name from its `raw` text and words: as written when hyphenated, else the words joined. */
function spelled(raw: string, words: readonly string[]): string {
  const joined = words.length === 1 ? words[0]! : words.join(' ')
  return raw === joined || raw.includes('-') ? raw : joined
}

/** The run of name tokens being gathered: tokens `start..end`, with what it has met so far. */
type Run = {
  start: number
  end: number
  /** An organisation head word (`Institute`) is in the run. */
  orgRun: boolean
  /** A head word that takes `of` (`Republic`, `Bank`) is in the run. */
  ofRun: boolean
  /** `of` or `for` joined the run: "and" joins only inside such a phrase ("Center for Strategic
   * and International Studies"). */
  ofSeen: boolean
}

/** Turns the run into names and starts an empty one at token `next`. */
function flush(text: string, t: NameTokens, r: Run, next: number, out: NameSpan[]): void {
  if (r.end > r.start) toNames(text, t, r.start, r.end, out)
  r.start = r.end = next
  r.orgRun = r.ofRun = r.ofSeen = false
}

/** All names in `text`, in order. */
export function findNames(text: string, isKnown: IsKnown): NameSpan[] {
  const t = scanNameTokens(text, isKnown)
  const { count, flags, word } = t
  const out: NameSpan[] = []
  const r: Run = { start: 0, end: 0, orgRun: false, ofRun: false, ofSeen: false }
  for (let k = 0; k < count; k++) {
    const f = flags[k]!
    if (f & TOKEN.break) {
      flush(text, t, r, k, out)
      continue
    }
    // A non-empty run always ends at the token before this one
    const continues = r.end > r.start && f & TOKEN.joined && !(flags[k - 1]! & TOKEN.stop)
    if (f & TOKEN.cap) {
      if (!continues) flush(text, t, r, k, out)
      r.end = k + 1
      if (word[k]! & WORD.orgHead) r.orgRun = true
      if (word[k]! & WORD.ofHead) r.ofRun = true
      continue
    }
    const lower = t.text[k]!
    const next = k + 1
    if (continues && next < count && flags[next]! & TOKEN.joined && word[k]! & WORD.connector) {
      // "Center for Strategic and International Studies", "Bank of the Philippines", "bin Salman"
      const after = (flags[next]! & TOKEN.cap) !== 0
      const particle =
        lower !== 'of' && lower !== 'for' && lower !== 'and' && lower !== 'the' && lower !== 'on'
      const allowed =
        (particle && after) ||
        (after && (lower === 'and' ? r.orgRun && r.ofSeen : r.ofRun) && lower !== 'the') ||
        (lower === 'of' &&
          r.ofRun &&
          t.text[next] === 'the' &&
          next + 1 < count &&
          (flags[next + 1]! & (TOKEN.cap | TOKEN.joined)) === (TOKEN.cap | TOKEN.joined))
      if (allowed) {
        if (lower === 'of' || lower === 'for') r.ofSeen = true
        r.end = k + 1
        if (t.text[next] === 'the') {
          r.end = next + 1
          k++
        }
        continue
      }
    }
    flush(text, t, r, k, out)
  }
  flush(text, t, r, count, out)
  return out
}

/** A question the scan of `findNamesEach` asked: the word, which text it is in, the answer. */
export type Asked = { lower: string; text: number; known: boolean }

/**
 * The names of each of `texts`, as `findNames` finds them in each text alone, from one scan of
 * the texts joined by line breaks: a line break ends every name and makes the name after it
 * initial, so the texts cannot affect one another, and one scan saves a call per text.
 * `findNames` asks its `IsKnown` only about hyphenated capitalised words (`Russia-North Korea`);
 * `asked` lists those questions in order, so that a caller whose answers depend on the names of
 * earlier texts can tell which texts to scan again alone.
 */
export function findNamesEach(
  texts: readonly string[],
  isKnown: (lower: string) => boolean,
): { names: NameSpan[][]; asked: Asked[] } {
  const asked: Asked[] = []
  const questions: number[] = []
  const found = findNames(texts.join('\n'), (lower, at) => {
    const known = isKnown(lower)
    asked.push({ lower, text: 0, known })
    questions.push(at)
    return known
  })
  const names: NameSpan[][] = []
  let k = 0
  let q = 0
  let offset = 0
  for (let i = 0; i < texts.length; i++) {
    const end = offset + texts[i]!.length
    const first = k
    for (; k < found.length && found[k]!.start < end; k++) {
      found[k]!.start -= offset
      found[k]!.end -= offset
    }
    for (; q < questions.length && questions[q]! < end; q++) asked[q]!.text = i
    names.push(found.slice(first, k))
    offset = end + 1
  }
  return { names, asked }
}
