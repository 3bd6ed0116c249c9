/**
 * The editors' workflow in Chromium against `wrangler dev`: the creator gets the editor link, an
 * editor opens it, flags a differing claim with a note (htmx), reloads and sees it; a reader opens
 * the share link in a fresh context, sees the flag read-only with no edit controls, and downloads
 * the Markdown export.
 */

import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, watchErrors } from './browser'
import { startDevServer } from './server'
import type { DevServer } from './server'

let server: DevServer
let browser: Browser
const contexts: BrowserContext[] = []

beforeAll(async () => {
  server = await startDevServer()
  browser = await launchBrowser()
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await server?.stop()
})

async function open(
  options: { acceptDownloads?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
  contexts.push(context)
  const page = await context.newPage()
  return { page, errors: watchErrors(page) }
}

const NOTE = 'The letter gives another figure.\nCheck with the agency before we run it.'

describe('editors in a browser', () => {
  let editorLink = ''
  let shareLink = ''
  let match = ''

  it('shows the creator the editor link once, with a copy button', async () => {
    const { page, errors } = await open()
    await page.goto(server.url)
    await page.click('#try-example')
    await page.waitForURL(/\/c\/[0-9a-z]{8}$/)
    editorLink = await page.inputValue('#editor-url')
    shareLink = page.url()
    expect(editorLink).toMatch(/\/c\/[0-9a-z]{8}\/edit\/[A-Za-z0-9_-]{43}$/)
    expect(await page.isVisible('button.copy[data-copy="#editor-url"]')).toBe(true)
    await page.reload()
    expect(await page.locator('#editor-url').count()).toBe(0)
    expect(await page.locator('.flag-edit').count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
  })

  it('lets an editor flag a differing claim with a note, in place, and keeps it on reload', async () => {
    const { page, errors } = await open()
    await page.goto(editorLink)
    await page.waitForURL(shareLink)
    const claim = page.locator('#column-a .claim.rel-differ, #column-a .claim.rel-conflict').first()
    match = (await claim.getAttribute('data-match'))!
    const slot = `#flag-${match}-a`
    await page.click(`${slot} .flag-edit`)
    await page.waitForSelector(`${slot} form.flag-form`)
    expect(page.url()).toBe(shareLink)
    await page.check(`${slot} input[name="status"][value="discrepancy"]`)
    await page.fill(`${slot} textarea[name="note"]`, NOTE)
    await page.fill(`${slot} input[name="editor"]`, 'Ana Ruiz')
    await page.click(`${slot} button.flag-save`)
    await page.waitForSelector(`${slot} .flag-discrepancy`)
    expect(await page.textContent(`${slot} .flag-note`)).toBe(NOTE)
    // The other column and the summary bar update out of band.
    expect(await page.isVisible(`#flag-${match}-b .flag-discrepancy`)).toBe(true)
    expect(await page.textContent('#flag-counts [data-status="discrepancy"] strong')).toBe('1')
    await page.reload()
    expect(await page.textContent(`${slot} .flag-note`)).toBe(NOTE)
    expect(await page.textContent(`${slot} .flag-meta`)).toContain('Ana Ruiz')
    expect(errors).toEqual([])
  })

  it('shows the flag read-only on the share link in a fresh context, and downloads the Markdown', async () => {
    const { page, errors } = await open({ acceptDownloads: true })
    await page.goto(shareLink)
    expect(await page.textContent(`#flag-${match}-a .flag-note`)).toBe(NOTE)
    expect(await page.isVisible(`#flag-${match}-b .flag-discrepancy`)).toBe(true)
    expect(await page.locator('.flag-edit, form.flag-form, #editor-url').count()).toBe(0)
    const download = page.waitForEvent('download')
    await page.click('a[data-export="md"]')
    const file = await download
    expect(file.suggestedFilename()).toMatch(/-vs-.+-crosscheck\.md$/)
    const markdown = readFileSync((await file.path())!, 'utf8')
    expect(markdown).toContain('**Flag: Discrepancy** by Ana Ruiz')
    expect(markdown).toContain(
      '> The letter gives another figure.\n> Check with the agency before we run it.',
    )
    expect(errors).toEqual([])
  })
})
