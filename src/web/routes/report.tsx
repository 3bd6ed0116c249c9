/**
 * The discrepancy report `/c/:id/report` and its exports `/c/:id/report.md`, `.csv` and `.json`,
 * downloaded under file names built from the report titles. Read-only: anyone with the share link.
 */

import { Hono } from 'hono'
import type { Context } from 'hono'
import { ReportPage } from '../../../views/report-page'
import { reportTitle } from '../../../views/titles'
import { listFlags } from '../../store/flags'
import type { AppEnv } from '../env'
import { renderCsv } from '../exports/csv'
import { contentDisposition, exportFilename } from '../exports/filename'
import { renderJson } from '../exports/json'
import { renderMarkdown } from '../exports/markdown'
import { reportItems } from '../exports/report-items'
import { loadComparison, notFound } from './comparison'

export const report = new Hono<AppEnv>()

const TYPES = {
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const

async function load(c: Context<AppEnv>) {
  const stored = await loadComparison(c, c.req.param('id') ?? '')
  if (!stored) return null
  const flags = await listFlags(c.env.DB, stored.id)
  const titles = { a: reportTitle(stored, 'a'), b: reportTitle(stored, 'b') }
  const origin = new URL(c.req.url).origin
  return { stored, flags, titles, origin, url: `${origin}/c/${stored.id}` }
}

report.get('/c/:id/report', async (c) => {
  const loaded = await load(c)
  if (!loaded) return notFound(c)
  const items = reportItems(loaded.stored, loaded.flags)
  return c.html(<ReportPage {...loaded} items={items} />)
})

for (const extension of ['md', 'csv', 'json'] as const) {
  report.get(`/c/:id/report.${extension}`, async (c) => {
    const loaded = await load(c)
    if (!loaded) return notFound(c)
    const { stored, flags, titles, origin, url } = loaded
    const body =
      extension === 'md'
        ? renderMarkdown(stored, flags, titles, url)
        : extension === 'csv'
          ? renderCsv(stored, flags)
          : renderJson(stored, flags, origin)
    c.header('Content-Type', TYPES[extension])
    c.header('Content-Disposition', contentDisposition(exportFilename(titles, extension)))
    c.header('X-Content-Type-Options', 'nosniff')
    return c.body(body)
  })
}
