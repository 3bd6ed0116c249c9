/**
 * Editors' text is untrusted too: notes and names come back escaped on the page, in the report, in
 * htmx fragments and in every export; CSV cells that would run as formulas are defused.
 */

import { describe, expect, it } from 'vitest'
import { csvCell } from '../../src/web/exports/csv'
import { escapeMarkdown } from '../../src/web/exports/markdown'
import { createAsEditor, postFlag, targetsOf } from './flags-helpers'
import { request } from './helpers'

const NOTE =
  '<script>alert(1)</script>\n"><img src=x onerror=alert(2)>\n[click](javascript:alert(3))'
const NAME = '<b hx-get="/evil" hx-trigger="load">Eve</b>'

async function flagged() {
  const { id, cookie } = await createAsEditor()
  const { match, unique } = await targetsOf(id)
  await postFlag(
    id,
    match,
    { status: 'discrepancy', note: NOTE, editor: NAME, version: 0 },
    { Cookie: cookie },
  )
  await postFlag(
    id,
    unique,
    {
      status: 'needs_check',
      note: '=HYPERLINK("http://evil.example","x")',
      editor: '@SUM(A1)',
      version: 0,
    },
    { Cookie: cookie },
  )
  return { id, cookie, match, unique }
}

describe('notes and names', () => {
  it('are escaped on the share page, the editor page, the report and in htmx fragments', async () => {
    const { id, cookie, match } = await flagged()
    const pages = [
      await (await request(`/c/${id}`)).text(),
      await (await request(`/c/${id}`, { headers: { Cookie: cookie } })).text(),
      await (await request(`/c/${id}/report`)).text(),
      await (
        await request(`/c/${id}/flags/${match}?side=a`, {
          headers: { Cookie: cookie, 'HX-Request': 'true' },
        })
      ).text(),
    ]
    for (const html of pages) {
      expect(html).not.toContain('<script>alert(1)')
      expect(html).not.toContain('<img src=x')
      expect(html).not.toMatch(/<b hx-get/)
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    }
    expect(pages[0]).toContain(
      '&lt;b hx-get=&quot;/evil&quot; hx-trigger=&quot;load&quot;&gt;Eve&lt;/b&gt;, ',
    )
  })

  it('cannot add markup, links or headings to the Markdown export', async () => {
    const { id } = await flagged()
    const md = await (await request(`/c/${id}/report.md`)).text()
    expect(md).toContain('> \\<script\\>alert(1)\\</script\\>')
    expect(md).toContain('> "\\>\\<img src=x onerror=alert(2)\\>')
    expect(md).toContain('> \\[click\\](javascript:alert(3))')
    expect(md).toContain('by \\<b hx-get="/evil" hx-trigger="load"\\>Eve\\</b\\>')
    expect(md).not.toMatch(/[^\\]<script/)
  })

  it('cannot run as formulas in the CSV export', async () => {
    const { id } = await flagged()
    const csv = await (await request(`/c/${id}/report.csv`)).text()
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`)
    expect(csv).toContain(`"'@SUM(A1)"`)
    expect(csv).toContain(
      '"<script>alert(1)</script>\n""><img src=x onerror=alert(2)>\n[click](javascript:alert(3))"',
    )
  })
})

describe('escaping helpers', () => {
  it('defuse every formula lead-in in CSV cells', () => {
    const table = [
      { input: '=1+1', expected: `"'=1+1"` },
      { input: '+1', expected: `"'+1"` },
      { input: '-1', expected: `"'-1"` },
      { input: '@cmd', expected: `"'@cmd"` },
      { input: '\t=1', expected: `"'\t=1"` },
      { input: '\r=1', expected: `"'\r=1"` },
      { input: 'a "quote"', expected: '"a ""quote"""' },
      { input: 'plain, text', expected: '"plain, text"' },
    ]
    for (const { input, expected } of table) expect(csvCell(input)).toBe(expected)
  })

  it('escape Markdown inline markup and block markers at a line start', () => {
    const table = [
      { input: '*bold* _it_ `code`', expected: '\\*bold\\* \\_it\\_ \\`code\\`' },
      { input: '# Heading', expected: '\\# Heading' },
      { input: '- item', expected: '\\- item' },
      { input: '1. first', expected: '1\\. first' },
      { input: '![img](x)', expected: '\\!\\[img\\](x)' },
      { input: 'a | b', expected: 'a \\| b' },
      { input: '&amp;', expected: '\\&amp;' },
      { input: 'well-known 3.5 figure', expected: 'well-known 3.5 figure' },
    ]
    for (const { input, expected } of table) expect(escapeMarkdown(input)).toBe(expected)
  })
})
