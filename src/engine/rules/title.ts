/**
 * The report's title.
 * Example: the first heading before the body begins, preferring one of three or more words.
 */
import type { Line } from './types'

/** Index of the title line in `lines`, or -1. */
export function pickTitle(lines: Line[]): number {
  let first = -1
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    if (line.role === 'body') break
    if (line.role !== 'heading') continue
    // "World" or "Politics" above a headline is a section label, not the title
    if (line.words >= 3) return i
    if (first < 0) first = i
  }
  return first
}
