/**
 * The engine's entry point: `compare(a, b)` segments both reports, extracts facts, aligns the
 * claims, relates each match and summarises. Pure TypeScript, shared by the Worker, the CLI
 * and the tests.
 */
import { alignClaims, type ScoredPair } from './align'
import { resolveSubjectPronouns } from './coref'
import { diffClaims } from './diff'
import { collectAliases, extractFacts } from './facts'
import { joinedText, relateClaims, type Related } from './relate'
import { capitalRatio, TITLE_CASE } from './rules/heading'
import { segment, type Segment, type Segmentation } from './segment'
import {
  buildIdf,
  createVocabulary,
  profileOf,
  withContext,
  type Profile,
  type Vocabulary,
} from './similarity'
import { summarize } from './summary'
import { clearKeysCache } from './words'
import type { CompareOptions, Comparison, Facts, Match, Note, Report, Sentence } from './types'
import { MODEL } from './weights'

export type * from './types'

function toReport(side: 'a' | 'b', seg: Segmentation, facts: ReturnType<typeof extractFacts>): Report {
  const sentences: Sentence[] = seg.segments.map((s, i) => ({
    id: `${side}${i + 1}`,
    text: s.text,
    start: s.start,
    end: s.end,
    role: s.role,
    paragraph: s.paragraph,
    // extractFacts answers one Facts per sentence given.
    facts: facts[i] as Facts,
  }))
  return { title: seg.title, sentences }
}

type RelatedPair = ScoredPair & Related

// Pairs that share one claim and whose other claims stand next to each other, with the same
// relation, read as one match ("A3" against "B3"+"B4"); a group never spans two claims on both
// sides, so a match never implies pairs that alignment did not find.
function groupPairs(pairs: RelatedPair[]): RelatedPair[][] {
  const used = new Array<boolean>(pairs.length).fill(false)
  const groups: RelatedPair[][] = []
  gatherRuns(pairs, used, 'a', 'b', groups)
  gatherRuns(pairs, used, 'b', 'a', groups)
  pairs.forEach((p, k) => {
    if (!used[k]) groups.push([p])
  })
  return groups
}

// The runs of two or more unused pairs that share their claim on `side` and whose claims on
// `other` follow each other, with one relation: appended to `groups` and marked used.
function gatherRuns(
  pairs: RelatedPair[],
  used: boolean[],
  side: 'a' | 'b',
  other: 'a' | 'b',
  groups: RelatedPair[][],
): void {
  const byClaim = new Map<number, number[]>()
  pairs.forEach((p, k) => {
    if (used[k]) return
    const list = byClaim.get(p[side])
    if (list) list.push(k)
    else byClaim.set(p[side], [k])
  })
  for (const list of byClaim.values()) {
    if (list.length < 2) continue
    list.sort((x, y) => (pairs[x] as RelatedPair)[other] - (pairs[y] as RelatedPair)[other])
    let from = 0
    for (let r = 1; r <= list.length; r++) {
      const next = r < list.length ? (pairs[list[r] as number] as RelatedPair) : undefined
      const last = pairs[list[r - 1] as number] as RelatedPair
      if (next && next[other] === last[other] + 1 && next.relation === last.relation) continue
      if (r - from > 1) {
        const run = list.slice(from, r)
        groups.push(run.map((k) => pairs[k] as RelatedPair))
        for (const k of run) used[k] = true
      }
      from = r
    }
  }
}

// Notes of a group without repeating a message, in order.
function dedupeNotes(notes: Note[]): Note[] {
  if (notes.length < 2) return notes
  const seen = new Set<string>()
  return notes.filter((n) => !seen.has(n.message) && seen.add(n.message) !== undefined)
}

// The match a group of pairs stands for, with its id still to give, and where it sorts: by its
// first claim of A, then of B.
function matchOf(
  group: readonly RelatedPair[],
  bodyA: readonly Sentence[],
  bodyB: readonly Sentence[],
): { order: number; orderB: number; match: Match } {
  const as: Sentence[] = []
  const bs: Sentence[] = []
  const notes: Note[] = []
  let order = Infinity
  let orderB = Infinity
  let score = -Infinity
  for (const p of group) {
    const sa = bodyA[p.a] as Sentence
    const sb = bodyB[p.b] as Sentence
    if (!as.includes(sa)) as.push(sa)
    if (!bs.includes(sb)) bs.push(sb)
    order = Math.min(order, p.a)
    orderB = Math.min(orderB, p.b)
    score = Math.max(score, p.score)
    for (const n of p.notes) notes.push(n)
  }
  const match: Match = {
    id: '',
    a: as.map((s) => s.id),
    b: bs.map((s) => s.id),
    relation: (group[0] as RelatedPair).relation,
    score: Math.round(score * 1000) / 1000,
    notes: dedupeNotes(notes),
    diff: diffClaims(joinedText(as), joinedText(bs)),
  }
  return { order, orderB, match }
}

// Appends the body claims of a report to `body` and answers their segments, in one pass.
function bodyOf(report: Report, seg: Segmentation, body: Sentence[]): Segment[] {
  const segments: Segment[] = []
  report.sentences.forEach((s, i) => {
    if (s.role !== 'body') return
    body.push(s)
    segments.push(seg.segments[i] as Segment)
  })
  return segments
}

// The scoring profiles of claims, from the normalised text of their segments.
function profilesOf(
  body: readonly Sentence[],
  segments: readonly Segment[],
  vocabulary: Vocabulary,
): Profile[] {
  return body.map((s, i) => profileOf((segments[i] as Segment).norm, s.facts, vocabulary))
}

// The text aliases are read from: body claims, and headings in sentence case. In a Title Case
// headline every word is capitalised, so its runs read as full names ("Kim Welcomes Putin") and
// would take over the surname they end with; furniture names nobody in the report.
function aliasText(seg: Segmentation): string {
  const lines: string[] = []
  for (const s of seg.segments) {
    if (s.role === 'body' || (s.role === 'heading' && capitalRatio(s.norm) < TITLE_CASE)) {
      lines.push(s.norm)
    }
  }
  return lines.join('\n')
}

/** Both reports segmented, with facts, and the scoring profiles of their body claims. */
export function prepareReports(a: string, b: string, options: CompareOptions = {}) {
  clearKeysCache()
  const segA = segment(a)
  const segB = segment(b)
  const aliases = collectAliases([aliasText(segA), aliasText(segB)])
  const factOptions = options.published ? { published: options.published } : undefined
  const reportA = toReport('a', segA, extractFacts(segA.segments, aliases, factOptions))
  const reportB = toReport('b', segB, extractFacts(segB.segments, aliases, factOptions))
  const bodyA: Sentence[] = []
  const bodyB: Sentence[] = []
  const segBodyA = bodyOf(reportA, segA, bodyA)
  const segBodyB = bodyOf(reportB, segB, bodyB)
  resolveSubjectPronouns(bodyA)
  resolveSubjectPronouns(bodyB)
  const vocabulary = createVocabulary()
  const profA = withContext(profilesOf(bodyA, segBodyA, vocabulary), segBodyA)
  const profB = withContext(profilesOf(bodyB, segBodyB, vocabulary), segBodyB)
  const idf = buildIdf(profA.concat(profB), vocabulary)
  return { reportA, reportB, bodyA, bodyB, profA, profB, idf }
}

/**
 * Compares two reports of the same event.
 *
 * @example compare(textA, textB).summary.relations // { agree: 5, differ: 3, conflict: 0 }
 */
export function compare(a: string, b: string, options: CompareOptions = {}): Comparison {
  const { reportA, reportB, bodyA, bodyB, profA, profB, idf } = prepareReports(a, b, options)
  const model = options.model ?? MODEL
  const threshold = options.threshold ?? model.matchThreshold
  const pairs: RelatedPair[] = alignClaims(profA, profB, idf, { threshold, model }).map((p) => {
    const claimA = bodyA[p.a] as Sentence
    const claimB = bodyB[p.b] as Sentence
    const { relation, notes } = relateClaims([claimA], [claimB], p.score, model)
    return { a: p.a, b: p.b, score: p.score, features: p.features, relation, notes }
  })

  const ordered = groupPairs(pairs).map((group) => matchOf(group, bodyA, bodyB))
  ordered.sort((x, y) => x.order - y.order || x.orderB - y.orderB)
  const matches = ordered.map(({ match }, i) => {
    match.id = `m${i + 1}`
    return match
  })

  // Every pair is in a match: the claims in no pair are those in no match.
  const matchedA = new Array<boolean>(bodyA.length).fill(false)
  const matchedB = new Array<boolean>(bodyB.length).fill(false)
  for (const p of pairs) {
    matchedA[p.a] = true
    matchedB[p.b] = true
  }
  const unique = {
    a: bodyA.filter((_, i) => !matchedA[i]).map((s) => s.id),
    b: bodyB.filter((_, j) => !matchedB[j]).map((s) => s.id),
  }
  return {
    version: 1,
    a: reportA,
    b: reportB,
    matches,
    unique,
    summary: summarize(reportA, reportB, matches, unique),
  }
}
