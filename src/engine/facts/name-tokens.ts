/**
 * The tokens a name can be built from, found in one charCode scan of a text: capitalised words
 * (possessive and trailing punctuation removed, all-capitals places in title case), the lower-case
 * connectors that may join them (`of`, `bin`) and breaks for every other word. Tokens live in
 * parallel arrays that are reused from text to text, so a scan allocates only the word strings.
 */
import { NAME_CONNECTORS, PLACES, POSSESSIVE_NAME_PARTS } from './lexicon'
import { infoOf, isArabicParticle, isUpperStart, WORD, type WordInfo } from './word-class'

/**
 * Tells whether a lower-case word or name is a known name (aliases, places, earlier mentions);
 * `at` is where the word starts in the text scanned.
 */
export type IsKnown = (lower: string, at: number) => boolean

/** Bits of `NameTokens.flags`. */
export const TOKEN = {
  /** A capitalised word. */
  cap: 1,
  /** Nothing may join after this token (possessive, closing quote, sentence end). */
  stop: 2,
  /** The text between the previous token and this one is a single space. */
  joined: 4,
  /** A word that ends any name: lower-case words other than connectors, numbers. */
  break: 8,
  /** The token's text is not the text it spans: `Seoul` read from `SEOUL`. */
  retyped: 16,
} as const

/** Tokens of the last `scanNameTokens` call; index `k` of each array describes token `k`. */
export type NameTokens = {
  count: number
  /** The word as it joins a name: `Putin` for `Putin's`, `Seoul` for `SEOUL`. */
  text: string[]
  start: number[]
  end: number[]
  /** `TOKEN` bits. */
  flags: number[]
  /** `WORD` bits of `text`. */
  word: number[]
  /** `text` in lower case. */
  lower: string[]
}

const tokens: NameTokens = { count: 0, text: [], start: [], end: [], flags: [], word: [], lower: [] }
const NO_INFO: WordInfo = { bits: 0, lower: '' }

/** Adds a token; `info` is its `infoOf` when the caller has it already. */
function add(text: string, start: number, end: number, flags: number, info?: WordInfo): void {
  const k = tokens.count++
  info ??= text ? infoOf(text) : NO_INFO
  tokens.text[k] = text
  tokens.start[k] = start
  tokens.end[k] = end
  tokens.flags[k] = flags
  tokens.word[k] = info.bits
  tokens.lower[k] = info.lower
}

// Word characters of the tokenizer: ASCII letters and digits, and letters outside ASCII as
// `[\u00C0-\u1FFF\u2C00-\uD7FF]`; inside a word also `' ’ . & -`
// ASCII codes by class, one load instead of a chain of range tests: 1 starts a word, 2 is inside
const ASCII_CLASS = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const start = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
  ASCII_CLASS[c] = start ? 3 : c === 39 || c === 46 || c === 45 || c === 38 ? 2 : 0
}
const isWordStart = (c: number): boolean =>
  c < 128 ? (ASCII_CLASS[c]! & 1) !== 0 : (c >= 0xc0 && c <= 0x1fff) || (c >= 0x2c00 && c <= 0xd7ff)
export const isWordPart = (c: number): boolean =>
  c < 128
    ? ASCII_CLASS[c] !== 0
    : (c >= 0xc0 && c <= 0x1fff) || (c >= 0x2c00 && c <= 0xd7ff) || c === 0x2019
// Connectors are short (`of`, `bin`): their UTF-16 codes packed into one exact number find them
// without slicing every lower-case word
const pack = (text: string, start: number, end: number): number => {
  let key = 0
  for (let i = start; i < end; i++) key = key * 65536 + text.charCodeAt(i)
  return key
}
const CONNECTORS = new Map([...NAME_CONNECTORS].map((c) => [pack(c, 0, c.length), c]))
const CONNECTOR_MAX = Math.max(...[...NAME_CONNECTORS].map((c) => c.length))
// Three UTF-16 codes fit a double exactly; longer connectors would need a string key
if (CONNECTOR_MAX > 3) throw new Error('name connectors of more than three letters')
const INITIALISM_RE = /^(?:\p{L}\.)+$/u
const ABBREVIATIONS = new Set(
  ('Mr.|Mrs.|Ms.|Dr.|Gen.|Col.|Lt.|Sgt.|Adm.|Capt.|Maj.|Prof.|Sen.|Rep.|Gov.|St.|Jr.|Sr.|' +
    'Corp.|Inc.|Ltd.|Co.|Mt.|No.').split('|'),
)
const isAbbreviation = (word: string): boolean =>
  ABBREVIATIONS.has(word) || INITIALISM_RE.test(word)
const LOWER_PART_RE = /^\p{Ll}/u
const ALL_CAPS_RE = /^\p{Lu}{4,}$/u

// Where a word may start that adds a token after a break: `[^a-z0-9]` of `isWordStart`, or a
// hyphen of a particle (`al-Assad`)
const CANDIDATE_RE = /[A-Z\u00C0-\u1FFF\u2C00-\uD7FF-]/g

/** Whether a word ends at `end`, where `text[end]` is no word character; `from` bounds the look. */
function wordEndsAt(text: string, end: number, from: number): boolean {
  for (let i = end - 1; i >= from; i--) {
    const c = text.charCodeAt(i)
    if (!isWordPart(c)) return false
    if (isWordStart(c)) return true
  }
  return false
}

/** Title case of an all-capitals place in a dateline: `SEOUL` -> `Seoul`. */
function fixCaps(word: string): string {
  // Four capitals at least: shorter words (`U.S.`, `I`) skip the pattern
  const c = word.charCodeAt(1)
  if (word.length < 4 || (c >= 97 && c <= 122) || !ALL_CAPS_RE.test(word)) return word
  const title = word[0] + word.slice(1).toLowerCase()
  return PLACES.has(title) ? title : word
}

/** Scans `text` into the shared `NameTokens`, valid until the next call. */
export function scanNameTokens(text: string, isKnown: IsKnown): NameTokens {
  tokens.count = 0
  let prevEnd = -1
  const length = text.length
  for (let from = 0; from < length; ) {
    if (!tokens.count || tokens.flags[tokens.count - 1]! & TOKEN.break) {
      // After a break (or before any token) lower-case words and numbers add nothing, so skip
      // them: read on from the word holding the next capital, non-ASCII letter or hyphen
      CANDIDATE_RE.lastIndex = from
      if (!CANDIDATE_RE.test(text)) break
      let run = CANDIDATE_RE.lastIndex - 1
      while (run > from && isWordPart(text.charCodeAt(run - 1))) run--
      // Only a word ending just before `run` can make the next word `joined`
      if (run - 1 > from) prevEnd = wordEndsAt(text, run - 1, from) ? run - 1 : -1
      from = run
    }
    let start = from
    while (start < length && !isWordStart(text.charCodeAt(start))) start++
    if (start >= length) break
    let to = start + 1
    let hyphens = false
    for (; to < length; to++) {
      const c = text.charCodeAt(to)
      if (!isWordPart(c)) break
      if (c === 45) hyphens = true
    }
    from = to
    const c0 = text.charCodeAt(start)
    if ((c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57)) {
      // Lower-case words and numbers only matter as connectors ("Institute for …") or breaks
      const size = to - start
      const hyphen =
        size > 3 && (text.charCodeAt(start + 2) === 45 || text.charCodeAt(start + 3) === 45)
      if (!(hyphen && isArabicParticle(text.slice(start, to)))) {
        const afterBreak = !tokens.count || tokens.flags[tokens.count - 1]! & TOKEN.break
        // After a break (or before any token) a connector starts nothing either: skip the lookup
        if (!afterBreak) {
          const joined = start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32
          const connector =
            size <= CONNECTOR_MAX ? CONNECTORS.get(pack(text, start, to)) : undefined
          if (connector !== undefined) add(connector, start, to, joined ? TOKEN.joined : 0)
          else add('', 0, 0, TOKEN.break | TOKEN.stop)
        }
        prevEnd = to
        continue
      }
    }
    // Trailing `- & ' ’ .` and a possessive come off by index, so that the word is sliced once
    let end = to
    let stop = false
    let last = text.charCodeAt(end - 1)
    while (last === 45 || last === 38 || last === 39 || last === 0x2019 || last === 46) {
      if (last === 46 && isAbbreviation(text.slice(start, end))) break
      if ((last === 39 || last === 0x2019) && end - 2 >= start && text.charCodeAt(end - 2) === 115) {
        // "Workers' Party" keeps its apostrophe; "the allies' plan" ends the name
        if (POSSESSIVE_NAME_PARTS.has(text.slice(start, end).toLowerCase())) break
        end--
        stop = true
        break
      }
      end--
      if (last !== 45 && last !== 38) stop = true
      last = end > start ? text.charCodeAt(end - 1) : -1
    }
    if (
      end - start > 2 &&
      text.charCodeAt(end - 1) === 115 &&
      (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019) &&
      !POSSESSIVE_NAME_PARTS.has(text.slice(start, end).toLowerCase())
    ) {
      end -= 2
      stop = true
    }
    if (end === start) continue
    const word = text.slice(start, end)
    const joined = prevEnd >= 0 && start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32
    prevEnd = to
    const info = infoOf(word)
    const bits = info.bits
    const cap = (bits & WORD.cap) !== 0
    if (cap && hyphens && word.indexOf('-') > 0 && !isArabicParticle(word)) {
      // "Seoul-based" names Seoul; "Russia-North Korea" is two places; "Leif-Eric" is one name
      const parts = word.split('-')
      const lowerTail = parts.slice(1).some((p) => LOWER_PART_RE.test(p))
      if (lowerTail || isKnown(parts[0]!.toLowerCase(), start)) {
        let at = start
        for (let i = 0; i < parts.length; i++) {
          const part = parts[i]!
          if (part && (i === 0 || isUpperStart(part))) {
            const partStop = lowerTail || (i === parts.length - 1 && stop)
            const flags =
              TOKEN.cap | (partStop ? TOKEN.stop : 0) | (i === 0 && joined ? TOKEN.joined : 0)
            const fixed = fixCaps(part)
            add(fixed, at, at + part.length, flags | (fixed === part ? 0 : TOKEN.retyped))
          }
          if (lowerTail) break
          at += part.length + 1
        }
        continue
      }
    }
    const flags = (cap ? TOKEN.cap : 0) | (stop ? TOKEN.stop : 0) | (joined ? TOKEN.joined : 0)
    const fixed = fixCaps(word)
    if (fixed === word) add(word, start, start + word.length, flags, info)
    else add(fixed, start, start + word.length, flags | TOKEN.retyped)
  }
  return tokens
}
