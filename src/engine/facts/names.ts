/**
 * Finds proper names in text: runs of capitalised words (with inner `of`, `for`, `and`, `the`
 * inside organisation names), without leading function words, titles or possessives, and with
 * demonyms (`Russian`, `North Korean`) mapped to their places. Used on whole reports (aliases) and
 * on single sentences (entities).
 */
import {
  COMMON_ALIASES,
  DEMONYMS,
  FUNCTION_CAPS,
  MONTHS,
  NAME_CONNECTORS,
  ORG_HEADS,
  PLACES,
  POSSESSIVE_NAME_PARTS,
  TITLE_CORE,
  TITLE_MODIFIERS,
  WEEKDAYS,
} from './lexicon'

/** A name as found in the text. */
export type NameSpan = {
  /** The name as written, possessive removed: `Vladimir Putin`, `U.S. State Department`. */
  text: string
  start: number
  end: number
  /** The words of the name. */
  words: string[]
  /** True when the name starts a sentence (or a quotation or dateline), where capitals prove little. */
  initial: boolean
  /** The place a demonym stands for (`Russian` -> Russia), else undefined. */
  place?: string
}

/** Tells whether a lower-case word or name is a known name (aliases, places, earlier mentions). */
export type IsKnown = (lower: string) => boolean

type Token = {
  text: string
  start: number
  end: number
  cap: boolean
  /** Nothing may join after this token (possessive, closing quote, sentence end). */
  stop: boolean
  /** Whether the text between the previous token and this one is a single space. */
  joined: boolean
}

// Word characters of the tokenizer: ASCII letters and digits, and letters outside ASCII as
// `[\u00C0-\u1FFF\u2C00-\uD7FF]`; inside a word also `' ’ . & -`. A charCode scan: a regex
// `exec` per word allocated a match array for every lower-case word just to skip it
const isWordStart = (c: number): boolean =>
  c < 128
    ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
    : (c >= 0xc0 && c <= 0x1fff) || (c >= 0x2c00 && c <= 0xd7ff)
const isWordPart = (c: number): boolean =>
  isWordStart(c) || c === 39 || c === 46 || c === 45 || c === 38 || c === 0x2019
const INITIALISM_RE = /^(?:\p{L}\.)+$/u
const ABBREVIATIONS = new Set([
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  'Gen.',
  'Col.',
  'Lt.',
  'Sgt.',
  'Adm.',
  'Capt.',
  'Maj.',
  'Prof.',
  'Sen.',
  'Rep.',
  'Gov.',
  'St.',
  'Jr.',
  'Sr.',
  'Corp.',
  'Inc.',
  'Ltd.',
  'Co.',
  'Mt.',
  'No.',
])
const CALENDAR = new Set<string>([...WEEKDAYS, ...MONTHS.keys()])
const OF_HEADS = new Set([
  ...ORG_HEADS,
  ...TITLE_CORE,
  'Republic',
  'Kingdom',
  'States',
  'Gulf',
  'Strait',
  'Sea',
  'Bay',
  'City',
  'Isle',
  'Island',
  'Islands',
  'Cape',
  'Duke',
  'Museum',
  'Province',
  'Region',
  'State',
  'Federation',
  'Commonwealth',
  'Mount',
  'Lake',
  'River',
  'Battle',
  'Treaty',
  'Day',
  'Secretary',
  'Emirate',
  'Sultanate',
  'Church',
  'Bank',
  'Republic',
])
const PLACES_LOWER = new Set([...PLACES].map((p) => p.toLowerCase()))
const UPPER_RE = /^\p{Lu}/u
const isUpperStart = (w: string): boolean => {
  const c = w.charCodeAt(0)
  return c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(w)
}
const AL_RE = /^(?:al|el|ad|as|ash|an)-\p{Lu}/u
const LOWER_PART_RE = /^\p{Ll}/u
const ALL_CAPS_RE = /^\p{Lu}{4,}$/u

/** Title case of an all-capitals place in a dateline: `SEOUL` -> `Seoul`. */
function fixCaps(word: string): string {
  if (!ALL_CAPS_RE.test(word)) return word
  const title = word[0] + word.slice(1).toLowerCase()
  return PLACES.has(title) ? title : word
}

const BREAK: Token = { text: '', start: 0, end: 0, cap: false, stop: true, joined: false }

function tokenize(text: string, isKnown: IsKnown): Token[] {
  const tokens: Token[] = []
  let prevEnd = -1
  const length = text.length
  for (let from = 0; from < length; ) {
    let start = from
    while (start < length && !isWordStart(text.charCodeAt(start))) start++
    if (start >= length) break
    let to = start + 1
    while (to < length && isWordPart(text.charCodeAt(to))) to++
    from = to
    const c0 = text.charCodeAt(start)
    if ((c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57)) {
      // Lower-case words and numbers only matter as connectors ("Institute for …") or breaks
      const size = to - start
      const hyphen =
        size > 3 && (text.charCodeAt(start + 2) === 45 || text.charCodeAt(start + 3) === 45)
      if (!(hyphen && AL_RE.test(text.slice(start, to)))) {
        const joined = prevEnd >= 0 && start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32
        prevEnd = to
        const word = size <= 4 ? text.slice(start, to) : ''
        if (size <= 4 && NAME_CONNECTORS.has(word)) {
          tokens.push({ text: word, start, end: prevEnd, cap: false, stop: false, joined })
        } else if (tokens.length && tokens[tokens.length - 1] !== BREAK) tokens.push(BREAK)
        continue
      }
    }
    let word = text.slice(start, to)
    let stop = false
    let last = word.charCodeAt(word.length - 1)
    // trailing - & ' ’ .
    while (last === 45 || last === 38 || last === 39 || last === 0x2019 || last === 46) {
      if (last === 46 && (ABBREVIATIONS.has(word) || INITIALISM_RE.test(word))) break
      if ((last === 39 || last === 0x2019) && word.charCodeAt(word.length - 2) === 115) {
        // "Workers' Party" keeps its apostrophe; "the allies' plan" ends the name
        if (POSSESSIVE_NAME_PARTS.has(word.toLowerCase())) break
        word = word.slice(0, -1)
        stop = true
        break
      }
      word = word.slice(0, -1)
      if (last !== 45 && last !== 38) stop = true
      last = word.charCodeAt(word.length - 1)
    }
    const n = word.length
    if (
      n > 2 &&
      word.charCodeAt(n - 1) === 115 &&
      (word.charCodeAt(n - 2) === 39 || word.charCodeAt(n - 2) === 0x2019) &&
      !POSSESSIVE_NAME_PARTS.has(word.toLowerCase())
    ) {
      word = word.slice(0, -2)
      stop = true
    }
    if (!word) continue
    const joined = prevEnd >= 0 && start - prevEnd === 1 && text[prevEnd] === ' '
    prevEnd = to
    const cap = (isUpperStart(word) || AL_RE.test(word)) && !CALENDAR.has(word.toLowerCase())
    if (cap && word.indexOf('-') > 0 && !AL_RE.test(word)) {
      // "Seoul-based" names Seoul; "Russia-North Korea" is two places; "Leif-Eric" is one name
      const parts = word.split('-')
      const lowerTail = parts.slice(1).some((p) => LOWER_PART_RE.test(p))
      if (lowerTail || isKnown(parts[0]!.toLowerCase())) {
        let at = start
        for (let i = 0; i < parts.length; i++) {
          const part = parts[i]!
          if (part && (i === 0 || isUpperStart(part))) {
            tokens.push({
              text: fixCaps(part),
              start: at,
              end: at + part.length,
              cap: true,
              stop: lowerTail || (i === parts.length - 1 && stop),
              joined: i === 0 && joined,
            })
          }
          if (lowerTail) break
          at += part.length + 1
        }
        continue
      }
    }
    tokens.push({ text: fixCaps(word), start, end: start + word.length, cap, stop, joined })
  }
  return tokens
}

function isInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i]!
    if (ch === ' ' || ch === '"' || ch === "'" || ch === '(' || ch === '[' || ch === '-') continue
    return ch === '.' || ch === '!' || ch === '?' || ch === ':' || ch === '\n' || ch === '|'
  }
  return true
}

/** Splits a run of capitalised words into names: drops function words and titles. */
function isPlaceLike(word: string): boolean {
  const lower = word.toLowerCase()
  return (
    DEMONYMS.has(lower) ||
    PLACES_LOWER.has(lower) ||
    COMMON_ALIASES.has(lower) ||
    INITIALISM_RE.test(word)
  )
}

function toNames(text: string, run: Token[], out: NameSpan[]): void {
  let i = 0
  while (i < run.length && FUNCTION_CAPS.has(run[i]!.text)) i++
  if (i >= run.length) return
  const firstStart = run[i]!.start
  const initial = isInitial(text, firstStart)
  // Titles and the places before them: "Russian President Vladimir Putin", "U.S. Secretary of State"
  let j = i
  let sawTitle = false
  let endsWithOf = false
  const prefixPlaces: Token[][] = []
  // Unknown words before the last title are part of it: "Treasury Secretary Janet Yellen"
  let lastTitle = -1
  for (let k = run.length - 2; k >= i; k--) {
    if (TITLE_CORE.has(run[k]!.text)) {
      lastTitle = k
      break
    }
  }
  while (j < run.length) {
    const w = run[j]!.text
    const two = j + 1 < run.length ? `${w} ${run[j + 1]!.text}`.toLowerCase() : ''
    if (two && DEMONYMS.has(two)) {
      prefixPlaces.push([run[j]!, run[j + 1]!])
      j += 2
      endsWithOf = false
    } else if (TITLE_CORE.has(w)) {
      sawTitle = true
      endsWithOf = false
      j++
    } else if (TITLE_MODIFIERS.has(w) || w === 'of') {
      endsWithOf = w === 'of'
      j++
    } else if (isPlaceLike(w)) {
      prefixPlaces.push([run[j]!])
      endsWithOf = false
      j++
    } else if (j < lastTitle) j++
    else break
  }
  const rest = run.slice(j)
  const restIsOrg = rest.some((t) => ORG_HEADS.has(t.text))
  if (sawTitle && (rest.length === 0 || !restIsOrg || endsWithOf)) {
    for (const p of prefixPlaces) pushName(text, p, initial, out)
    if (rest.length) pushName(text, rest, initial && rest[0]!.start === firstStart, out)
    return
  }
  const body = run.slice(i)
  // "Russian delegation" or "North Korean" on its own stands for the place
  pushName(text, body, initial, out)
}

function pushName(text: string, words: Token[], initial: boolean, out: NameSpan[]): void {
  while (words.length && !words[words.length - 1]!.cap) words = words.slice(0, -1)
  if (!words.length) return
  const first = words[0]!
  const last = words[words.length - 1]!
  const parts = words.map((w) => w.text)
  const raw = text.slice(first.start, last.end)
  const name = raw === parts.join(' ') || raw.includes('-') ? raw : parts.join(' ')
  const place = DEMONYMS.get(name.toLowerCase())
  out.push({ text: name, start: first.start, end: last.end, words: parts, initial, place })
}

/** The run of name tokens being gathered, with what it has met so far. */
type Run = {
  tokens: Token[]
  /** An organisation head word (`Institute`) is in the run. */
  orgRun: boolean
  /** A head word that takes `of` (`Republic`, `Bank`) is in the run. */
  ofRun: boolean
  /** `of` or `for` joined the run: "and" joins only inside such a phrase ("Center for Strategic
   * and International Studies"). */
  ofSeen: boolean
}

function flush(text: string, r: Run, out: NameSpan[]): void {
  if (r.tokens.length) toNames(text, r.tokens, out)
  r.tokens = []
  r.orgRun = false
  r.ofRun = false
  r.ofSeen = false
}

/** All names in `text`, in order. */
export function findNames(text: string, isKnown: IsKnown): NameSpan[] {
  const tokens = tokenize(text, isKnown)
  const out: NameSpan[] = []
  const r: Run = { tokens: [], orgRun: false, ofRun: false, ofSeen: false }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!
    const run = r.tokens
    const prev = run.length ? run[run.length - 1]! : undefined
    const continues = prev !== undefined && t.joined && !prev.stop
    if (t === BREAK) {
      flush(text, r, out)
      continue
    }
    if (t.cap) {
      if (!continues) flush(text, r, out)
      r.tokens.push(t)
      if (ORG_HEADS.has(t.text)) r.orgRun = true
      if (OF_HEADS.has(t.text)) r.ofRun = true
      continue
    }
    const lower = t.text
    const next = tokens[k + 1]
    if (continues && next && next.joined && NAME_CONNECTORS.has(lower)) {
      // "Center for Strategic and International Studies", "Bank of the Philippines", "bin Salman"
      const after = next.cap ? next : undefined
      const particle =
        lower !== 'of' && lower !== 'for' && lower !== 'and' && lower !== 'the' && lower !== 'on'
      const allowed =
        (particle && after) ||
        (after && (lower === 'and' ? r.orgRun && r.ofSeen : r.ofRun) && lower !== 'the') ||
        (lower === 'of' &&
          r.ofRun &&
          next.text === 'the' &&
          tokens[k + 2]?.cap &&
          tokens[k + 2]!.joined)
      if (allowed) {
        if (lower === 'of' || lower === 'for') r.ofSeen = true
        run.push(t)
        if (next.text === 'the') {
          run.push(next)
          k++
        }
        continue
      }
    }
    flush(text, r, out)
  }
  flush(text, r, out)
  return out
}
