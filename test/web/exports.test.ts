/**
 * Golden exports: the seeds (the built-in example) with two flags, exported as Markdown, CSV and
 * JSON, must equal test/fixtures/exports/* byte for byte. The flags are placed from the seeds'
 * compare at test time (the top discrepancy and the first claim only B makes), so an engine
 * change shows first in seeds-engine.txt. After reviewing such a change, regenerate with
 *   npx vitest run --project worker test/web/exports -u
 */

import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ApiComparison } from '../../src/web/api-json'
import { ORIGIN, request } from './helpers'
import { postFlag } from './flags-helpers'

const TIME = '2026-11-20T09:30:00.000Z'
let id = ''
let comparison: ApiComparison

beforeAll(async () => {
  const created = await request('/example')
  id = (created.headers.get('Location') ?? '').replace('/c/', '')
  const cookie = created.headers
    .getSetCookie()
    .find((line) => line.startsWith('cc_edit='))!
    .split(';')[0]
  comparison = (await (await request(`/api/c/${id}`)).json()) as ApiComparison
  const top = comparison.summary.discrepancies[0].match
  const onlyB = comparison.unique.b[0]
  const first = {
    status: 'discrepancy',
    note: 'ABC and the letter disagree here.\nCall the desk before running *either* figure.',
    editor: 'Ana Ruiz',
  }
  expect((await postFlag(id, top, { ...first, version: 0 }, { Cookie: cookie })).status).toBe(303)
  const second = {
    status: 'needs_check',
    note: 'Only the letter says this; source?',
    editor: 'Li Wei',
  }
  expect((await postFlag(id, onlyB, { ...second, version: 0 }, { Cookie: cookie })).status).toBe(
    303,
  )
  // Pin the times the database chose, so the files are stable.
  await env.DB.batch([
    env.DB.prepare('UPDATE flags SET created_at = ?, updated_at = ?').bind(TIME, TIME),
    env.DB.prepare('UPDATE comparisons SET created_at = ?').bind(TIME),
  ])
})

describe('exports of the seeds with two flags', () => {
  it('start from the seeds compared as the golden files expect (an engine change shows here first)', async () => {
    const lines = comparison.matches.map(
      (m) => `${m.id} ${m.relation} ${m.a.join('+')} ${m.b.join('+')}`,
    )
    lines.push(
      `unique a: ${comparison.unique.a.join(' ')}`,
      `unique b: ${comparison.unique.b.join(' ')}`,
    )
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(
      '../fixtures/exports/seeds-engine.txt',
    )
  })

  it('give the Markdown report with its type and a file name from the titles', async () => {
    const response = await request(`/c/${id}/report.md`)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8')
    expect(response.headers.get('Content-Disposition')).toBe(
      'attachment; filename="russian-president-vladimir-putin-to-vs-putin-pledges-trade-and-security-crosscheck.md"; ' +
        "filename*=UTF-8''russian-president-vladimir-putin-to-vs-putin-pledges-trade-and-security-crosscheck.md",
    )
    await expect(await response.text()).toMatchFileSnapshot('../fixtures/exports/seeds.md')
  })

  it('give the CSV with one row per match and flagged claim', async () => {
    const response = await request(`/c/${id}/report.csv`)
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('Content-Disposition')).toContain('-crosscheck.csv"')
    const text = await response.text()
    expect(text.split('\r\n').length - 2).toBe(comparison.matches.length + 1)
    await expect(text).toMatchFileSnapshot('../fixtures/exports/seeds.csv')
  })

  it('give the JSON: the engine contract plus the flags', async () => {
    const response = await request(`/c/${id}/report.json`)
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    const text = await response.text()
    const json = JSON.parse(text) as ApiComparison & {
      flags: { target: string; version: number }[]
    }
    expect(json.matches).toEqual(comparison.matches)
    expect(json.url).toBe(`${ORIGIN}/c/${id}`)
    expect(json.flags.map((flag) => flag.version)).toEqual([1, 1])
    // Flag ids are random: name them by target in the golden file.
    const stable = text.replace(/"id": "[0-9a-f-]{36}"/g, '"id": "<flag id>"')
    await expect(stable).toMatchFileSnapshot('../fixtures/exports/seeds.json')
  })

  it('rank flagged discrepancies first on the report page', async () => {
    const html = await (await request(`/c/${id}/report`)).text()
    const top = comparison.summary.discrepancies[0].match
    const items = [...html.matchAll(/<li class="report-item rel-\w+" id="item-(\w+)">/g)].map(
      (m) => m[1],
    )
    expect(items[0]).toBe(top)
    expect(items[1]).toBe(comparison.unique.b[0])
    expect(items.length).toBe(comparison.summary.discrepancies.length + 1)
    expect(html).toContain('href="/print.css" media="print"')
    expect(html).toContain('Call the desk before running *either* figure.')
  })
})
