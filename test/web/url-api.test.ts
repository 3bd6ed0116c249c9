// POST /api/compare with URLs: fetching, the title taken from the page, and the sources shown.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ApiComparison } from '../../src/web/api-json'
import { PAIR, postJson, request } from './helpers'
import { html, PAGES, redirect, serveFixtures, serveSite } from './url-site'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('POST /api/compare with a URL', () => {
  it('answers 201 for {a: {url}, b: {text}} with the source of A in the inputs', async () => {
    const { requested } = serveFixtures()
    const response = await postJson({ a: { url: PAGES.a.url }, b: { text: PAIR.b.text } })
    expect(response.status).toBe(201)
    const body = await response.json<ApiComparison>()
    expect(requested).toEqual([PAGES.a.url])
    expect(response.headers.get('Location')).toBe(`/c/${body.id}`)
    expect(body.inputs.a.title).toBe(
      'Ferry runs aground off Skerrow Point, 212 passengers taken off',
    )
    expect(body.inputs.a.fetched).toMatchObject({
      requestedUrl: PAGES.a.url,
      finalUrl: PAGES.a.url,
      title: 'Ferry runs aground off Skerrow Point, 212 passengers taken off',
      byline: 'Maren Holt',
      published: '2026-03-14T08:30:00Z',
    })
    expect(Date.parse(body.inputs.a.fetched!.fetchedAt)).not.toBeNaN()
    expect(body.inputs.b.fetched).toBeNull()
    // The headline is the side's title, so the body the engine saw starts with the article.
    const first = body.a.sentences.find((sentence) => sentence.role === 'body')
    expect(first?.text).toMatch(/^The passenger ferry Saltire Dawn ran aground/)
    expect(body.a.sentences.map((sentence) => sentence.text).join(' ')).not.toContain(
      'Related stories',
    )
  })

  it('fetches both URLs in parallel and shows both sources on the page', async () => {
    let started = 0
    let bothStarted: () => void = () => {}
    const barrier = new Promise<void>((resolve) => (bothStarted = resolve))
    // Each page answers only once both requests are out; one after the other would stall here.
    const waitForBoth = async (page: string) => {
      if (++started === 2) bothStarted()
      const stalled = new Promise<'stalled'>((resolve) =>
        setTimeout(() => resolve('stalled'), 2000),
      )
      if ((await Promise.race([barrier, stalled])) === 'stalled')
        return html('sequential', 'text/plain')
      return html(page)
    }
    serveSite({
      [PAGES.a.url]: () => waitForBoth(PAGES.a.html),
      [PAGES.b.url]: () => waitForBoth(PAGES.b.html),
    })
    const response = await postJson({ a: { url: PAGES.a.url }, b: { url: PAGES.b.url } })
    expect(response.status).toBe(201)
    const body = await response.json<ApiComparison>()
    expect(body.inputs.b.fetched).toMatchObject({
      byline: 'Tomas Reid',
      published: '2026-03-14T10:05:00Z',
    })

    const page = await (await request(`/c/${body.id}`)).text()
    for (const url of [PAGES.a.url, PAGES.b.url]) {
      expect(page).toContain(
        `<a class="source-url" href="${url}" rel="noopener noreferrer nofollow">`,
      )
    }
    expect(page).toContain('Maren Holt')
    expect(page).toContain('Tomas Reid')
    expect(page).toContain(
      '<time datetime="2026-03-14T08:30:00Z">14 March 2026 at 08:30 UTC</time>',
    )
    expect(page.match(/fetched at <time/g)).toHaveLength(2)
    expect(page).toContain('Saltire Dawn aground in fog as 200 passengers are rescued')
  })

  it('shows where a redirect led and the URL that was asked for', async () => {
    const asked = 'https://harbourgazette.co.uk/s/123'
    serveSite({
      [asked]: () => redirect(PAGES.a.url, 301),
      [PAGES.a.url]: () => html(PAGES.a.html),
    })
    const response = await postJson({ a: { url: asked }, b: { text: PAIR.b.text } })
    expect(response.status).toBe(201)
    const body = await response.json<ApiComparison>()
    expect(body.inputs.a.fetched).toMatchObject({ requestedUrl: asked, finalUrl: PAGES.a.url })
    const page = await (await request(`/c/${body.id}`)).text()
    expect(page).toContain(`(asked for ${asked})`)
  })

  it('reads a URL copied without its scheme as https', async () => {
    const { requested } = serveFixtures()
    const bare = PAGES.a.url.replace('https://', '')
    const response = await postJson({ a: { url: bare }, b: { text: PAIR.b.text } })
    // The same comparison as the first test's, which D1 (shared by this file) may hold already.
    expect([200, 201]).toContain(response.status)
    expect(requested).toEqual([PAGES.a.url])
    const body = await response.json<ApiComparison>()
    expect(body.inputs.a.fetched?.requestedUrl).toBe(PAGES.a.url)
  })

  it('keeps a title the user gave over the headline of the page', async () => {
    serveFixtures()
    const response = await postJson({
      a: { url: PAGES.a.url, title: 'My title' },
      b: { text: PAIR.b.text },
    })
    const body = await response.json<ApiComparison>()
    expect(body.inputs.a.title).toBe('My title')
    expect(body.inputs.a.fetched?.title).toBe(
      'Ferry runs aground off Skerrow Point, 212 passengers taken off',
    )
  })

  it('refuses a side with both text and URL, naming the side', async () => {
    const { requested } = serveFixtures()
    const response = await postJson({
      a: { text: PAIR.a.text },
      b: { text: PAIR.b.text, url: PAGES.b.url },
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: {
        code: 'text_and_url',
        message: 'Report B: give either the text or a URL, not both.',
      },
    })
    expect(requested).toEqual([])
  })

  it('refuses a side with neither text nor URL, saying either will do', async () => {
    const response = await postJson({ a: { url: '  ' }, b: { text: PAIR.b.text } })
    expect(response.status).toBe(400)
    const { error } = await response.json<{ error: { code: string; message: string } }>()
    expect(error.code).toBe('empty')
    expect(error.message).toBe('Report A is empty. Paste its text or give the URL of the article.')
  })

  it('refuses a URL that is not a string', async () => {
    const response = await postJson({ a: { url: 42 }, b: { text: PAIR.b.text } })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: { code: 'invalid', message: 'Report A: url must be a string.' },
    })
  })
})
