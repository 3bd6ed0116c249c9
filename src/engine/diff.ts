/**
 * Word-level differences of matched claims (wraps `diff`), whitespace kept so that the parts
 * without `added` rebuild A's text exactly and the parts without `removed` rebuild B's.
 */
import { diffArrays } from 'diff'
import { numberWords, sameText, scanTokens } from './diff-tokens'
import type { DiffPart } from './types'

type Kind = 'common' | 'removed' | 'added'

/**
 * Collects the parts, merging each run of one kind. Common and removed text comes from A in
 * order, added text from B in order, so a run is always one slice of A or of B.
 */
class PartWriter {
  readonly parts: DiffPart[] = []
  private readonly a: string
  private readonly b: string
  private kind: Kind = 'common'
  private from = 0
  private to = 0

  constructor(a: string, b: string) {
    this.a = a
    this.b = b
  }

  /** Adds A's text from..to (B's when `kind` is 'added'). */
  push(kind: Kind, from: number, to: number): void {
    if (from === to) return
    if (kind === this.kind && from === this.to) this.to = to
    else {
      this.flush()
      this.kind = kind
      this.from = from
      this.to = to
    }
  }

  finish(): DiffPart[] {
    this.flush()
    return this.parts
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
  const { starts: sa, wordEnds: ea } = ta
  const { starts: sb, wordEnds: eb } = tb
  // Words compare without the whitespace after them: "died " and "died" (before a comma) match,
  // as numbers, which are cheaper for `diffArrays` to compare.
  const { idsA, idsB } = numberWords(a, ta, b, tb)
  const inB: boolean[] = new Array(idsA.length).fill(false)
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
    if (!inB[id]) continue
    keepA.push(k)
    sharedA.push(id)
  }
  const out = new PartWriter(a, b)
  let pa = 0
  let pb = 0
  let ka = 0
  let kb = 0
  for (const part of diffArrays(sharedA, sharedB)) {
    const n = part.count
    if (part.removed) ka += n
    else if (part.added) kb += n
    else {
      for (let k = 0; k < n; k++) {
        const ia = keepA[ka++] as number
        const ib = keepB[kb++] as number
        const wordA = sa[ia] as number
        const tailA = ea[ia] as number
        const endA = sa[ia + 1] as number
        const tailB = eb[ib] as number
        const endB = sb[ib + 1] as number
        out.push('removed', sa[pa] as number, wordA)
        out.push('added', sb[pb] as number, sb[ib] as number)
        out.push('common', wordA, tailA)
        if (sameText(a, tailA, endA, b, tailB, endB)) out.push('common', tailA, endA)
        else {
          out.push('removed', tailA, endA)
          out.push('added', tailB, endB)
        }
        pa = ia + 1
        pb = ib + 1
      }
    }
  }
  out.push('removed', sa[pa] as number, a.length)
  out.push('added', sb[pb] as number, b.length)
  return out.finish()
}
