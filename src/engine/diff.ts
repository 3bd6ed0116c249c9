/**
 * Word-level differences of matched claims (wraps `diff`), whitespace kept so that the parts
 * without `added` rebuild A's text exactly and the parts without `removed` rebuild B's.
 */
import { diffArrays } from 'diff'
import type { DiffPart } from './types'

// Words and punctuation marks, each carrying the whitespace after it: half as many tokens as
// `diffWordsWithSpace`, which counts every space as a token of its own.
const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\s*|[^\s\p{L}\p{N}]\s*|\s+/gu

const tokens = (text: string) => text.match(TOKEN) ?? []

type Kind = 'common' | 'removed' | 'added'

function push(out: DiffPart[], value: string, kind: Kind): void {
  if (value === '') return
  const last = out[out.length - 1]
  const lastKind: Kind | undefined = last && (last.added ? 'added' : last.removed ? 'removed' : 'common')
  if (last && lastKind === kind) last.value += value
  else out.push(kind === 'common' ? { value } : { value, [kind]: true })
}

/**
 * Word diff from A's claim text to B's.
 *
 * Myers' algorithm costs O(N·D), and two retellings of one claim differ in most of their words,
 * so D is large. A token that the other claim lacks can never be in common, so only the tokens
 * the two share go to `diffArrays`; the rest are removed or added around what it keeps. The
 * longest common subsequence is the same; on the seeds the shared tokens are a fraction.
 *
 * @example diffClaims('a two-day trip', 'a two-day stay') // [{value:'a two-day '}, {value:'trip', removed:true}, {value:'stay', added:true}]
 */
export function diffClaims(a: string, b: string): DiffPart[] {
  const ta = tokens(a)
  const tb = tokens(b)
  // Tokens compare without their trailing whitespace: "died " and "died" (before a comma) match.
  const wa = ta.map((t) => t.trimEnd())
  const wb = tb.map((t) => t.trimEnd())
  const inA = new Set(wa)
  const inB = new Set(wb)
  const keepA: number[] = []
  const keepB: number[] = []
  wa.forEach((w, i) => inB.has(w) && keepA.push(i))
  wb.forEach((w, j) => inA.has(w) && keepB.push(j))
  const out: DiffPart[] = []
  let pa = 0
  let pb = 0
  let ka = 0
  let kb = 0
  const flushTo = (ia: number, ib: number) => {
    push(out, ta.slice(pa, ia).join(''), 'removed')
    push(out, tb.slice(pb, ib).join(''), 'added')
    pa = ia
    pb = ib
  }
  for (const part of diffArrays(
    keepA.map((i) => wa[i] as string),
    keepB.map((j) => wb[j] as string),
  )) {
    const n = part.value.length
    if (part.removed) ka += n
    else if (part.added) kb += n
    else {
      for (let k = 0; k < n; k++) {
        const ia = keepA[ka++] as number
        const ib = keepB[kb++] as number
        flushTo(ia, ib)
        const word = wa[ia] as string
        const tailA = (ta[ia] as string).slice(word.length)
        const tailB = (tb[ib] as string).slice(word.length)
        push(out, word, 'common')
        if (tailA === tailB) push(out, tailA, 'common')
        else {
          push(out, tailA, 'removed')
          push(out, tailB, 'added')
        }
        pa = ia + 1
        pb = ib + 1
      }
    }
  }
  flushTo(ta.length, tb.length)
  return out
}
