/**
 * Browser test of comparing by URL: two news pages on a local test server, `wrangler dev` with
 * the fetch allow-list set to that one host:port and nothing else, the URLs pasted in the home
 * form, and the comparison page with both sources shown.
 */

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, watchErrors } from './browser'
import { startDevServer } from './server'
import type { DevServer } from './server'
import { startPageServer } from './url-pages'
import type { PageServer } from './url-pages'

let pages: PageServer
let server: DevServer
let browser: Browser
let context: BrowserContext
let page: Page
let errors: string[]

beforeAll(async () => {
  pages = await startPageServer()
  server = await startDevServer({ vars: { FETCH_ALLOW_HOSTS: pages.host } })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await pages?.stop()
})

async function openHome(): Promise<void> {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  page = await context.newPage()
  errors = watchErrors(page)
  await page.goto(server.url)
}

afterEach(async () => {
  await context?.close()
  expect(errors, 'console errors and failed requests').toEqual([])
})

describe('comparing two reports by URL in a browser', () => {
  it('fetches the two pasted URLs and shows both sources on the comparison', async () => {
    await openHome()
    await page.fill('#a_url', pages.urls.a)
    await page.fill('#b_url', pages.urls.b)
    await page.click('button.primary')
    await page.waitForURL(/\/c\/[0-9a-z]{8}$/)
    expect(pages.requested).toEqual(
      expect.arrayContaining(['/news/ferry-aground', '/2026/03/saltire-dawn']),
    )

    for (const [side, url] of [
      ['a', pages.urls.a],
      ['b', pages.urls.b],
    ] as const) {
      const link = page.locator(`#source-${side} a.source-url`)
      expect(await link.getAttribute('href')).toBe(url)
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow')
      expect(await page.textContent(`#source-${side} .source-fetched`)).toMatch(
        /^fetched at \d+ \w+ \d{4}/,
      )
    }
    expect(await page.textContent('#title-a')).toBe(
      'Ferry runs aground off Skerrow Point, 212 passengers taken off',
    )
    expect(await page.textContent('#title-b')).toBe(
      'Saltire Dawn aground in fog as 200 passengers are rescued',
    )
    expect(await page.textContent('#source-a .source-byline')).toBe('Maren Holt')
    expect(await page.textContent('#source-b .source-byline')).toBe('Tomas Reid')
    expect(await page.textContent('#source-a .source-published')).toBe('14 March 2026 at 08:30 UTC')
    expect(await page.locator('#column-a .claim').count()).toBeGreaterThan(4)
    expect(await page.locator('#column-b .claim').count()).toBeGreaterThan(4)
    // The two reports disagree on the passengers and the injured; the engine should see it.
    expect(await page.locator('.claim.rel-conflict, .claim.rel-differ').count()).toBeGreaterThan(0)
  })

  it('keeps the guard on for every other host, even the app itself on loopback', async () => {
    await openHome()
    const self = `${server.url}/`
    await page.fill('#a_url', self)
    await page.fill('#b_url', pages.urls.b)
    const response = page.waitForResponse((r) => r.url().endsWith('/c'))
    await page.click('button.primary')
    expect((await response).status()).toBe(400)
    expect(await page.textContent('#a_url_error')).toContain(
      'Report A: Only ports 80 and 443 are fetched',
    )
    expect(await page.inputValue('#a_url')).toBe(self)
    expect(await page.inputValue('#b_url')).toBe(pages.urls.b)
    // The 400 is the expected answer; the browser logs it as a failed resource.
    errors.splice(0, errors.length, ...errors.filter((error) => !/\b400\b/.test(error)))
  })
})
