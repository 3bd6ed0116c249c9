/**
 * How two matched claims relate: `agree`, `differ` (same claim, other details) or `conflict`
 * (both cannot be true), with a note for every detail that differs.
 *
 * Facts are compared slot by slot: numbers that count the same unit, dates of the same kind,
 * names of the same kind, quotes of the same words, who said it, negation, and the direction of
 * relational nouns ("X's support for Y"). Details that only one claim adds are no dispute:
 * reports retell a claim at different lengths.
 */
import type { Facts, Note, NoteKind, NumberFact, Relation, Sentence } from './types'
import { compareTwoStrings } from 'string-similarity'
import { classAt, isSpaceCode, WORD, widthAt } from './chars'
import { contentKeys } from './words'
import { directionsOf, reversedDirection, type Direction } from './direction'

const NONE: readonly string[] = []

/** Relation and notes of one matched pair. */
export type Related = { relation: Relation; notes: Note[] }

/** Thresholds of relation, from the fitted model. */
export type RelateOptions = { sameThreshold: number; agreeThreshold: number }

/** One side of a pair, with what relating reads of it more than once, read when first needed. */
type Claim = {
  /** The sentence when the claim is one. */
  sentence: Sentence | undefined
  /** The facts of the claim's sentences, merged. */
  facts: Facts
  /** The claim's text, its sentences joined by spaces. */
  text: string
  /** Distinct entity keys of each of `NAMED_TYPES`, in order of first mention. */
  keys: ReadonlyArray<string[] | undefined> | undefined
  /** Numbers by the unit they count (`#` marks ordinals). */
  units: Map<string, NumberFact[]> | undefined
  /** Vote tallies and scores: `6-3`. */
  tallies: readonly string[] | undefined
  /** Directions of relational nouns. */
  directions: readonly Direction[] | undefined
}

/** Two claims being related, and whether they are told nearly word for word, once asked. */
type Pair = { a: Claim; b: Claim; alike: boolean; close: boolean | undefined }

// Told nearly word for word: a swapped name or source then stands out as the difference. Asked
// only where there is a swapped name or source: wordDice keys both whole claims.
function isClose(pair: Pair): boolean {
  pair.close ??= pair.alike && wordDice(pair.a.text, pair.b.text) >= 0.6
  return pair.close
}

// The last claim read on each side. Alignment lists the pairs of a sentence one after another,
// and each pair is related on its own: a sentence in several pairs is read once. (A WeakMap by
// sentence cost more than it saved: about a microsecond for each sentence put in it.)
const lastClaims: [a: Claim | undefined, b: Claim | undefined] = [undefined, undefined]

function claimOf(sentences: readonly Sentence[], side: 0 | 1): Claim {
  const one = sentences.length === 1 ? (sentences[0] as Sentence) : undefined
  const known = lastClaims[side]
  // (and its facts: a sentence given new facts is read afresh)
  if (one !== undefined && known?.sentence === one && known.facts === one.facts) return known
  const claim: Claim = {
    sentence: one,
    facts: merge(sentences),
    text: joinedText(sentences),
    keys: undefined,
    units: undefined,
    tallies: undefined,
    directions: undefined,
  }
  if (one !== undefined) lastClaims[side] = claim
  return claim
}

function merge(sentences: readonly Sentence[]): Facts {
  // Most matches pair single claims: their facts are read, never changed, so no copy is needed.
  if (sentences.length === 1) return (sentences[0] as Sentence).facts
  const out: Facts = { numbers: [], dates: [], entities: [], quotes: [], negated: false, attribution: null }
  for (const s of sentences) {
    out.numbers.push(...s.facts.numbers)
    out.dates.push(...s.facts.dates)
    out.entities.push(...s.facts.entities)
    out.quotes.push(...s.facts.quotes)
    out.negated ||= s.facts.negated
    out.attribution ??= s.facts.attribution
  }
  return out
}

// "38" alone says little in a note; "38 (toll)" says what was counted.
const numberLabel = (n: NumberFact) =>
  n.unit && !/[\p{L}%$€£₹]/u.test(n.text) ? `${n.text} (${n.unit})` : n.text

function byUnit(numbers: readonly NumberFact[]): Map<string, NumberFact[]> {
  const map = new Map<string, NumberFact[]>()
  for (const n of numbers) {
    if (n.unit === null) continue
    const unit = `${n.unit}${(n as { ordinal?: boolean }).ordinal ? '#' : ''}`
    const list = map.get(unit)
    if (list) list.push(n)
    else map.set(unit, [n])
  }
  return map
}

// "dozens" and "hundreds" name no figure: they fit any value near theirs. "At least 42" and
// "at least 45" both name one, and two reports giving two figures differ even when both hold.
const vague = (n: NumberFact) => !/\d/.test(n.text) && n.approximate

function compatible(x: NumberFact, y: NumberFact): boolean {
  if (x.value === y.value) return true
  if (!vague(x) && !vague(y)) return false
  const lo = Math.min(x.value, y.value)
  return Math.abs(x.value - y.value) <= 0.5 * Math.max(lo, 1)
}

/** Notes the figures that differ; true when one makes claims that state one thing a conflict. */
function compareNumbers(a: Claim, b: Claim, out: Note[]): boolean {
  if (a.facts.numbers.length === 0 || b.facts.numbers.length === 0) return false
  let conflict = false
  const ua = (a.units ??= byUnit(a.facts.numbers))
  const ub = (b.units ??= byUnit(b.facts.numbers))
  for (const [unit, xs] of ua) {
    const all = ub.get(unit)
    if (!all) continue
    // Figures both state pair off ("1.1%" and "1.1%"); what is left on both sides differs:
    // "cut to 1.1% from 1.6%" against "to 1.1%, from 1.5%".
    const ys = [...all]
    const left = xs.filter((x) => {
      const k = ys.findIndex((y) => compatible(x, y))
      if (k < 0) return true
      ys.splice(k, 1)
      return false
    })
    if (left.length === 0 || ys.length === 0) continue
    const av = left.map(numberLabel).join(', ')
    const bv = ys.map(numberLabel).join(', ')
    out.push(note('number', av, bv))
    if (left.every((x) => !x.approximate) && ys.every((y) => !y.approximate)) conflict = true
  }
  compareMeasures(a.facts.numbers, b.facts.numbers, out)
  return conflict
}

// Lengths of time and distances told in other units: "a six-week war" and "a 44-day war".
// Values in a common base unit; a difference of more than 5% is noted (never a conflict:
// "six weeks" is a round figure).
const BASE: Record<string, [kind: string, factor: number]> = {
  hour: ['time', 1 / 24],
  day: ['time', 1],
  week: ['time', 7],
  month: ['time', 30.44],
  year: ['time', 365.25],
  metre: ['length', 0.001],
  meter: ['length', 0.001],
  kilometre: ['length', 1],
  kilometer: ['length', 1],
  km: ['length', 1],
  mile: ['length', 1.609],
}

function compareMeasures(xs: readonly NumberFact[], ys: readonly NumberFact[], out: Note[]): void {
  for (const x of xs) {
    const bx = x.unit ? BASE[x.unit] : undefined
    if (!bx) continue
    for (const y of ys) {
      const by = y.unit ? BASE[y.unit] : undefined
      if (!by || by[0] !== bx[0] || y.unit === x.unit) continue
      // a measure told in the same unit on the other side is compared by unit already
      if (ys.some((z) => z.unit === x.unit) || xs.some((z) => z.unit === y.unit)) continue
      const vx = x.value * bx[1]
      const vy = y.value * by[1]
      if (Math.abs(vx - vy) <= 0.05 * Math.max(vx, vy)) continue
      out.push(note('number', x.text, y.text))
    }
  }
}

// Vote tallies and scores: "voted 6–3", "a 5-4 vote", "won 2-1". A range of days ("June 19-20")
// has a month before it and no vote or game around it.
const TALLY = /(?<![\p{L}\d.,/-])(\d{1,3}) ?[-–—] ?(\d{1,3})(?![\d.,/-]|\p{L})/gu
const TALLY_CONTEXT = /\b(?:vot(?:e|ed|es|ing)|won|wins?|beat|lost|loss|defeat(?:ed)?|score[ds]?|ruling|verdict|majority|draw)\b/i

// What every tally has and most claims lack: a test that costs a fifth of the context's.
const TALLY_HINT = /\d ?[-–—] ?\d/

function talliesOf(text: string): readonly string[] {
  if (!TALLY_HINT.test(text) || !TALLY_CONTEXT.test(text)) return NONE
  return [...text.matchAll(TALLY)].map((m) => `${m[1]}-${m[2]}`)
}

function compareTallies(a: Claim, b: Claim): Note | null {
  const ta = (a.tallies ??= talliesOf(a.text))
  if (ta.length === 0) return null
  const tb = (b.tallies ??= talliesOf(b.text))
  if (tb.length === 0 || ta.some((t) => tb.includes(t))) return null
  return note('number', ta.join(', '), tb.join(', '))
}

/** Notes the dates that differ; true when there is one (another date is a conflict). */
function compareDates(a: Facts, b: Facts, out: Note[]): boolean {
  const before = out.length
  if (a.dates.length === 0 || b.dates.length === 0) return false
  // "a year earlier" and "last year", "yesterday" and "on Monday": relative dates depend on when
  // each report was written, so they are compared only once resolved (with `published`).
  const kinds: string[] = []
  for (const d of a.dates) if (d.kind !== 'relative' && !kinds.includes(d.kind)) kinds.push(d.kind)
  for (const kind of kinds) {
    const ys = b.dates.filter((d) => d.kind === kind)
    if (ys.length === 0) continue
    const xs = a.dates.filter((d) => d.kind === kind)
    if (xs.some((x) => ys.some((y) => x.value === y.value || overlaps(x.value, y.value)))) continue
    const av = xs.map((d) => d.text).join(', ')
    const bv = ys.map((d) => d.text).join(', ')
    out.push(note('date', av, bv))
  }
  return out.length > before
}

// "06-19/06-20" covers "06-19": a range and a day inside it are consistent.
function overlaps(x: string, y: string): boolean {
  // two single dates (most) overlap when they are one: spares the splits below
  if (!x.includes('/') && !y.includes('/')) return x === y
  const [x0, x1 = x0] = x.split('/')
  const [y0, y1 = y0] = y.split('/')
  if (x0 === undefined || y0 === undefined) return false
  return x0 <= (y1 as string) && y0 <= (x1 as string) && x0.length === y0.length
}

const NAMED_TYPES = ['person', 'place', 'organization', 'other'] as const

const surname = (name: string) => name.split(' ').pop() ?? name

// "Zofia Weber" vs "Lena Weber", "Kim Jong Un" vs "Kim Jong Il": one family name, two people.
function namesakes(onlyA: readonly string[], onlyB: readonly string[]): [string, string] | null {
  for (const x of onlyA) {
    if (!x.includes(' ')) continue
    const y = onlyB.find(
      (n) =>
        n.includes(' ') &&
        // "Striker Tom Ashworth" is Tom Ashworth with a title the name finder did not know
        !n.endsWith(` ${x}`) &&
        !x.endsWith(` ${n}`) &&
        (surname(n) === surname(x) || n.split(' ')[0] === x.split(' ')[0]),
    )
    if (y) return [x, y]
  }
  return null
}

// People named by role rather than by name: "the heads of space corporation", "officials".
const UNNAMED_PEOPLE =
  /\b(?:heads?|officials?|ministers?|executives?|representatives?|members?|aides?|envoys?|delegates?|diplomats?)\b(?!\s+[A-Z])/

// Entity keys of each of NAMED_TYPES, in order of first mention: a handful, so arrays, not sets.
function keysByType(f: Facts): Array<string[] | undefined> {
  const out: Array<string[] | undefined> = [undefined, undefined, undefined, undefined] // one a type
  for (const e of f.entities) {
    const type = NAMED_TYPES.indexOf(e.type)
    if (type < 0) continue
    const keys = out[type]
    if (keys === undefined) out[type] = [e.key]
    else if (!keys.includes(e.key)) keys.push(e.key)
  }
  return out
}

// The keys of `xs` that `ys` lacks (`xs` itself when nothing is left out; neither is changed).
function without(xs: readonly string[] | undefined, ys: readonly string[] | undefined): readonly string[] {
  if (xs === undefined) return NONE
  return ys === undefined ? xs : xs.filter((k) => !ys.includes(k))
}

function compareEntities(pair: Pair, out: Note[]): void {
  const { a, b } = pair
  const ka = (a.keys ??= keysByType(a.facts))
  const kb = (b.keys ??= keysByType(b.facts))
  for (let type = 0; type < NAMED_TYPES.length; type++) {
    const xa = ka[type]
    const xb = kb[type]
    if (xa === undefined && xb === undefined) continue
    const onlyA = without(xa, xb)
    const onlyB = without(xb, xa)
    // Another name in the same slot: a claim told the same way but for one name on each side.
    if (onlyA.length === 1 && onlyB.length === 1 && isClose(pair)) {
      out.push(note('entity', onlyA.join(', '), onlyB.join(', ')))
      continue
    }
    if (NAMED_TYPES[type] !== 'person') continue
    const namesake = namesakes(onlyA, onlyB)
    if (namesake) {
      out.push(note('entity', namesake[0], namesake[1]))
      continue
    }
    // One report names the people the other only describes by role.
    if (onlyB.length > 0 && onlyA.length === 0) {
      const roleA = UNNAMED_PEOPLE.exec(a.text)?.[0]
      if (roleA) out.push(note('entity', `${roleA} (unnamed)`, onlyB.join(', ')))
    } else if (onlyA.length > 0 && onlyB.length === 0) {
      const roleB = UNNAMED_PEOPLE.exec(b.text)?.[0]
      if (roleB) out.push(note('entity', onlyA.join(', '), `${roleB} (unnamed)`))
    }
  }
}

// Bigrams of a string without its whitespace, counted in hashed buckets (see `bigramBound`).
const BIGRAMS = new Int32Array(1024)

/**
 * An upper bound of `compareTwoStrings(x, y)`: the same Dice coefficient of the bigrams of both
 * strings without whitespace, with the bigrams counted in 1024 hashed buckets instead of a map of
 * two-letter substrings. Bigrams that share a bucket can only add to the count both have, and
 * the division is string-similarity's, so the bound is never below its result.
 */
function bigramBound(x: string, y: string): number {
  let lx = 0
  let prev = 0
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i)
    if (isSpaceCode(c)) continue
    if (lx++ > 0) BIGRAMS[(prev * 31 + c) & 1023]++
    prev = c
  }
  let ly = 0
  let shared = 0
  for (let i = 0; i < y.length; i++) {
    const c = y.charCodeAt(i)
    if (isSpaceCode(c)) continue
    if (ly++ > 0) {
      const bucket = (prev * 31 + c) & 1023
      if ((BIGRAMS[bucket] as number) > 0) {
        BIGRAMS[bucket]--
        shared++
      }
    }
    prev = c
  }
  BIGRAMS.fill(0)
  // string-similarity's own answers for one-letter strings: no bound to give
  if (lx < 2 || ly < 2) return 1
  return (2.0 * shared) / (lx + ly - 2)
}

// How many keys two sets share, reading the smaller one.
function sharedKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size > b.size) return sharedKeys(b, a)
  let shared = 0
  for (const k of a) if (b.has(k)) shared++
  return shared
}

function compareQuotes(a: Facts, b: Facts, out: Note[]): void {
  if (b.quotes.length === 0) return
  for (const qa of a.quotes) {
    const ka = contentKeys(qa.text)
    if (ka.size < 3) continue
    for (const qb of b.quotes) {
      const kb = contentKeys(qb.text)
      if (kb.size < 3) continue
      // The same quotation: most words in common, or most letters (string-similarity's
      // bigrams catch "settlements mechanisms" vs "mechanisms of … settlements").
      // string-similarity rebuilds both bigram tables per call: only when the words leave doubt
      // and its bound leaves hope
      const wordsAlike = sharedKeys(ka, kb) / Math.min(ka.size, kb.size) >= 0.5
      let alike = -1
      if (!wordsAlike) {
        if (bigramBound(qa.text, qb.text) < 0.6) continue
        alike = compareTwoStrings(qa.text, qb.text)
        if (alike < 0.6) continue
      }
      const wa = words(qa.text)
      const wb = words(qb.text)
      if (wa !== wb && !wa.includes(wb) && !wb.includes(wa)) {
        const pct = Math.round((alike < 0 ? compareTwoStrings(qa.text, qb.text) : alike) * 100)
        const message = `quote: “${qa.text}” vs “${qb.text}” (${pct}% alike)`
        out.push(note('quote', qa.text, qb.text, message))
      }
      if (qa.speaker && qb.speaker && qa.speaker !== qb.speaker) {
        out.push(note('attribution', qa.speaker, qb.speaker))
      }
    }
  }
}

const NEGATION_CUE =
  /\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot|den(?:y|ies|ied|ying)|reject\w*|refus\w*|fail\w*)\b|n't\b/gi

// A negation disputes the other claim only when what it negates is in that claim too: "has not
// paid the fine" against "has paid the fine", but not "Nobody was seriously hurt" against "six
// were treated for minor injuries".
function negatesShared(negated: readonly Sentence[], other: string): boolean {
  const lower = other.toLowerCase()
  for (const s of negated) {
    // exec of the shared global pattern instead of matchAll, which copies the pattern every call
    NEGATION_CUE.lastIndex = 0
    for (let m = NEGATION_CUE.exec(s.text); m !== null; m = NEGATION_CUE.exec(s.text)) {
      // "never stopped believing" in both: the same negation, quoted or not, is no dispute (a cue
      // the other claim lacks in any case needs no pattern built to look for it as a word)
      const cue = m[0]
      if (lower.includes(cue.toLowerCase()) && new RegExp(`\\b${cue}\\b`, 'i').test(other)) continue
      const from = m.index + cue.length
      const after = s.text.slice(from, clauseEnd(s.text, from))
      const keys = contentKeys(other)
      for (const k of contentKeys(firstWords(after, 6))) if (keys.has(k)) return true
    }
  }
  return false
}

// `text.split(/\s+/).slice(0, count).join(' ')`, without the pattern's split (the costliest
// line of negatesShared) or the array.
function firstWords(text: string, count: number): string {
  let out = ''
  let i = 0
  for (let taken = 0; taken < count; taken++) {
    let end = i
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++
    out = taken === 0 ? text.slice(i, end) : `${out} ${text.slice(i, end)}`
    if (end >= text.length) break
    i = end
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++
  }
  return out
}

// Where the clause that starts at `from` ends: what `split(/[.,;:!?]/)[0]` keeps.
function clauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f) return i
  }
  return text.length
}

function wordDice(a: string, b: string): number {
  const ka = contentKeys(a)
  const kb = contentKeys(b)
  return ka.size + kb.size === 0 ? 0 : (2 * sharedKeys(ka, kb)) / (ka.size + kb.size)
}

/**
 * The letters and digits of `s` in lower case, one space between runs: what
 * `s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives, read by the scanner of
 * chars.ts because that replace cost several microseconds a quote.
 */
function words(s: string): string {
  const lower = s.toLowerCase()
  const n = lower.length
  let out = ''
  let i = 0
  while (i < n) {
    const c = lower.charCodeAt(i)
    if (classAt(lower, i, c) !== WORD) {
      i += widthAt(lower, i, c)
      continue
    }
    let end = i + widthAt(lower, i, c)
    while (end < n) {
      const d = lower.charCodeAt(end)
      if (classAt(lower, end, d) !== WORD) break
      end += widthAt(lower, end, d)
    }
    out = out === '' ? lower.slice(i, end) : `${out} ${lower.slice(i, end)}`
    i = end
  }
  return out
}

const LABELS: Record<NoteKind, string> = {
  number: 'number',
  date: 'date',
  entity: 'name',
  quote: 'quote',
  negation: 'negation',
  attribution: 'attribution',
  detail: 'detail',
}

function show(kind: NoteKind, v: string | null): string {
  return v === null ? '(not stated)' : kind === 'quote' ? `“${v}”` : v
}

function note(kind: NoteKind, a: string | null, b: string | null, message?: string): Note {
  return { kind, a, b, message: message ?? `${LABELS[kind]}: ${show(kind, a)} vs ${show(kind, b)}` }
}

const names = (f: Facts, key: string) => f.entities.some((e) => e.key === key)

/** The claims' texts as one ("A3 A4"), for relating them and for the diff of a match. */
export function joinedText(claims: readonly Sentence[]): string {
  return claims.length === 1 ? (claims[0] as Sentence).text : claims.map((s) => s.text).join(' ')
}

/**
 * Relation of claims `a` (from report A) and `b` (from report B) that alignment matched.
 *
 * @example relateClaims([a], [b], 0.9, { agreeThreshold: 0.8 }) // { relation: 'conflict', notes: [...] }
 */
export function relateClaims(
  a: readonly Sentence[],
  b: readonly Sentence[],
  score: number,
  options: RelateOptions,
): Related {
  const ca = claimOf(a, 0)
  const cb = claimOf(b, 1)
  const fa = ca.facts
  const fb = cb.facts
  const notes: Note[] = []
  let conflict = false

  // Claims this alike state one thing: then a denial, another value of the same quantity or
  // another date cannot both be true. Looser matches only differ.
  const same = score >= options.sameThreshold
  if (fa.negated !== fb.negated && negatesShared(fa.negated ? a : b, fa.negated ? cb.text : ca.text)) {
    notes.push(note('negation', fa.negated ? 'negated' : 'affirmed', fb.negated ? 'negated' : 'affirmed'))
    if (same) conflict = true
  }
  const numbers = compareNumbers(ca, cb, notes)
  const dates = compareDates(fa, fb, notes)
  const tally = compareTallies(ca, cb)
  if (tally) notes.push(tally)
  if (same && (numbers || dates || tally)) conflict = true
  const pair: Pair = { a: ca, b: cb, alike: score >= options.agreeThreshold, close: undefined }
  compareQuotes(fa, fb, notes)
  compareEntities(pair, notes)
  // Told by another source: "Lavrov said" vs "Peskov said", where neither names the other.
  if (fa.attribution && fb.attribution && fa.attribution !== fb.attribution && isClose(pair)) {
    const named = names(fa, fb.attribution) || names(fb, fa.attribution)
    if (!named && !notes.some((n) => n.kind === 'attribution')) {
      notes.push(note('attribution', fa.attribution, fb.attribution))
    }
  }
  // Most claims state no direction: the other claim's are then not needed.
  const da = (ca.directions ??= directionsOf(ca.text, fa))
  const reversed = da.length > 0 && reversedDirection(da, (cb.directions ??= directionsOf(cb.text, fb)))
  if (reversed) {
    notes.push(note('detail', reversed.a, reversed.b, `direction: ${reversed.a} vs ${reversed.b}`))
  }
  const relation: Relation = conflict ? 'conflict' : notes.length > 0 ? 'differ' : 'agree'
  return { relation, notes }
}
