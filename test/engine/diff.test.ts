import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffArrays } from 'diff'
import { diffClaims } from '../../src/engine/diff'
import type { DiffPart } from '../../src/engine/types'

const rebuild = (parts: ReturnType<typeof diffClaims>, side: 'a' | 'b') =>
  parts.filter((p) => (side === 'a' ? !p.added : !p.removed)).map((p) => p.value).join('')

// The first version of diffClaims (regex tokens, Sets, strings): the scanner, word numbering and
// offset-built parts that replaced it for speed must give the same parts.
function referenceDiff(a: string, b: string): DiffPart[] {
  const token = /([\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]|)(\s*)/gu
  const tokens = (text: string) => [...text.matchAll(token)].filter((m) => m[0] !== '')
  const ta = tokens(a)
  const tb = tokens(b)
  const wa = ta.map((m) => m[1] as string)
  const wb = tb.map((m) => m[1] as string)
  const sa = ta.map((m) => m[2] as string)
  const sb = tb.map((m) => m[2] as string)
  const keepA = wa.flatMap((w, i) => (wb.includes(w) ? [i] : []))
  const keepB = wb.flatMap((w, j) => (wa.includes(w) ? [j] : []))
  const out: DiffPart[] = []
  const push = (value: string, kind: 'common' | 'removed' | 'added') => {
    if (value === '') return
    const last = out[out.length - 1]
    const lastKind = last && (last.added ? 'added' : last.removed ? 'removed' : 'common')
    if (last && lastKind === kind) last.value += value
    else out.push(kind === 'common' ? { value } : { value, [kind]: true })
  }
  const span = (words: string[], tails: string[], from: number, to: number) =>
    words.slice(from, to).map((w, k) => w + tails[from + k]).join('')
  let [pa, pb, ka, kb] = [0, 0, 0, 0]
  const parts = diffArrays(
    keepA.map((i) => wa[i] as string),
    keepB.map((j) => wb[j] as string),
  )
  for (const part of parts) {
    if (part.removed) ka += part.count
    else if (part.added) kb += part.count
    else {
      for (let k = 0; k < part.count; k++) {
        const ia = keepA[ka++] as number
        const ib = keepB[kb++] as number
        push(span(wa, sa, pa, ia), 'removed')
        push(span(wb, sb, pb, ib), 'added')
        push(wa[ia] as string, 'common')
        if (sa[ia] === sb[ib]) push(sa[ia] as string, 'common')
        else {
          push(sa[ia] as string, 'removed')
          push(sb[ib] as string, 'added')
        }
        pa = ia + 1
        pb = ib + 1
      }
    }
  }
  push(span(wa, sa, pa, wa.length), 'removed')
  push(span(wb, sb, pb, wb.length), 'added')
  return out
}

describe('word diffs of paired claims', () => {
  it('marks a changed word in both claims', () => {
    expect(diffClaims('a two-day trip', 'a two-day stay')).toEqual([
      { value: 'a two-day ' },
      { value: 'trip', removed: true },
      { value: 'stay', added: true },
    ])
  })

  it('keeps the words in common when most words differ', () => {
    const parts = diffClaims('Police said 12 people died on Monday.', 'On Monday, 15 people died, police said.')
    const common = parts.filter((p) => !p.added && !p.removed).map((p) => p.value.trim())
    expect(common.join(' ')).toMatch(/people died/)
  })

  it('keeps the text of the claims exactly', () => {
    expect(rebuild(diffClaims(' “Yes,”  he said.\n', 'Yes, he said!'), 'a')).toBe(' “Yes,”  he said.\n')
  })

  it('rebuilds both claims from any pair of strings', () => {
    const words = fc.constantFrom('the', 'Putin', 'visit', ',', '.', ' ', '  ', '“', '24', 'é', '\n')
    const text = fc.array(words, { maxLength: 40 }).map((w) => w.join(''))
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), fc.oneof(text, fc.string()), (a, b) => {
        const parts = diffClaims(a, b)
        expect(rebuild(parts, 'a')).toBe(a)
        expect(rebuild(parts, 'b')).toBe(b)
        expect(parts.every((p) => p.value !== '')).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('gives the parts of the first, regex-based version', () => {
    const words = fc.constantFrom(
      ...['the', 'Putin', 'visit', 'U.S.', ',', '.', ' ', '  ', '“', '’', '24', 'é', '𝐀', '\n', '\u00a0'],
    )
    const text = fc.array(words, { maxLength: 40 }).map((w) => w.join(''))
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), fc.oneof(text, fc.string()), (a, b) => {
        expect(JSON.stringify(diffClaims(a, b))).toBe(JSON.stringify(referenceDiff(a, b)))
      }),
      { numRuns: 1000 },
    )
  })

  // Few distinct words and a shared ending: the cases where matching the common prefix and
  // suffix without diffArrays could pick other occurrences than diffArrays does.
  it('gives the parts of the first version when the claims share their start or end', () => {
    const words = fc.array(fc.constantFrom('a ', 'b ', 'c ', 'd. '), { maxLength: 12 })
    fc.assert(
      fc.property(words, words, words, words, (head, a, b, tail) => {
        const x = [...head, ...a, ...tail].join('')
        const y = [...head, ...b, ...tail].join('')
        expect(JSON.stringify(diffClaims(x, y))).toBe(JSON.stringify(referenceDiff(x, y)))
      }),
      { numRuns: 3000 },
    )
  })
})
