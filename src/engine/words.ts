/**
 * Words of a claim for comparison: tokens, stop words, stems, and a small news-verb lexicon
 * that folds near-synonyms (visit / trip / stay) onto one key.
 */
import { stemmer } from 'stemmer'
import { ASCII_WORD, classAt, endsPlainly, sameText, WORD, widthAt, wordEnd } from './chars'

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

// Every word keyed so far, as written, as the stem cache holds them: an open-addressing table over
// the char codes of the word, so that a word read again is neither sliced nor hashed as a string.
// Emptied when it would pass MAX_WORDS, between two texts.
const MAX_WORDS = 50_000
let slots = new Int32Array(4096) // entry + 1 in each slot (0: empty); half full at most
const entryWords: string[] = []
const entryHashes: number[] = []
/** The number of each entry's key in `keys`, or -1 for a stop word. */
const entryKeys: number[] = []

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
  keyNumbers.clear()
  for (const list of [entryWords, entryHashes, entryKeys, keys, keyIds, keyOwners]) list.length = 0
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

// The entry of the word `s[start, end)` whose hash is `hash`; a new entry when the word is new.
// `lower` when the text was lower-cased whole (so is the word), else the word is ASCII.
function entryAt(s: string, start: number, end: number, hash: number, lower: boolean): number {
  const mask = slots.length - 1
  let slot = hash & mask
  for (let e = slots[slot] as number; e !== 0; e = slots[slot] as number) {
    const entry = e - 1
    const known = entryWords[entry] as string
    if (entryHashes[entry] === hash && sameText(known, 0, known.length, s, start, end)) return entry
    slot = (slot + 1) & mask
  }
  const word = s.slice(start, end)
  const lowerWord = lower ? word : word.toLowerCase()
  entryWords.push(word)
  entryHashes.push(hash)
  entryKeys.push(STOPWORDS.has(lowerWord) ? -1 : keyNumber(keyOf(lowerWord)))
  slots[slot] = entryWords.length
  if (2 * entryWords.length > slots.length) rehash()
  return entryWords.length - 1
}

function rehash(): void {
  slots = new Int32Array(slots.length * 2)
  const mask = slots.length - 1
  entryHashes.forEach((hash, entry) => {
    let slot = hash & mask
    while (slots[slot] !== 0) slot = (slot + 1) & mask
    slots[slot] = entry + 1
  })
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
  if (entryWords.length + text.length > MAX_WORDS) clearWords()
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
    } else if (ASCII_WORD[c] === 0) {
      i++
      continue
    }
    // Most words are ASCII letters and digits up to a space or a comma, read and hashed in one
    // pass; a joiner or a character beyond ASCII ("two-day", "u.s", "café") is left to wordEnd.
    let end = i
    let hash = 0
    for (; end < n; end++) {
      const d = s.charCodeAt(end)
      if (d >= 128 || ASCII_WORD[d] === 0) break
      hash = (Math.imul(hash, 31) + d) | 0
    }
    if (end < n && !endsPlainly(s.charCodeAt(end))) {
      if (!lower && s.charCodeAt(end) >= 128) return -1
      const wordStop = wordEnd(s, i)
      for (; end < wordStop; end++) {
        const d = s.charCodeAt(end)
        if (!lower && d >= 128) return -1
        hash = (Math.imul(hash, 31) + d) | 0
      }
    }
    // Kept within the small integers, which arrays of numbers hold unboxed
    const entry = entryAt(s, i, end, hash & 0x3fffffff, lower)
    const key = entryKeys[entry] as number
    if (key !== -1) {
      found[count] = key
      foundFrom[count] = i
      foundTo[count++] = end
    }
    i = end
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
  /** Numbers a key new to the numbering (whose caller numbers other things alongside). */
  numberKey: (key: string) => number
  /** Tells the ids of this numbering apart in `keyIds`. */
  owner: number
  /** The keys numbered so far and their ids, to restore them in `keyIds` (see `restore`). */
  numbered: string[]
  ids: number[]
}

let owners = 0
// The numbering whose ids `keyIds` holds, and the generation of the table it holds them for.
let current = 0
let currentGeneration = 0

/** Content keys numbered by `numberKey`, for the profiles of one comparison. */
export function createWordKeys(numberKey: (key: string) => number): WordKeys {
  return { numberKey, owner: ++owners, numbered: [], ids: [] }
}

// Writes the ids of a numbering back to `keyIds` when another numbering was used since, or the
// table was emptied since: every key of the table that is not its own is then new to it.
function restore(wordKeys: WordKeys): void {
  wordKeys.numbered.forEach((key, r) => {
    const number = keyNumber(key)
    keyIds[number] = wordKeys.ids[r] as number
    keyOwners[number] = wordKeys.owner
  })
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
  return Number.isNaN(c) || (c < 128 && ASCII_WORD[c] === 0 && endsPlainly(c))
}

// Whether no word of `text` goes on past `to`: a separator there, or a joiner that no letter or
// digit follows (the period of "…neighborliness.\"").
function endsApart(text: string, to: number): boolean {
  const c = text.charCodeAt(to)
  const joiner = c === 0x27 || c === 0x2e || c === 0x2d
  return separates(c) || (joiner && separates(text.charCodeAt(to + 1)))
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
      id = wordKeys.numberKey(keys[key] as string)
      keyIds[key] = id
      keyOwners[key] = owner
      wordKeys.numbered.push(keys[key] as string)
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
