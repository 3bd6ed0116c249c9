/**
 * Short labels inside page furniture: a line of one or two words between two furniture lines
 * (`Current track` / `Title` / `Artist`) is furniture too.
 */
import type { ContextRule, Line } from './types'

const CLOSED = /[.!?]$/

function isLabel(line: Line): boolean {
  return line.role !== 'boilerplate' && line.words <= 2 && !CLOSED.test(line.text)
}

function isFurniture(line: Line | undefined): boolean {
  return line === undefined || line.role === 'boilerplate'
}

/** Labels between furniture lines. */
export const labelCluster: ContextRule = {
  name: 'label-cluster',
  apply: (lines) => {
    // one pass is enough: a label that turns into furniture has furniture on both sides
    // already, so it cannot make a neighbouring label eligible
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as Line
      const before = lines[i - 1]
      const after = lines[i + 1]
      if (!isLabel(line) || !isFurniture(before) || !isFurniture(after)) continue
      // at the very edge of the page, one furniture neighbour is enough; a lone line is not
      if (before === undefined && after === undefined) continue
      line.role = 'boilerplate'
      line.rule = 'label-cluster'
    }
  },
}
