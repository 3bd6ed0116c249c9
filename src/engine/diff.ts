/**
 * Word-level differences of matched claims (wraps `diff`), whitespace kept so that the parts
 * without `added` rebuild A's text exactly and the parts without `removed` rebuild B's.
 */
import { diffWordsWithSpace } from 'diff'
import type { DiffPart } from './types'

/**
 * Word diff from A's claim text to B's.
 *
 * @example diffClaims('a two-day trip', 'a two-day stay') // [{value:'a two-day '}, {value:'trip', removed:true}, {value:'stay', added:true}]
 */
export function diffClaims(a: string, b: string): DiffPart[] {
  return diffWordsWithSpace(a, b).map((part) => {
    const out: DiffPart = { value: part.value }
    if (part.added) out.added = true
    if (part.removed) out.removed = true
    return out
  })
}
