/**
 * Words of a claim for comparison: tokens, stop words, stems, and a small news-verb lexicon
 * that folds near-synonyms (visit / trip / stay) onto one key.
 */
import { stemmer } from 'stemmer'
import { ASCII_CLASSES, classAt, endsPlainly, isJoiner, WORD, widthAt, wordEnd } from './chars'

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each either few for ' +
    'from further had has have having he her here hers herself him himself his how i if in into is ' +
    'it its itself just me more most my myself no nor not of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself ' +
    'yourselves s t may might must shall us one new like well still even yet however meanwhile ' +
    'amid amidst among upon via per within without whether though although since ago'
  ).split(' '),
)

// Groups of words that news reports use interchangeably for one claim. Kept small and general:
// each group is a verb or noun family that paraphrases across outlets.
const SYNONYM_GROUPS: readonly string[][] = [
  ['visit', 'trip', 'stay', 'tour', 'travel', 'journey', 'arrive', 'arrival'],
  ['thank', 'thanks', 'appreciate', 'appreciation', 'gratitude', 'grateful', 'thankful'],
  ['say', 'said', 'tell', 'told', 'state', 'stated', 'note', 'noted', 'remark', 'add', 'added'],
  ['announce', 'announcement', 'reveal', 'disclose', 'unveil', 'publish'],
  ['letter', 'op-ed', 'essay', 'message'],
  ['meet', 'meeting', 'met', 'talk', 'talks', 'summit', 'discussion', 'discuss'],
  ['pledge', 'promise', 'vow', 'commit', 'commitment', 'hint', 'signal'],
  ['support', 'backing', 'help', 'aid', 'assistance', 'assist'],
  ['delegation', 'entourage', 'retinue', 'accompany', 'accompanying'],
  ['kill', 'killed', 'dead', 'death', 'die', 'died', 'slain'],
  ['injure', 'injured', 'wound', 'wounded', 'hurt'],
  ['arrest', 'arrested', 'detain', 'detained', 'capture', 'captured', 'seize'],
  ['attack', 'strike', 'assault', 'raid', 'bombing', 'blast', 'explosion'],
  ['win', 'won', 'victory', 'beat', 'defeat'],
  ['rise', 'rose', 'increase', 'climb', 'jump', 'gain', 'surge'],
  ['fall', 'fell', 'drop', 'decline', 'decrease', 'slump', 'plunge'],
  ['plan', 'plans', 'intend', 'expect', 'expected', 'schedule', 'scheduled', 'prepare'],
  ['agreement', 'deal', 'pact', 'treaty', 'accord'],
  ['cooperation', 'partnership', 'collaboration', 'ties', 'relations', 'relationship'],
  ['sanction', 'sanctions', 'restriction', 'restrictions', 'embargo'],
  ['oppose', 'resist', 'counter', 'reject', 'fight'],
  ['weapon', 'weapons', 'arms', 'munition', 'munitions', 'ammunition'],
  ['newspaper', 'media', 'paper', 'daily', 'outlet', 'press'],
  ['leader', 'president', 'head', 'chief', 'official', 'minister'],
  ['war', 'invasion', 'conflict', 'operation', 'offensive'],
  ['west', 'western'],
  ['east', 'eastern'],
  ['north', 'northern'],
  ['south', 'southern'],
]

const LEXICON = new Map<string, string>()
for (const group of SYNONYM_GROUPS) {
  const key = group[0] as string
  for (const word of group) {
    LEXICON.set(word, key)
    LEXICON.set(stemmer(word), key)
  }
}

const stemCache = new Map<string, string>()

// Most words have no period and no apostrophe: nothing for keyOf's clean-up to remove.
function isBare(word: string): boolean {
  return !word.includes('.') && !word.includes("'") && !word.includes('’')
}

/** The comparison key of one lower-case word: its synonym group's key or its stem. */
export function keyOf(word: string): string {
  const cached = stemCache.get(word)
  if (cached !== undefined) return cached
  const bare = isBare(word) ? word : word.replace(/['’]s$/, '').replace(/\./g, '')
  let key = LEXICON.get(bare)
  if (key === undefined) {
    // stemming is most of the cost of a word seen for the first time: once per word
    const stem = stemmer(bare)
    key = LEXICON.get(stem) ?? stem
  }
  if (stemCache.size < 50_000) stemCache.set(word, key)
  return key
}

// Every word keyed so far, as written: an open-addressing table over the char codes of the word,
// so that a word read again is neither sliced nor hashed as a string. Its chars are kept in one
// typed array, where comparing them with the text read costs less than with a string of its own.
// Emptied when it would pass MAX_WORDS words or MAX_CHARS chars, between two texts.
const MAX_WORDS = 50_000
const MAX_CHARS = 1 << 20
// entry + 1 (0: empty) and the entry's hash, in each pair of slots; half full at most
let slots = new Int32Array(2 * 4096)
let chars = new Uint16Array(1 << 14)
let charCount = 0
let entryCount = 0
let entryStarts = new Int32Array(1024)
let entrySizes = new Int32Array(1024)
let entryLows = new Int32Array(1024)
let entryHighs = new Int32Array(1024)
/** The number of each entry's key in `keys`, or -1 for a stop word. */
let entryKeys = new Int32Array(1024)

// The keys of the entries, each once, by number; and the id of each in the numbering `current`
// (see `appendWordKeys`) when `keyOwners` holds that numbering's owner.
const keyNumbers = new Map<string, number>()
const keys: string[] = []
const keyIds: number[] = []
const keyOwners: number[] = []
let generation = 0

/**
 * Empties the tables kept between comparisons (stems, the word table, the keys cache), as in a
 * fresh Worker: for the benchmark's cold figure, which must not time words seen in earlier runs.
 */
export function clearWordTables(): void {
  stemCache.clear()
  keysCache.clear()
  clearWords()
}

function clearWords(): void {
  slots.fill(0)
  charCount = 0
  entryCount = 0
  keyNumbers.clear()
  for (const list of [keys, keyIds, keyOwners]) list.length = 0
  generation++
}

// The number of `key` in `keys`, numbering it when it is new.
function keyNumber(key: string): number {
  let number = keyNumbers.get(key)
  if (number === undefined) {
    keyNumbers.set(key, (number = keys.length))
    keys.push(key)
    keyIds.push(-1)
    keyOwners.push(0)
  }
  return number
}

// The key number of the word `s[start, end)` (-1: a stop word), whose last eight code units
// `low` and `high` hold (see `scanWords`); a new entry when the word is new. `lower` when the
// text was lower-cased whole (so is the word), else the word is ASCII.
function entryKey(
  s: string,
  start: number,
  end: number,
  low: number,
  high: number,
  lower: boolean,
): number {
  // Eight ASCII characters or fewer are the word itself: a word read again matches without its
  // characters being read again. The length is kept negative for the others, so that the two
  // kinds never match on `low` and `high` alone.
  const length = end - start
  const packed = length <= 8 && (!lower || isAscii(s, start, end))
  const size = packed ? length : -length
  let hash = Math.imul(low ^ Math.imul(high, 0x2f0b3a49) ^ length, 0x9e3779b1)
  hash = (hash ^ (hash >>> 15)) & 0x3fffffff
  const mask = slots.length - 2
  let slot = (2 * hash) & mask
  for (let e = slots[slot] as number; e !== 0; e = slots[slot] as number) {
    const entry = e - 1
    if (
      slots[slot + 1] === hash &&
      entryLows[entry] === low &&
      entryHighs[entry] === high &&
      entrySizes[entry] === size &&
      (packed || sameChars(entry, s, start, length))
    ) {
      return entryKeys[entry] as number
    }
    slot = (slot + 2) & mask
  }
  const word = s.slice(start, end)
  const lowerWord = lower ? word : word.toLowerCase()
  const key = STOPWORDS.has(lowerWord) ? -1 : keyNumber(keyOf(lowerWord))
  addEntry(s, start, end, low, high, size, key)
  slots[slot] = entryCount
  slots[slot + 1] = hash
  if (4 * entryCount > slots.length) rehash()
  return key
}

function isAscii(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (s.charCodeAt(i) >= 128) return false
  return true
}

// Whether the `length` characters of `entry` are those of `s` from `start`.
function sameChars(entry: number, s: string, start: number, length: number): boolean {
  const from = entryStarts[entry] as number
  for (let k = 0; k < length; k++) if (chars[from + k] !== s.charCodeAt(start + k)) return false
  return true
}

function addEntry(
  s: string,
  start: number,
  end: number,
  low: number,
  high: number,
  size: number,
  key: number,
): void {
  if (entryCount === entryKeys.length) {
    entryStarts = grownInts(entryStarts)
    entrySizes = grownInts(entrySizes)
    entryLows = grownInts(entryLows)
    entryHighs = grownInts(entryHighs)
    entryKeys = grownInts(entryKeys)
  }
  if (charCount + end - start > chars.length) {
    const grown = new Uint16Array(Math.max(2 * chars.length, charCount + end - start))
    grown.set(chars)
    chars = grown
  }
  entryStarts[entryCount] = charCount
  for (let i = start; i < end; i++) chars[charCount++] = s.charCodeAt(i)
  entrySizes[entryCount] = size
  entryLows[entryCount] = low
  entryHighs[entryCount] = high
  entryKeys[entryCount++] = key
}

function grownInts(array: Int32Array) {
  const grown = new Int32Array(2 * array.length)
  grown.set(array)
  return grown
}

function rehash(): void {
  const old = slots
  slots = new Int32Array(old.length * 2)
  const mask = slots.length - 2
  for (let o = 0; o < old.length; o += 2) {
    if (old[o] === 0) continue
    let slot = (2 * (old[o + 1] as number)) & mask
    while (slots[slot] !== 0) slot = (slot + 2) & mask
    slots[slot] = old[o] as number
    slots[slot + 1] = old[o + 1] as number
  }
}

// The key numbers of the content words of the text scanned last, in order with repeats:
// `found[0, n)` for the n that `scanKeys` answered. Reused from text to text.
const found: number[] = []
// Where each of those words starts and ends, their number, and the text scanned last when it was
// all ASCII (else null).
const foundFrom: number[] = []
const foundTo: number[] = []
let foundCount = 0
let scannedAscii: string | null = null

/**
 * Reads the content words of `text` into `found` and answers their number: the words of
 * `[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*` (u flag) in the lower-cased text, read by a scanner
 * because the regex's match objects made keying the hottest part of building profiles.
 */
function scanKeys(text: string): number {
  if (entryCount + text.length > MAX_WORDS || charCount + text.length > MAX_CHARS) clearWords()
  // An ASCII word is looked up as written, and lower-cased only when new. Beyond ASCII,
  // lower-casing may change the length ("İ") or depend on the letters around ("Σ" ending a word),
  // and so the words: the text is lowered whole.
  const count = scanWords(text, false)
  scannedAscii = count >= 0 ? text : null
  foundCount = count >= 0 ? count : scanWords(text.toLowerCase(), true)
  return foundCount
}

// The scan of `scanKeys` over `s`: lower-case when `lower`, else ASCII or -1 is the answer.
function scanWords(s: string, lower: boolean): number {
  const n = s.length
  let count = 0
  let i = 0
  while (i < n) {
    const c = s.charCodeAt(i)
    if (c >= 128) {
      if (!lower) return -1
      if (classAt(s, i, c) !== WORD) {
        i += widthAt(s, i, c)
        continue
      }
    } else if (ASCII_CLASSES[c] !== WORD) {
      i++
      continue
    }
    // Most words are ASCII letters and digits up to a space or a comma, read and hashed in one
    // pass; a joiner or a character beyond ASCII ("two-day", "u.s", "café") is left to wordEnd.
    // The last eight code units read are kept seven bits each, four in `low` and four in
    // `high`: all of a word of eight ASCII characters or fewer, and its hash otherwise.
    // `next`, the character after the run when `end < n`, is kept: it is not read again.
    let end = i
    let low = 0
    let high = 0
    let next = NaN
    for (; end < n; end++) {
      next = s.charCodeAt(end)
      if (next >= 128 || ASCII_CLASSES[next] !== WORD) break
      high = (high << 7) | (low >>> 21)
      low = ((low << 7) | next) & 0xfffffff
    }
    // A plain end is a separator: the scan goes on past it.
    let after = end + 1
    if (end < n && !endsPlainly(next)) {
      if (!lower && next >= 128) return -1
      const wordStop = wordEnd(s, i)
      for (; end < wordStop; end++) {
        const d = s.charCodeAt(end)
        if (!lower && d >= 128) return -1
        high = (high << 7) | (low >>> 21)
        low = ((low << 7) | d) & 0xfffffff
      }
      after = end
    }
    const key = entryKey(s, i, end, low, high, lower)
    if (key !== -1) {
      found[count] = key
      foundFrom[count] = i
      foundTo[count++] = end
    }
    i = after
  }
  return count
}

// Within one comparison the same claims, names and quotes are keyed several times over. The
// cache is emptied as each comparison begins: texts rarely repeat across comparisons, and a
// benchmark that repeats one input would otherwise time the cache instead of the keying.
const keysCache = new Map<string, ReadonlySet<string>>()

/** Empties the cache of `contentKeys`: called once per comparison, before any keying. */
export function clearKeysCache(): void {
  keysCache.clear()
}

/** The distinct comparison keys of the content words of `text`, in the order they occur. */
export function contentKeys(text: string): ReadonlySet<string> {
  const cached = keysCache.get(text)
  if (cached !== undefined) return cached
  const textKeys = new Set<string>()
  const count = scanKeys(text)
  for (let k = 0; k < count; k++) textKeys.add(keys[found[k] as number] as string)
  if (keysCache.size >= 20_000) keysCache.clear()
  keysCache.set(text, textKeys)
  return textKeys
}

/** A numbering of content keys, for one comparison. */
export type WordKeys = {
  /**
   * The key of each id, in the order numbered: a content key numbered here takes the next id,
   * and the owner of the numbering may number other keys alongside by appending them.
   */
  keys: string[]
  /** Tells the ids of this numbering apart in `keyIds`. */
  owner: number
  /** The ids of the content keys numbered so far, to restore them in `keyIds` (see `restore`). */
  ids: number[]
}

let owners = 0
// The numbering whose ids `keyIds` holds, and the generation of the table it holds them for.
let current = 0
let currentGeneration = 0

/** An empty numbering of content keys, for the profiles of one comparison. */
export function createWordKeys(): WordKeys {
  return { keys: [], owner: ++owners, ids: [] }
}

// Writes the ids of a numbering back to `keyIds` when another numbering was used since, or the
// table was emptied since: every key of the table that is not its own is then new to it.
function restore(wordKeys: WordKeys): void {
  for (const id of wordKeys.ids) {
    const number = keyNumber(wordKeys.keys[id] as string)
    keyIds[number] = id
    keyOwners[number] = wordKeys.owner
  }
  current = wordKeys.owner
  currentGeneration = generation
}

// Scratch space for repeats: `marks[id] === stamp` when key id is in the list being built. Each
// call takes a fresh stamp, so that earlier marks, of any numbering, need no clearing.
let marks = new Int32Array(1024)
let stamp = 0

/**
 * Appends to `out` the ids of the keys of `contentKeys(text)` that `out` does not hold yet, in
 * the order they occur.
 */
export function appendWordKeys(wordKeys: WordKeys, text: string, out: number[]): void {
  markList(out)
  appendFound(wordKeys, 0, scanKeys(text), out, true)
}

/**
 * Appends to `out`, as `appendWordKeys(wordKeys, part, out)` does, the keys of `part`, a part of
 * `text`, the text that `appendWordKeys` read last: a quotation in a claim. When the part stands
 * apart from the words around it (quotation marks, spaces), its words are those of that reading.
 */
export function appendPartKeys(
  wordKeys: WordKeys,
  text: string,
  part: string,
  out: number[],
): void {
  // Lower-casing beyond ASCII depends on the letters around ("Σ"): such texts are read again.
  const from = scannedAscii === text ? text.indexOf(part) : -1
  const to = from + part.length
  if (from < 0 || !separates(text.charCodeAt(from - 1)) || !endsApart(text, to)) {
    appendWordKeys(wordKeys, part, out)
    return
  }
  markList(out)
  let first = 0
  while (first < foundCount && (foundFrom[first] as number) < from) first++
  let last = first
  while (last < foundCount && (foundTo[last] as number) <= to) last++
  appendFound(wordKeys, first, last, out, true)
}

/**
 * Appends to `out`, as `appendWordKeys` does, the keys of `text` that `wordKeys` has numbered
 * already, leaving the others out.
 */
export function appendNumberedKeys(wordKeys: WordKeys, text: string, out: number[]): void {
  markList(out)
  appendFound(wordKeys, 0, scanKeys(text), out, false)
}

// Whether the code unit `c` (NaN past either end of the text) keeps the words on either side of
// it apart: an ASCII character that is neither a letter, a digit nor a joiner (' . -).
function separates(c: number): boolean {
  return Number.isNaN(c) || (c < 128 && ASCII_CLASSES[c] !== WORD && endsPlainly(c))
}

// Whether no word of `text` goes on past `to`: a separator there, or a joiner that no letter or
// digit follows (the period of "…neighborliness.\"").
function endsApart(text: string, to: number): boolean {
  const c = text.charCodeAt(to)
  return separates(c) || (isJoiner(c) && separates(text.charCodeAt(to + 1)))
}

// A fresh stamp, with the ids of `out` marked.
function markList(out: readonly number[]): void {
  if (++stamp === 0x7fffffff) {
    marks.fill(0)
    stamp = 1
  }
  for (const id of out) mark(id)
}

// Appends to `out` the ids of the keys `found[first, last)` that are not marked, marking them;
// keys new to the numbering are numbered when `numberNew`, else left out.
function appendFound(
  wordKeys: WordKeys,
  first: number,
  last: number,
  out: number[],
  numberNew: boolean,
): void {
  const owner = wordKeys.owner
  if (current !== owner || currentGeneration !== generation) restore(wordKeys)
  for (let k = first; k < last; k++) {
    // Each key holds its id in the current numbering: a word read again needs no lookup.
    const key = found[k] as number
    let id = keyIds[key] as number
    if (keyOwners[key] !== owner) {
      if (!numberNew) continue
      id = wordKeys.keys.push(keys[key] as string) - 1
      keyIds[key] = id
      keyOwners[key] = owner
      wordKeys.ids.push(id)
    }
    if (marks[id] === stamp) continue
    mark(id)
    out.push(id)
  }
}

function mark(id: number): void {
  if (id >= marks.length) {
    const grown = new Int32Array(Math.max(2 * marks.length, id + 1))
    grown.set(marks)
    marks = grown
  }
  marks[id] = stamp
}
