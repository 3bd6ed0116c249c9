/**
 * Browser tests in Chromium against `wrangler dev`: the home page, the example, selecting claims,
 * filters in the URL, the share link in a fresh context, the phone layout, and no console errors.
 * Also saves a screenshot of the example page (docs/screenshot.png with UPDATE_SCREENSHOT=1).
 */

import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, watchErrors } from './browser'
import { startDevServer } from './server'
import type { DevServer } from './server'

let server: DevServer
let browser: Browser
let context: BrowserContext
let page: Page
let errors: string[]

beforeAll(async () => {
  server = await startDevServer()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function openPage(width = 1280, height = 900): Promise<void> {
  context = await browser.newContext({ viewport: { width, height } })
  page = await context.newPage()
  errors = watchErrors(page)
}

afterEach(async () => {
  await context?.close()
  expect(errors, 'console errors and failed requests').toEqual([])
})

async function openExample(): Promise<string> {
  await page.goto(server.url)
  await page.click('#try-example')
  await page.waitForURL(/\/c\/[0-9a-z]{8}$/)
  await page.waitForLoadState('load')
  return page.url()
}

/** True when `selector`'s element lies inside the visible part of its scrolling column. */
function inView(selector: string): Promise<boolean> {
  const height = page.viewportSize()?.height ?? 0
  return page.$eval(
    selector,
    (el, viewport) => {
      const box = el.getBoundingClientRect()
      const column = el.closest('.column')!.getBoundingClientRect()
      return box.bottom > Math.max(column.top, 0) && box.top < Math.min(column.bottom, viewport)
    },
    height,
  )
}

describe('crosscheck in a browser', () => {
  it('shows the home page with both panes and the example link', async () => {
    await openPage()
    await page.goto(server.url)
    expect(await page.textContent('h1')).toContain('Compare two reports')
    expect(await page.isVisible('label[for="a_text"]')).toBe(true)
    expect(await page.isVisible('label[for="b_text"]')).toBe(true)
    expect(await page.isVisible('#try-example')).toBe(true)
  })

  it('shows a readable error in the page when a report is empty, then compares once fixed', async () => {
    await openPage()
    await page.goto(server.url)
    await page.fill('#a_text', 'Only one report was pasted here, and it is long enough.')
    await page.$eval('#b_text', (el) => el.removeAttribute('required'))
    const response = page.waitForResponse((r) => r.url().endsWith('/c'))
    await page.click('button.primary')
    expect((await response).status()).toBe(400)
    expect(await page.textContent('#form-errors')).toContain('Report B is empty.')
    expect(await page.inputValue('#a_text')).toContain('Only one report')
    // The 400 is the expected answer; the browser logs it as a failed resource.
    const expected = errors.filter((error) => /\b400\b/.test(error))
    expect(expected.length).toBeGreaterThan(0)
    errors.splice(0, errors.length, ...errors.filter((error) => !expected.includes(error)))
    await page.fill('#b_text', 'Only one report was pasted here, and it is long enough today.')
    await page.click('button.primary')
    await page.waitForURL(/\/c\/[0-9a-z]{8}$/)
    expect(await page.locator('.claim').count()).toBeGreaterThan(1)
  })

  it('loads the example in one click and saves a screenshot of it', async () => {
    await openPage(1280, 1200)
    const url = await openExample()
    expect(await page.isVisible('#column-a')).toBe(true)
    expect(await page.isVisible('#column-b')).toBe(true)
    expect(await page.locator('#column-a .claim').count()).toBeGreaterThan(3)
    expect(await page.locator('#column-b .claim').count()).toBeGreaterThan(3)
    // The picture shows what a reader of the share link sees, without this browser's editor link.
    await context.close()
    await openPage(1280, 1200)
    await page.goto(url)
    // The README's screenshot is refreshed on request (UPDATE_SCREENSHOT=1); every run saves one
    // under test-results/ so a test run leaves the work tree clean.
    const dir = process.env.UPDATE_SCREENSHOT ? '../../docs' : '../../test-results'
    mkdirSync(resolve(import.meta.dirname, dir), { recursive: true })
    const first = page.locator('#column-a .claim[data-peers]:not([data-peers=""])').first()
    await first.click()
    await page.waitForTimeout(600)
    await page.evaluate('window.scrollTo(0, 0)')
    await page.screenshot({ path: resolve(import.meta.dirname, dir, 'screenshot.png') })
  })

  it('highlights the counterpart of a clicked claim and scrolls it into view', async () => {
    await openPage()
    await openExample()
    const claims = page.locator('#column-a .claim[data-peers]:not([data-peers=""])')
    const claim = claims.last()
    const id = await claim.getAttribute('id')
    const peer = (await claim.getAttribute('data-peers'))!.split(' ')[0]
    await claim.click()
    await page.waitForTimeout(600)
    expect(await claim.getAttribute('class')).toContain('selected')
    expect(await page.getAttribute(`#${peer}`, 'class')).toContain('peer')
    expect(await inView(`#${peer}`)).toBe(true)
    expect(page.url()).toMatch(new RegExp(`#${id}$`))
  })

  it('selects the claim named in the URL fragment', async () => {
    await openPage()
    const url = await openExample()
    const claim = page.locator('#column-b .claim[data-peers]:not([data-peers=""])').first()
    const id = await claim.getAttribute('id')
    const peer = (await claim.getAttribute('data-peers'))!.split(' ')[0]
    await page.goto(`${url}#${id}`)
    await page.reload()
    await page.waitForTimeout(300)
    expect(await page.getAttribute(`#${id}`, 'class')).toContain('selected')
    expect(await page.getAttribute(`#${peer}`, 'class')).toContain('peer')
  })

  it('applies a filter with htmx, puts it in the URL and keeps it on reload', async () => {
    await openPage()
    const url = await openExample()
    const all = await page.locator('.claim.rel-agree, .claim.rel-unique').count()
    expect(all).toBeGreaterThan(0)
    await page.click('a.filter[data-filter="differ"]')
    await page.waitForURL(`${url}?show=differ`)
    await page.waitForSelector('#claims[data-filter="differ"]')
    expect(await page.locator('#claims .claim.rel-agree, #claims .claim.rel-unique').count()).toBe(0)
    expect(await page.getAttribute('a.filter[data-filter="differ"]', 'aria-current')).toBe('page')
    await page.reload()
    expect(await page.locator('#claims .claim.rel-agree, #claims .claim.rel-unique').count()).toBe(0)
    expect(await page.getAttribute('a.filter[data-filter="differ"]', 'aria-current')).toBe('page')
    await page.click('a.filter[data-filter="unique"]')
    await page.waitForSelector('#claims[data-filter="unique"]')
    expect(page.url()).toBe(`${url}?show=unique`)
    await page.goBack()
    await page.waitForSelector('#claims[data-filter="differ"]')
  })

  it('opens the share link in a fresh browser context with the same comparison', async () => {
    await openPage()
    await openExample()
    const share = await page.inputValue('#share-url')
    const title = await page.textContent('h1')
    const claims = await page.locator('.claim').count()
    const fresh = await browser.newContext()
    const other = await fresh.newPage()
    const otherErrors = watchErrors(other)
    await other.goto(share.replace(/^https?:\/\/[^/]+/, server.url))
    expect(await other.textContent('h1')).toBe(title)
    expect(await other.locator('.claim').count()).toBe(claims)
    await fresh.close()
    expect(otherErrors).toEqual([])
  })

  it('stacks the columns on a phone and toggles between the reports', async () => {
    await openPage(390, 844)
    await openExample()
    const a = await page.locator('#column-a').boundingBox()
    const b = await page.locator('#column-b').boundingBox()
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1)
    await page.click('label[for="view-b"]')
    expect(await page.isVisible('#column-a')).toBe(false)
    expect(await page.isVisible('#column-b')).toBe(true)
    await page.click('label[for="view-a"]')
    expect(await page.isVisible('#column-a')).toBe(true)
    expect(await page.isVisible('#column-b')).toBe(false)
  })
})
