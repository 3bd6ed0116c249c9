/**
 * The engine's entry point: `compare(a, b)` segments both reports, extracts facts, aligns the
 * claims, relates each match and summarises. Pure TypeScript, shared by the Worker, the CLI
 * and the tests.
 */
import { alignClaims, type ScoredPair } from './align'
import { resolveSubjectPronouns } from './coref'
import { diffClaims } from './diff'
import { collectAliases, extractFacts } from './facts'
import { relateClaims, type Related } from './relate'
import { segment, type Segmentation } from './segment'
import { buildIdf, createVocabulary, profileOf, withContext } from './similarity'
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
  const used = new Set<RelatedPair>()
  const groups: RelatedPair[][] = []
  const gather = (side: 'a' | 'b', other: 'a' | 'b') => {
    const byClaim = new Map<number, RelatedPair[]>()
    for (const p of pairs) {
      if (used.has(p)) continue
      const list = byClaim.get(p[side])
      if (list) list.push(p)
      else byClaim.set(p[side], [p])
    }
    for (const list of byClaim.values()) {
      if (list.length < 2) continue
      list.sort((x, y) => x[other] - y[other])
      let run: RelatedPair[] = [list[0] as RelatedPair]
      const flush = () => {
        if (run.length > 1) {
          groups.push(run)
          run.forEach((p) => used.add(p))
        }
      }
      for (const p of list.slice(1)) {
        const last = run[run.length - 1] as RelatedPair
        if (p[other] === last[other] + 1 && p.relation === last.relation) run.push(p)
        else {
          flush()
          run = [p]
        }
      }
      flush()
    }
  }
  gather('a', 'b')
  gather('b', 'a')
  for (const p of pairs) if (!used.has(p)) groups.push([p])
  return groups
}

function dedupeNotes(notes: Note[]): Note[] {
  const seen = new Set<string>()
  return notes.filter((n) => !seen.has(n.message) && seen.add(n.message) !== undefined)
}

/** Both reports segmented, with facts, and the scoring profiles of their body claims. */
export function prepareReports(a: string, b: string, options: CompareOptions = {}) {
  clearKeysCache()
  const segA = segment(a)
  const segB = segment(b)
  const aliases = collectAliases([
    segA.segments.map((s) => s.norm).join('\n'),
    segB.segments.map((s) => s.norm).join('\n'),
  ])
  const factOptions = options.published ? { published: options.published } : undefined
  const reportA = toReport('a', segA, extractFacts(segA.segments, aliases, factOptions))
  const reportB = toReport('b', segB, extractFacts(segB.segments, aliases, factOptions))
  const bodyA = reportA.sentences.filter((s) => s.role === 'body')
  const bodyB = reportB.sentences.filter((s) => s.role === 'body')
  resolveSubjectPronouns(bodyA)
  resolveSubjectPronouns(bodyB)
  const bodyOf = (seg: Segmentation) => seg.segments.filter((s) => s.role === 'body')
  const segBodyA = bodyOf(segA)
  const segBodyB = bodyOf(segB)
  const vocabulary = createVocabulary()
  const profA = withContext(
    bodyA.map((s, i) => profileOf(segBodyA[i]?.norm ?? s.text, s.facts, vocabulary)),
    segBodyA,
  )
  const profB = withContext(
    bodyB.map((s, i) => profileOf(segBodyB[i]?.norm ?? s.text, s.facts, vocabulary)),
    segBodyB,
  )
  const idf = buildIdf([...profA, ...profB], vocabulary)
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
  const pairs = alignClaims(profA, profB, idf, { threshold, model }).map((p) => ({
    ...p,
    ...relateClaims([bodyA[p.a] as Sentence], [bodyB[p.b] as Sentence], p.score, model),
  }))

  const matches: Match[] = groupPairs(pairs)
    .map((group) => {
      const as = [...new Set(group.map((p) => p.a))].map((i) => bodyA[i] as Sentence)
      const bs = [...new Set(group.map((p) => p.b))].map((j) => bodyB[j] as Sentence)
      const first = group[0] as RelatedPair
      return {
        order: Math.min(...group.map((p) => p.a)),
        orderB: Math.min(...group.map((p) => p.b)),
        match: {
          id: '',
          a: as.map((s) => s.id),
          b: bs.map((s) => s.id),
          relation: first.relation,
          score: Math.round(Math.max(...group.map((p) => p.score)) * 1000) / 1000,
          notes: dedupeNotes(group.flatMap((p) => p.notes)),
          diff: diffClaims(as.map((s) => s.text).join(' '), bs.map((s) => s.text).join(' ')),
        },
      }
    })
    .sort((x, y) => x.order - y.order || x.orderB - y.orderB)
    .map(({ match }, i) => ({ ...match, id: `m${i + 1}` }))

  const matchedA = new Set(matches.flatMap((m) => m.a))
  const matchedB = new Set(matches.flatMap((m) => m.b))
  const unique = {
    a: bodyA.filter((s) => !matchedA.has(s.id)).map((s) => s.id),
    b: bodyB.filter((s) => !matchedB.has(s.id)).map((s) => s.id),
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
