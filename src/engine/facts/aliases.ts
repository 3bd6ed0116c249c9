/**
 * The alias table of one comparison: common aliases, aliases the reports define themselves
 * (`the Korean Central News Agency (KCNA)`, `North Korea, officially the Democratic People's
 * Republic of Korea (DPRK)`) and surname-only second mentions (`Putin` -> `Vladimir Putin`).
 */
import { COMMON_ALIASES, FAMILY_FIRST, POSSESSIVE_NAME_PARTS } from './lexicon'
import { isWordPart } from './name-tokens'
import { findNames, type NameSpan } from './names'
import { isLexiconName, lowerWord, WORD, wordClass } from './word-class'

export { isLexiconName }

/** Lower-cased alias form -> canonical name. */
export type AliasTable = ReadonlyMap<string, string>

const ACRONYM_RE = /^ \(([\p{Lu}][\p{Lu}.&]{1,9})\)/u
const DEFINITION_HINT_RE =
  / \([A-Z][A-Z.&]{1,9}\)|, (?:officially|formally|also known as|also called|known as) /g
const DEFINES_RE = /^,\s+(?:officially|formally|also known as|also called|known as)\s+(?:the\s+)?/
const SKIP_INITIALS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'del', 'da', 'van', 'von'])

// Letters, digits or `.` at both ends, no apostrophe, no leading `the`: the clean-ups of
// `aliasKey` and `canonicalName` change nothing ("Vladimir Putin", "U.N."), so their regexes can
// be skipped for almost every name
function isPlainName(name: string): boolean {
  const n = name.length
  if (n === 0 || !isPlainEnd(name.charCodeAt(0)) || !isPlainEnd(name.charCodeAt(n - 1))) {
    return false
  }
  if (name.includes("'") || name.includes('’')) return false
  const the =
    (name.charCodeAt(0) | 32) === 116 &&
    (name.charCodeAt(1) | 32) === 104 &&
    (name.charCodeAt(2) | 32) === 101
  return !the
}

const isPlainEnd = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46

/** Lookup key of a name: lower case, straight apostrophe, possessive and leading `the` removed. */
export function aliasKey(name: string): string {
  return isPlainName(name) ? name.toLowerCase() : cleanKey(name)
}

function cleanKey(name: string): string {
  return name
    .trim()
    .replace(/’/g, "'")
    .replace(/'s$|(?<=s)'$/, '')
    .replace(/^the\s+/i, '')
    .toLowerCase()
}

/**
 * The lower case of `name` when its alias key is just that (see `isPlainName`), else undefined;
 * `lower` is `name.toLowerCase()` when the caller has it.
 */
export function plainKey(name: string, lower?: string): string | undefined {
  return isPlainName(name) ? (lower ?? name.toLowerCase()) : undefined
}

/**
 * Canonical name for a name as written, after aliases: `U.N.` -> `United Nations`. `plain` is
 * `plainKey(name)` when the caller has it.
 */
export function canonicalName(
  name: string,
  aliases: AliasTable,
  plain: string | undefined = plainKey(name),
): string {
  // `aliasKey` inlined: the name is tested for plainness once
  const key = plain ?? cleanKey(name)
  const found =
    aliases.get(key) ?? (key.includes('.') ? aliases.get(key.replace(/\./g, '')) : undefined)
  if (found) return found
  if (plain !== undefined) return name
  return name
    .trim()
    .replace(/’/g, "'")
    .replace(/'s$/, '')
    .replace(/^the\s+/i, '')
}

function initialsMatch(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.replace(/[.&]/g, '').toLowerCase()
  const initials = words
    .filter((w) => !SKIP_INITIALS.has(w))
    .map((w) => w[0]!.toLowerCase())
    .join('')
  return initials === letters || (letters.length >= 2 && initials.startsWith(letters[0]!))
}

/**
 * A person's full name as written: two to four plain capitalised words, no place or organisation.
 * `joined` is `words` joined by spaces, when the caller has it.
 */
export function isPersonName(words: readonly string[], joined?: string): boolean {
  let allBits = -1
  for (const w of words) allBits &= wordClass(w)
  return isPersonNameOf(words.length, allBits, (joined ?? words.join(' ')).toLowerCase())
}

/**
 * `isPersonName` from what a caller knows of the name already: how many words it has, the `WORD`
 * bits all of them have, and the name in lower case.
 */
export const isPersonNameOf = (count: number, allBits: number, lower: string): boolean =>
  count >= 2 && count <= 4 && (allBits & WORD.personWord) !== 0 && !isLexiconName(lower)

/** Adds `alias -> canonical` unless `alias` is already taken by a stronger source. */
function define(table: Map<string, string>, alias: string, canonical: string): void {
  const key = aliasKey(alias)
  if (key && key !== canonical.toLowerCase()) table.set(key, canonical)
}

/**
 * Aliases defined by the texts themselves plus surname-only second mentions, merged with the
 * built-in common table. Call once with both reports' normalised texts.
 */
export function collectAliases(texts: readonly string[]): AliasTable {
  const defined = new Map<string, string>()
  // Surname -> the one full name met with it, or AMBIGUOUS once two differ
  const people = new Map<string, string>()
  const memo = new Map<string, Mention | null>()
  for (const text of texts) {
    collectPeople(text, people, memo)
    // Definitions are rare: look at the few places that have one, not at every name. An `exec`
    // loop: `matchAll` allocated an iterator and a copy of the regex for each text
    DEFINITION_HINT_RE.lastIndex = 0
    for (let m = DEFINITION_HINT_RE.exec(text); m; m = DEFINITION_HINT_RE.exec(text)) {
      // No name runs on over a character that is neither a space nor part of a word (a comma, a
      // bracket, a line break), and the names after one do not depend on the text before it:
      // start after the last one when it is nearer than 120 characters back
      let from = Math.max(m.index - 120, 0)
      for (let i = m.index - 1; i >= from; i--) {
        if (isNameGap(text.charCodeAt(i))) {
          from = i + 1
          break
        }
      }
      // "Agency (KCNA)" defines only the name before the bracket, which the text after it cannot
      // change (no name runs on over " ("): read up to the hint. "…, officially the …" names the
      // next name too: read on to the end of that name's run
      const to = text.charCodeAt(m.index + 1) === 40 ? m.index + 1 : definedNameEnd(text, m.index)
      const names = findNames(text.slice(from, to), isLexiconName)
      for (let i = 0; i < names.length; i++) {
        const n = names[i]!
        if (n.end + from < m.index - 1 || n.start + from > m.index) continue
        collectDefinitions(text, from, n, names[i + 1], defined)
      }
    }
  }
  const table = new Map<string, string>()
  // `forEach` rather than `for…of`: no [key, value] array for each entry
  people.forEach((full, surname) => {
    // "Kim" with "Kim Jong Un" and "Kim Jong Il" in the texts stays unresolved
    if (full !== AMBIGUOUS) table.set(surname, full)
  })
  COMMON_ALIASES.forEach((v, k) => table.set(k, v))
  for (const [k, v] of defined) {
    table.set(k, v)
    // Resolve chains such as DPRK -> Democratic People's Republic of Korea -> North Korea
    let target = v
    for (let hop = 0; hop < 3; hop++) {
      const next = table.get(target.toLowerCase())
      if (!next || next === target) break
      target = next
    }
    if (target.toLowerCase() === k) table.delete(k)
    else table.set(k, target)
  }
  return table
}

const isNameGap = (c: number): boolean => c !== 32 && !isWordPart(c)

/**
 * Where to stop reading names for the definition hint `, officially …` at `at`: after the first
 * name-ending character past the phrase (where the defined name starts), or 160 characters on.
 */
function definedNameEnd(text: string, at: number): number {
  const limit = Math.min(at + 160, text.length)
  // The phrase as `collectDefinitions` reads it, from the name that ends at the comma
  const defines = DEFINES_RE.exec(text.slice(at, at + 60))
  if (!defines) return at + 160
  for (let i = at + defines[0].length; i < limit; i++) if (isNameGap(text.charCodeAt(i))) return i
  return at + 160
}

// Runs of two or more capitalised words: the only places a full personal name can be
const CAPITAL_RUN_RE = /[A-Z][A-Za-z\u00C0-\u024F'’-]*(?: [A-Z][A-Za-z\u00C0-\u024F'’.-]*)+/g
// How a word ends a name: not at all, with a mark ("Kim.", a lone apostrophe), or with a
// possessive ("Putin's", "the allies'")
const END = { none: 0, mark: 1, possessive: 2 } as const
type End = (typeof END)[keyof typeof END]

// `END` of the word ending at `end` of `run`: what `/['’.]$|['’]s$/` matches, and which of its
// matches are possessives, read off the last two characters without a regex call or a copy
function endOf(run: string, end: number): End {
  const last = run.charCodeAt(end - 1)
  const before = run.charCodeAt(end - 2)
  if (last === 115) return before === 39 || before === 0x2019 ? END.possessive : END.none
  if (last === 39 || last === 0x2019) return before === 115 ? END.possessive : END.mark
  return last === 46 ? END.mark : END.none
}
// The end mark as it comes off the name's last word
const NAME_END_MARK_RE = /['’]s$|['’.]$/

// Function words, titles and known places before a person's name: "Russian President Putin"
const NOT_A_NAME = WORD.function | WORD.title | WORD.modifier | WORD.lexicon

/** A full name found in a capitalised run: its lower-case short form and the name itself. */
type Mention = { short: string; full: string }

/**
 * People (and firms) of each capitalised run. Runs repeat within and across the reports
 * (`Vladimir Putin`, `North Korea`), so each distinct run is read once per `collectAliases` call.
 */
function collectPeople(
  text: string,
  people: Map<string, string>,
  memo: Map<string, Mention | null>,
): void {
  // `match` collects the runs as strings, without a match object each
  for (const run of text.match(CAPITAL_RUN_RE) ?? []) {
    let found = memo.get(run)
    if (found === undefined) {
      found = mentionOf(run)
      memo.set(run, found)
    }
    if (!found) continue
    const full = people.get(found.short)
    if (full === undefined) people.set(found.short, found.full)
    else if (full !== found.full) people.set(found.short, AMBIGUOUS)
  }
}

// No full name is empty: the empty string marks a surname met with two different full names
const AMBIGUOUS = ''

// Where the words of the run being read start: `mentionOf` copies out only the words it reads
// and builds no array of them (a scratch list, refilled for each run)
const wordStarts: number[] = []

/** End of word `k` of the `count` words of `run` whose starts are in `wordStarts`. */
const wordEnd = (run: string, k: number, count: number): number =>
  k + 1 < count ? wordStarts[k + 1]! - 1 : run.length

const wordOf = (run: string, k: number, count: number): string =>
  run.slice(wordStarts[k]!, wordEnd(run, k, count))

function mentionOf(run: string): Mention | null {
  // Words are one space apart: the run's pattern puts a capital after each space
  let count = 0
  wordStarts[count++] = 0
  for (let space = run.indexOf(' '); space >= 0; space = run.indexOf(' ', space + 1)) {
    wordStarts[count++] = space + 1
  }
  let i = 0
  // The class of the name's first word once the loop stops, and the word
  let first = 0
  let firstWord = ''
  while (i < count && (first = wordClass((firstWord = wordOf(run, i, count)))) & NOT_A_NAME) i++
  // The name ends at the first word with an end mark, `j`, or with the run
  let j = i
  let ending: End = END.none
  for (; j < count; j++) {
    ending = endOf(run, wordEnd(run, j, count))
    if (ending !== END.none) break
  }
  const to = Math.min(j + 1, count)
  // Neither a person (two to four words) nor a firm (two or three)
  const size = to - i
  if (size < 2 || size > 4) return null
  const marked = j < count
  // "Democratic People's Republic" names no person "Democratic People": a word that keeps its
  // possessive inside a name (as the name scan reads it) never ends a person's name
  if (ending === END.possessive && POSSESSIVE_NAME_PARTS.has(wordOf(run, j, count).toLowerCase())) {
    return null
  }
  let lastWord = wordOf(run, to - 1, count)
  if (marked) lastWord = lastWord.replace(NAME_END_MARK_RE, '')
  const last = wordClass(lastWord)
  if (last & WORD.firmSuffix) {
    const name: string[] = []
    for (let k = i; k < to - 1; k++) name.push(wordOf(run, k, count))
    name.push(lastWord)
    return firmOf(name)
  }
  // `isPersonName`: two to four words (above), each a person's word, the whole not a known name.
  // The first word is never the one whose end mark came off: a name ends at it
  if (!(first & last & WORD.personWord)) return null
  for (let k = i + 1; k < to - 1; k++) {
    if (!(wordClass(wordOf(run, k, count)) & WORD.personWord)) return null
  }
  // The name's words joined by spaces: a piece of the run, with the last word's end mark off
  let full: string
  if (marked) full = run.slice(wordStarts[i]!, wordStarts[to - 1]!) + lastWord
  else full = i === 0 && to === count ? run : run.slice(wordStarts[i]!, wordEnd(run, to - 1, count))
  if (isLexiconName(full.toLowerCase())) return null
  const surname = FAMILY_FIRST.has(firstWord) && size === 3 ? firstWord : lastWord
  const short = lowerWord(surname)
  if (isLexiconName(short)) return null
  return { short, full }
}

// Company suffixes (`WORD.firmSuffix`): "Northwind Systems" is "Northwind" on second mention
function firmOf(name: string[]): Mention | null {
  if (name.length < 2 || name.length > 3) return null
  const short = name.slice(0, -1).join(' ').toLowerCase()
  if (isLexiconName(short) || wordClass(name[0]!) & NOT_A_NAME) return null
  return { short, full: name.join(' ') }
}

/** What `name` stands for by the aliases defined so far or the common ones, else `name`. */
function canonicalOf(name: string, defined: ReadonlyMap<string, string>): string {
  const key = aliasKey(name)
  return defined.get(key) ?? COMMON_ALIASES.get(key) ?? name
}

/** Aliases defined right after `n`; `n` and `next` were found `at` characters into `text`. */
function collectDefinitions(
  text: string,
  at: number,
  n: NameSpan,
  next: NameSpan | undefined,
  defined: Map<string, string>,
): void {
  const after = text.slice(n.end + at, n.end + at + 60)
  // "the Korean Central News Agency (KCNA)"
  const acronym = ACRONYM_RE.exec(after)
  if (acronym && n.words.length > 1 && initialsMatch(acronym[1]!, n.words)) {
    define(defined, acronym[1]!, canonicalOf(n.text, defined))
  }
  // "North Korea, officially the Democratic People's Republic of Korea (DPRK)"
  const defines = DEFINES_RE.exec(after)
  if (defines && next && next.start === n.end + defines[0].length) {
    const canonical = canonicalOf(n.text, defined)
    define(defined, next.text, canonical)
    const nextAcronym = ACRONYM_RE.exec(text.slice(next.end + at, next.end + at + 16))
    if (nextAcronym) define(defined, nextAcronym[1]!, canonical)
  }
}
