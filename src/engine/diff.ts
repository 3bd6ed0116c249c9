/**
 * Word-level differences of matched claims (wraps `diff`), whitespace kept so that the parts
 * without `added` rebuild A's text exactly and the parts without `removed` rebuild B's.
 */
import { diffArrays } from 'diff'
import { sameText } from './chars'
import { numberWords, scanTokens, type Tokens } from './diff-tokens'
import type { DiffPart } from './types'

type Kind = 'common' | 'removed' | 'added'

/**
 * Collects the parts from the matched tokens, merging each run of one kind. Common and removed
 * text comes from A in order, added text from B in order, so a run is always one slice of A or
 * of B.
 */
class PartWriter {
  readonly parts: DiffPart[] = []
  private readonly a: string
  private readonly b: string
  private readonly ta: Tokens
  private readonly tb: Tokens
  private kind: Kind = 'common'
  private from = 0
  private to = 0
  /** The first tokens of A and of B after the last match. */
  private nextA = 0
  private nextB = 0

  constructor(a: string, ta: Tokens, b: string, tb: Tokens) {
    this.a = a
    this.b = b
    this.ta = ta
    this.tb = tb
  }

  /** Adds the tokens since the last match as removed and added, then token ia of A matching ib. */
  match(ia: number, ib: number): void {
    const { starts: sa, wordEnds: ea } = this.ta
    const { starts: sb, wordEnds: eb } = this.tb
    const wordA = sa[ia] as number
    const tailA = ea[ia] as number
    const endA = sa[ia + 1] as number
    const tailB = eb[ib] as number
    const endB = sb[ib + 1] as number
    this.push('removed', sa[this.nextA] as number, wordA)
    this.push('added', sb[this.nextB] as number, sb[ib] as number)
    // Words compare without the whitespace after them: "died " and "died" (before a comma) match.
    this.push('common', wordA, tailA)
    if (sameText(this.a, tailA, endA, this.b, tailB, endB)) this.push('common', tailA, endA)
    else {
      this.push('removed', tailA, endA)
      this.push('added', tailB, endB)
    }
    this.nextA = ia + 1
    this.nextB = ib + 1
  }

  /** Adds the tokens after the last match as removed and added. */
  finish(): DiffPart[] {
    this.push('removed', this.ta.starts[this.nextA] as number, this.a.length)
    this.push('added', this.tb.starts[this.nextB] as number, this.b.length)
    this.flush()
    return this.parts
  }

  /** Adds A's text from..to (B's when `kind` is 'added'). */
  private push(kind: Kind, from: number, to: number): void {
    if (from === to) return
    if (kind === this.kind && from === this.to) this.to = to
    else {
      this.flush()
      this.kind = kind
      this.from = from
      this.to = to
    }
  }

  private flush(): void {
    const { kind, from, to } = this
    if (from === to) return
    if (kind === 'added') this.parts.push({ value: this.b.slice(from, to), added: true })
    else if (kind === 'removed') this.parts.push({ value: this.a.slice(from, to), removed: true })
    else this.parts.push({ value: this.a.slice(from, to) })
  }
}

/**
 * How many words at the start and at the end of `x` and `y` (word numbers below `words`)
 * `diffArrays` matches as they stand, so that it need not be called on them.
 *
 * Every path of its search (Myers') begins with the common prefix, so the prefix is matched
 * whatever follows. A common suffix is not: `diffArrays([2], [1, 2, 2])` matches the 2 of x with
 * the first 2 of y. It is when none of its words occurs anywhere else in what is left of x or y,
 * as then no other match can lead into it (checked against `diffArrays` on 300,000 random arrays).
 */
function fixedEnds(x: readonly number[], y: readonly number[], words: number): [number, number] {
  const nx = x.length
  const ny = y.length
  let head = 0
  while (head < nx && head < ny && x[head] === y[head]) head++
  if (head === nx || head === ny || x[nx - 1] !== y[ny - 1]) return [head, 0]
  const inX = new Array<number>(words).fill(0)
  const inY = new Array<number>(words).fill(0)
  for (let k = head; k < nx; k++) inX[x[k] as number]++
  for (let k = head; k < ny; k++) inY[y[k] as number]++
  let tail = 0
  while (head < nx - tail && head < ny - tail) {
    const w = x[nx - 1 - tail] as number
    if (w !== y[ny - 1 - tail] || inX[w] !== 1 || inY[w] !== 1) break
    tail++
  }
  return [head, tail]
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
  const ta = scanTokens(a)
  const tb = scanTokens(b)
  // Words as numbers, which are cheaper for `diffArrays` to compare.
  const { idsA, idsB } = numberWords(a, ta, b, tb)
  // Per word of A, true once B has it (unfilled: holes read as undefined).
  const inB: Array<boolean | undefined> = new Array(idsA.length)
  const keepB: number[] = []
  const sharedB: number[] = []
  for (let k = 0; k < idsB.length; k++) {
    const id = idsB[k] as number
    if (id === -1) continue
    inB[id] = true
    keepB.push(k)
    sharedB.push(id)
  }
  const keepA: number[] = []
  const sharedA: number[] = []
  for (let k = 0; k < idsA.length; k++) {
    const id = idsA[k] as number
    if (inB[id] !== true) continue
    keepA.push(k)
    sharedA.push(id)
  }
  const out = new PartWriter(a, ta, b, tb)
  const [head, tail] = fixedEnds(sharedA, sharedB, inB.length)
  for (let k = 0; k < head; k++) out.match(keepA[k] as number, keepB[k] as number)
  const endA = sharedA.length - tail
  const endB = sharedB.length - tail
  if (head < endA && head < endB) {
    let ka = head
    let kb = head
    for (const part of diffArrays(sharedA.slice(head, endA), sharedB.slice(head, endB))) {
      const n = part.count
      if (part.removed) ka += n
      else if (part.added) kb += n
      else for (let k = 0; k < n; k++) out.match(keepA[ka++] as number, keepB[kb++] as number)
    }
  }
  for (let k = 0; k < tail; k++) out.match(keepA[endA + k] as number, keepB[endB + k] as number)
  return out.finish()
}
