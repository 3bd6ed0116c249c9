/**
 * Word-level differences of matched claims (wraps `diff`), whitespace kept so that the parts
 * without `added` rebuild A's text exactly and the parts without `removed` rebuild B's.
 */
import { diffArrays } from 'diff'
import type { DiffPart } from './types'

// Words and punctuation marks, each carrying the whitespace after it: half as many tokens as
// `diffWordsWithSpace`, which counts every space as a token of its own.
const TOKEN = /([\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]|)(\s*)/gu

/** Words and the whitespace after each, as two parallel arrays (a leading space has word ''). */
function tokens(text: string): { words: string[]; tails: string[] } {
  const words: string[] = []
  const tails: string[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null && m[0] !== ''; m = TOKEN.exec(text)) {
    words.push(m[1] as string)
    tails.push(m[2] as string)
  }
  return { words, tails }
}

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
  // Words compare without the whitespace after them: "died " and "died" (before a comma) match.
  const { words: wa, tails: sa } = tokens(a)
  const { words: wb, tails: sb } = tokens(b)
  const inA = new Set(wa)
  const inB = new Set(wb)
  const keepA: number[] = []
  const keepB: number[] = []
  for (let i = 0; i < wa.length; i++) if (inB.has(wa[i] as string)) keepA.push(i)
  for (let j = 0; j < wb.length; j++) if (inA.has(wb[j] as string)) keepB.push(j)
  const out: DiffPart[] = []
  let pa = 0
  let pb = 0
  let ka = 0
  let kb = 0
  const span = (words: string[], tails: string[], from: number, to: number) => {
    let text = ''
    for (let k = from; k < to; k++) text += (words[k] as string) + (tails[k] as string)
    return text
  }
  const parts = diffArrays(
    keepA.map((i) => wa[i] as string),
    keepB.map((j) => wb[j] as string),
  )
  for (const part of parts) {
    const n = part.value.length
    if (part.removed) ka += n
    else if (part.added) kb += n
    else {
      for (let k = 0; k < n; k++) {
        const ia = keepA[ka++] as number
        const ib = keepB[kb++] as number
        push(out, span(wa, sa, pa, ia), 'removed')
        push(out, span(wb, sb, pb, ib), 'added')
        push(out, wa[ia] as string, 'common')
        const tailA = sa[ia] as string
        const tailB = sb[ib] as string
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
  push(out, span(wa, sa, pa, wa.length), 'removed')
  push(out, span(wb, sb, pb, wb.length), 'added')
  return out
}
