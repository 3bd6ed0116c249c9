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
import { contentKeys } from './words'
import { directionsOf, reversedDirection } from './direction'

/** Relation and notes of one matched pair. */
export type Related = { relation: Relation; notes: Note[] }

/** Thresholds of relation, from the fitted model. */
export type RelateOptions = { sameThreshold: number; agreeThreshold: number }

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

function compareNumbers(a: Facts, b: Facts): Array<{ note: Note; hard: boolean }> {
  const out: Array<{ note: Note; hard: boolean }> = []
  if (a.numbers.length === 0 || b.numbers.length === 0) return out
  const ua = byUnit(a.numbers)
  const ub = byUnit(b.numbers)
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
    const hard = left.every((x) => !x.approximate) && ys.every((y) => !y.approximate)
    out.push({ note: note('number', av, bv), hard })
  }
  out.push(...compareMeasures(a.numbers, b.numbers))
  return out
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

function compareMeasures(
  xs: readonly NumberFact[],
  ys: readonly NumberFact[],
): Array<{ note: Note; hard: boolean }> {
  const out: Array<{ note: Note; hard: boolean }> = []
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
      out.push({ note: note('number', x.text, y.text), hard: false })
    }
  }
  return out
}

// Vote tallies and scores: "voted 6–3", "a 5-4 vote", "won 2-1". A range of days ("June 19-20")
// has a month before it and no vote or game around it.
const TALLY = /(?<![\p{L}\d.,/-])(\d{1,3}) ?[-–—] ?(\d{1,3})(?![\d.,/-]|\p{L})/gu
const TALLY_CONTEXT = /\b(?:vot(?:e|ed|es|ing)|won|wins?|beat|lost|loss|defeat(?:ed)?|score[ds]?|ruling|verdict|majority|draw)\b/i

function talliesOf(text: string): string[] {
  if (!TALLY_CONTEXT.test(text)) return []
  return [...text.matchAll(TALLY)].map((m) => `${m[1]}-${m[2]}`)
}

function compareTallies(textA: string, textB: string): Note | null {
  const ta = talliesOf(textA)
  if (ta.length === 0) return null
  const tb = talliesOf(textB)
  if (tb.length === 0 || ta.some((t) => tb.includes(t))) return null
  return note('number', ta.join(', '), tb.join(', '))
}

function compareDates(a: Facts, b: Facts): Array<{ note: Note; hard: boolean }> {
  const out: Array<{ note: Note; hard: boolean }> = []
  if (a.dates.length === 0 || b.dates.length === 0) return out
  // "a year earlier" and "last year", "yesterday" and "on Monday": relative dates depend on when
  // each report was written, so they are compared only once resolved (with `published`).
  const kinds = new Set(a.dates.map((d) => d.kind).filter((k) => k !== 'relative'))
  for (const kind of kinds) {
    const xs = a.dates.filter((d) => d.kind === kind)
    const ys = b.dates.filter((d) => d.kind === kind)
    if (ys.length === 0) continue
    const values = new Set(ys.map((d) => d.value))
    if (xs.some((x) => values.has(x.value) || [...values].some((v) => overlaps(x.value, v)))) continue
    const av = xs.map((d) => d.text).join(', ')
    const bv = ys.map((d) => d.text).join(', ')
    out.push({ note: note('date', av, bv), hard: true })
  }
  return out
}

// "06-19/06-20" covers "06-19": a range and a day inside it are consistent.
function overlaps(x: string, y: string): boolean {
  const [x0, x1 = x0] = x.split('/')
  const [y0, y1 = y0] = y.split('/')
  if (x0 === undefined || y0 === undefined) return false
  return x0 <= (y1 as string) && y0 <= (x1 as string) && x0.length === y0.length
}

const NAMED_TYPES = ['person', 'place', 'organization', 'other'] as const

const surname = (name: string) => name.split(' ').pop() ?? name

// "Zofia Weber" vs "Lena Weber", "Kim Jong Un" vs "Kim Jong Il": one family name, two people.
function namesakes(onlyA: string[], onlyB: string[]): [string, string] | null {
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

/** Entity keys of each type, in order of first mention. */
function keysByType(f: Facts): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const e of f.entities) {
    const keys = out.get(e.type)
    if (keys) keys.add(e.key)
    else out.set(e.type, new Set([e.key]))
  }
  return out
}

function compareEntities(a: Facts, b: Facts, textA: string, textB: string, close: boolean): Note[] {
  const out: Note[] = []
  const ka = keysByType(a)
  const kb = keysByType(b)
  for (const type of NAMED_TYPES) {
    const xa = ka.get(type)
    const xb = kb.get(type)
    if (xa === undefined && xb === undefined) continue
    const onlyA = xa ? [...xa].filter((k) => !xb?.has(k)) : []
    const onlyB = xb ? [...xb].filter((k) => !xa?.has(k)) : []
    // Another name in the same slot: a claim told the same way but for one name on each side.
    if (close && onlyA.length === 1 && onlyB.length === 1) {
      out.push(note('entity', onlyA.join(', '), onlyB.join(', ')))
      continue
    }
    if (type !== 'person') continue
    const pair = namesakes(onlyA, onlyB)
    if (pair) {
      out.push(note('entity', pair[0], pair[1]))
      continue
    }
    // One report names the people the other only describes by role.
    if (onlyA.length === 0 && onlyB.length === 0) continue
    const roleA = onlyB.length > 0 ? UNNAMED_PEOPLE.exec(textA)?.[0] : undefined
    const roleB = onlyA.length > 0 ? UNNAMED_PEOPLE.exec(textB)?.[0] : undefined
    if (onlyB.length > 0 && onlyA.length === 0 && roleA) {
      out.push(note('entity', `${roleA} (unnamed)`, onlyB.join(', ')))
    } else if (onlyA.length > 0 && onlyB.length === 0 && roleB) {
      out.push(note('entity', onlyA.join(', '), `${roleB} (unnamed)`))
    }
  }
  return out
}

function compareQuotes(a: Facts, b: Facts): Note[] {
  const out: Note[] = []
  for (const qa of a.quotes) {
    const ka = contentKeys(qa.text)
    if (ka.size < 3) continue
    for (const qb of b.quotes) {
      const kb = contentKeys(qb.text)
      if (kb.size < 3) continue
      let shared = 0
      for (const k of ka) if (kb.has(k)) shared++
      // The same quotation: most words in common, or most letters (string-similarity's
      // bigrams catch "settlements mechanisms" vs "mechanisms of … settlements").
      // string-similarity rebuilds both bigram tables per call: only when the words leave doubt
      const wordsAlike = shared / Math.min(ka.size, kb.size) >= 0.5
      const alike = wordsAlike ? -1 : compareTwoStrings(qa.text, qb.text)
      if (!wordsAlike && alike < 0.6) continue
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
  return out
}

const NEGATION_CUE =
  /\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot|den(?:y|ies|ied|ying)|reject\w*|refus\w*|fail\w*)\b|n't\b/gi

// A negation disputes the other claim only when what it negates is in that claim too: "has not
// paid the fine" against "has paid the fine", but not "Nobody was seriously hurt" against "six
// were treated for minor injuries".
function negatesShared(negated: readonly Sentence[], other: string): boolean {
  const keys = contentKeys(other)
  for (const s of negated) {
    for (const m of s.text.matchAll(NEGATION_CUE)) {
      // "never stopped believing" in both: the same negation, quoted or not, is no dispute
      if (new RegExp(`\\b${m[0]}\\b`, 'i').test(other)) continue
      const after = s.text.slice((m.index ?? 0) + m[0].length).split(/[.,;:!?]/)[0] ?? ''
      const next = [...contentKeys(after.split(/\s+/).slice(0, 6).join(' '))]
      if (next.some((k) => keys.has(k))) return true
    }
  }
  return false
}

function wordDice(a: string, b: string): number {
  const ka = contentKeys(a)
  const kb = contentKeys(b)
  let shared = 0
  for (const k of ka) if (kb.has(k)) shared++
  return ka.size + kb.size === 0 ? 0 : (2 * shared) / (ka.size + kb.size)
}

const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

const LABELS: Record<NoteKind, string> = {
  number: 'number',
  date: 'date',
  entity: 'name',
  quote: 'quote',
  negation: 'negation',
  attribution: 'attribution',
  detail: 'detail',
}

function note(kind: NoteKind, a: string | null, b: string | null, message?: string): Note {
  const show = (v: string | null) => (v === null ? '(not stated)' : kind === 'quote' ? `“${v}”` : v)
  return { kind, a, b, message: message ?? `${LABELS[kind]}: ${show(a)} vs ${show(b)}` }
}

const textOf = (ss: readonly Sentence[]): string =>
  ss.length === 1 ? (ss[0] as Sentence).text : ss.map((s) => s.text).join(' ')

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
  const fa = merge(a)
  const fb = merge(b)
  const textA = textOf(a)
  const textB = textOf(b)
  const notes: Note[] = []
  let conflict = false

  // Claims this alike state one thing: then a denial, another value of the same quantity or
  // another date cannot both be true. Looser matches only differ.
  const same = score >= options.sameThreshold
  if (fa.negated !== fb.negated && negatesShared(fa.negated ? a : b, fa.negated ? textB : textA)) {
    notes.push(note('negation', fa.negated ? 'negated' : 'affirmed', fb.negated ? 'negated' : 'affirmed'))
    if (same) conflict = true
  }
  const tally = compareTallies(textA, textB)
  const figures = [...compareNumbers(fa, fb), ...compareDates(fa, fb)]
  if (tally) figures.push({ note: tally, hard: true })
  for (const { note: n, hard } of figures) {
    notes.push(n)
    if (hard && same) conflict = true
  }
  // Told nearly word for word: a swapped name or source then stands out as the difference.
  const close = score >= options.agreeThreshold && wordDice(textA, textB) >= 0.6
  notes.push(...compareQuotes(fa, fb), ...compareEntities(fa, fb, textA, textB, close))
  const names = (f: Facts) => new Set(f.entities.map((e) => e.key))
  // Told by another source: "Lavrov said" vs "Peskov said", where neither names the other.
  if (close && fa.attribution && fb.attribution && fa.attribution !== fb.attribution) {
    const named = names(fa).has(fb.attribution) || names(fb).has(fa.attribution)
    if (!named && !notes.some((n) => n.kind === 'attribution')) {
      notes.push(note('attribution', fa.attribution, fb.attribution))
    }
  }
  const reversed = reversedDirection(directionsOf(textA, fa), directionsOf(textB, fb))
  if (reversed) {
    notes.push(note('detail', reversed.a, reversed.b, `direction: ${reversed.a} vs ${reversed.b}`))
  }
  const relation: Relation = conflict ? 'conflict' : notes.length > 0 ? 'differ' : 'agree'
  return { relation, notes }
}
