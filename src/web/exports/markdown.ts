/**
 * The discrepancy report as Markdown, ready to paste into a newsroom chat or a CMS. Every piece of
 * text from the reports and the editors is escaped, so a note cannot add links, images, HTML or
 * headings; notes keep their line breaks as a quoted block.
 */

import type { DiffPart } from '../../engine/types'
import type { StoredComparison } from '../../store/comparisons'
import type { Flag } from '../../store/flags'
import { countByStatus } from '../../store/flags'
import { FLAG_LABELS, STATUS_ORDER, shortTime } from '../../../views/flag-model'
import { countsLine } from '../../../views/titles'
import type { ReportItem } from './report-items'
import { reportItems } from './report-items'

/**
 * Escapes text for Markdown (CommonMark and GitHub): inline markup everywhere, and block markers
 * (`#`, `-`, `+`, `1.`) where a line starts. Line breaks are left to the caller.
 *
 * @example escapeMarkdown('[click](javascript:x) *now*') // '\\[click\\](javascript:x) \\*now\\*'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|~&!]/g, '\\$&')
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
}

/** One line of text: line breaks become spaces. */
function inline(text: string): string {
  return escapeMarkdown(text.replace(/\s*\n\s*/g, ' '))
}

/** The word diff: text only in A struck through, text only in B in bold. */
export function diffMarkdown(diff: DiffPart[]): string {
  return diff
    .map((part) => {
      const text = inline(part.value)
      const core = text.trim()
      if (!core || (!part.added && !part.removed)) return text
      const lead = text.slice(0, text.indexOf(core[0]))
      const trail = text.slice(lead.length + core.length)
      return `${lead}${part.removed ? `~~${core}~~` : `**${core}**`}${trail}`
    })
    .join('')
}

function flagLines(flag: Flag): string[] {
  const who = flag.editor ? ` by ${inline(flag.editor)}` : ''
  const lines = [`**Flag: ${FLAG_LABELS[flag.status].label}**${who}, ${shortTime(flag.updatedAt)}`]
  if (flag.note)
    lines.push(
      '',
      ...flag.note.split('\n').map((line) => (line ? `> ${escapeMarkdown(line)}` : '>')),
    )
  return lines
}

/** The engine's relation in the report's words. */
export const RELATION_WORDS: Record<ReportItem['relation'], string> = {
  conflict: 'Conflict',
  differ: 'Difference',
  unique: 'Only in one report',
  agree: 'Agreement',
}

function itemLines(item: ReportItem, index: number, titles: { a: string; b: string }): string[] {
  const status = item.flag ? `${FLAG_LABELS[item.flag.status].label} · ` : ''
  const lines = [`## ${index + 1}. ${status}${RELATION_WORDS[item.relation]} · ${item.target}`, '']
  if (item.a.ids.length)
    lines.push(`**A** (${inline(titles.a)}, ${item.a.ids.join(', ')}): ${inline(item.a.text)}`, '')
  if (item.b.ids.length)
    lines.push(`**B** (${inline(titles.b)}, ${item.b.ids.join(', ')}): ${inline(item.b.text)}`, '')
  if (item.kind === 'match' && item.relation !== 'agree')
    lines.push(`Word diff: ${diffMarkdown(item.diff)}`, '')
  for (const note of item.notes) lines.push(`- ${inline(note.message)}`)
  if (item.notes.length) lines.push('')
  if (item.flag) lines.push(...flagLines(item.flag), '')
  return lines
}

/** The whole report as Markdown; `url` is the share link. */
export function renderMarkdown(
  stored: StoredComparison,
  flags: Flag[],
  titles: { a: string; b: string },
  url: string,
): string {
  const counts = countByStatus(flags)
  const flagLine = STATUS_ORDER.map(
    (status) => `${counts[status]} ${FLAG_LABELS[status].label.toLowerCase()}`,
  )
  const items = reportItems(stored, flags)
  const lines = [
    `# Discrepancy report: ${inline(titles.a)} vs ${inline(titles.b)}`,
    '',
    `- Report A: ${inline(titles.a)}${stored.a.source ? ` (${inline(stored.a.source)})` : ''}`,
    `- Report B: ${inline(titles.b)}${stored.b.source ? ` (${inline(stored.b.source)})` : ''}`,
    `- Engine: ${countsLine(stored)}`,
    `- Flags: ${flagLine.join(', ')}`,
    `- Comparison: <${url}>`,
    '',
  ]
  if (items.length === 0) lines.push('No conflicts, differences or flags.', '')
  items.forEach((item, index) => lines.push(...itemLines(item, index, titles)))
  return `${lines.join('\n').trimEnd()}\n`
}
