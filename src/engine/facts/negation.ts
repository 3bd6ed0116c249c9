/**
 * Negation of a sentence's main claim: `did not`, `never`, `no`, `denied`, `rejected`, `refused`,
 * `failed to`. Cues inside a relative clause (`mechanisms that are not controlled`), a reduced
 * relative (`mechanisms not controlled`), `not only … but` and quotations that are only a phrase of
 * the sentence (`labelled it "not credible"`) do not negate the claim.
 */
import { HINT, scanHints } from './hints'
import type { QuoteSpan } from './quotes'

const TOKEN_RE = /[A-Za-z]+(?:'[a-z]+)?|[,;:()|]|\s-\s/g
const AUX = new Set(
  (
    'is|are|was|were|be|been|being|am|do|does|did|will|would|can|could|should|may|might|must|' +
    'has|have|had|shall|also|still|yet|simply|just|really|certainly|definitely|probably|reportedly'
  ).split('|'),
)
const RELATIVE = new Set(['which', 'who', 'whom', 'whose'])
const DENIAL =
  /^(?:denied|denies|deny|denying|rejected|rejects|reject|rejecting|refused|refuses|refuse|refusing)$/
const FAIL = /^(?:failed|fails|fail|failing)$/
const NEGATORS = new Set(['never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot'])
// The quotation is the claim itself: `"…" Putin said`, `X said: "…"`, `X stated, "…"`
const QUOTE_LEADS_RE = /(?:^|[:]|\b(?:said|says|stated|wrote|added|declared|told [\w ]+),)\s*$/

function claimQuotes(text: string, quotes: readonly QuoteSpan[]): QuoteSpan[] {
  return quotes.filter(
    (q) => q.start <= 1 || QUOTE_LEADS_RE.test(text.slice(Math.max(0, q.start - 60), q.start)),
  )
}

function carriesVerb(text: string, q: QuoteSpan): boolean {
  const first = /^"?\s*([A-Za-z]+)/.exec(text.slice(q.start, q.start + 20))?.[1]?.toLowerCase()
  const prev = /([A-Za-z]+)\W*$/
    .exec(text.slice(Math.max(0, q.start - 20), q.start))?.[1]
    ?.toLowerCase()
  return (first !== undefined && AUX.has(first)) || (prev !== undefined && AUX.has(prev))
}

/** Negation cues of the main claim, as written; empty when the claim is affirmed. */
export function findNegations(
  text: string,
  quotes: readonly QuoteSpan[],
  hints = scanHints(text),
): string[] {
  if (!(hints & HINT.negation)) return []
  const tokens: { word: string; lower: string; at: number }[] = []
  TOKEN_RE.lastIndex = 0
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text))
    tokens.push({ word: m[0], lower: m[0].toLowerCase(), at: m.index })
  const counted = claimQuotes(text, quotes)
  // A quoted phrase counts when it carries the verb: `the shipments "did not stop"`,
  // `Russia would "never" give up`, not `called the claims "not credible"`
  const phraseQuotes = quotes.filter((q) => !counted.includes(q) && !carriesVerb(text, q))
  const cues: { word: string; index: number }[] = []
  let relative = false
  for (let i = 0; i < tokens.length; i++) {
    const { word, lower, at } = tokens[i]!
    const next = tokens[i + 1]?.lower
    if (lower.length === 1 || lower.startsWith(' ')) {
      if (!/[a-z]/.test(lower)) relative = false
      continue
    }
    if (
      RELATIVE.has(lower) ||
      (lower === 'that' &&
        next !== undefined &&
        (AUX.has(next) || next === 'not' || next === 'never'))
    ) {
      relative = true
      continue
    }
    let cue = false
    if (lower === 'not') {
      const prev = tokens[i - 1]?.lower
      // "not only … but", "whether or not", "mechanisms not controlled by the West"
      cue = next !== 'only' && prev !== 'or' && (i === 0 || (prev !== undefined && AUX.has(prev)))
    } else if (lower.endsWith("n't")) cue = true
    else if (NEGATORS.has(lower)) cue = !(lower === 'no' && (next === 'doubt' || next === 'matter'))
    else if (DENIAL.test(lower)) cue = true
    else if (FAIL.test(lower)) cue = next === 'to'
    if (!cue || relative) continue
    if (phraseQuotes.some((q) => at > q.start && at < q.end)) continue
    cues.push({ word, index: i })
  }
  // "did not deny" affirms: a negator just before a denial cancels both
  const out: string[] = []
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k]!
    const d = cues[k + 1]
    if (
      d &&
      d.index - c.index <= 2 &&
      DENIAL.test(d.word.toLowerCase()) &&
      !DENIAL.test(c.word.toLowerCase())
    ) {
      k++
      continue
    }
    out.push(c.word)
  }
  return out
}
