// Comparisons made from URLs are kept whole: the share link never refetches, ids follow the
// fetched text and its source, and the guard's allow-list is empty unless configured.
// D1 is shared by the tests of this file, so the fixture pair may already be stored (200).
import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { getComparison } from '../../src/store/comparisons'
import type { ApiComparison } from '../../src/web/api-json'
import { PAIR, postJson, request } from './helpers'
import { html, PAGES, postUrlForm, serveFixtures, serveSite } from './url-site'

afterEach(() => {
  vi.restoreAllMocks()
})

async function createFromUrls(): Promise<ApiComparison> {
  serveFixtures()
  const response = await postJson({ a: { url: PAGES.a.url }, b: { url: PAGES.b.url } })
  expect([200, 201]).toContain(response.status)
  return response.json<ApiComparison>()
}

describe('a comparison made from URLs', () => {
  it('survives the origin disappearing: the page and the JSON come from the store', async () => {
    const created = await createFromUrls()
    vi.restoreAllMocks()
    const { requested } = serveSite({})

    const page = await request(`/c/${created.id}`)
    expect(page.status).toBe(200)
    const text = await page.text()
    // Word-diff marks may cut the sentence into pieces: compare its text without the tags.
    const plain = text.replace(/<[^>]+>/g, '')
    expect(plain).toContain('The passenger ferry Saltire Dawn ran aground off Skerrow Point')
    expect(text).toContain(`href="${PAGES.b.url}"`)
    const json = await (await request(`/api/c/${created.id}`)).json<ApiComparison>()
    expect(json.inputs.a.fetched).toEqual(created.inputs.a.fetched)
    expect(json.a).toEqual(created.a)
    expect(requested).toEqual([])
  })

  it('stores the fetched text, the URLs, the fetch time and the page metadata', async () => {
    const created = await createFromUrls()
    const stored = await getComparison(env.DB, created.id)
    expect(stored?.a.text).toMatch(/^The passenger ferry Saltire Dawn/)
    expect(stored?.a.text).not.toContain('Related stories')
    expect(stored?.b.fetched).toEqual(created.inputs.b.fetched)
    expect(stored?.b.fetched?.title).toBe(
      'Saltire Dawn aground in fog as 200 passengers are rescued',
    )
  })

  it('gives the same id when the same pages are fetched again, without storing a second copy', async () => {
    const first = await createFromUrls()
    const again = await postJson({ a: { url: PAGES.a.url }, b: { url: PAGES.b.url } })
    expect(again.status).toBe(200)
    const body = await again.json<ApiComparison>()
    expect(body.id).toBe(first.id)
    expect(body.inputs.a.fetched?.fetchedAt).toBe(first.inputs.a.fetched?.fetchedAt)
  })

  it('gives another id when the page changed, or the same text came from another URL', async () => {
    const first = await createFromUrls()
    vi.restoreAllMocks()
    const changed = PAGES.a.html.replace('all 212 passengers', 'all 213 passengers')
    serveSite({ [PAGES.a.url]: () => html(changed), [PAGES.b.url]: () => html(PAGES.b.html) })
    const edited = await postJson({ a: { url: PAGES.a.url }, b: { url: PAGES.b.url } })
    expect(edited.status).toBe(201)
    expect((await edited.json<ApiComparison>()).id).not.toBe(first.id)

    vi.restoreAllMocks()
    const mirror = 'https://mirror.harbourgazette.co.uk/news/ferry-aground'
    serveSite({ [mirror]: () => html(PAGES.a.html), [PAGES.b.url]: () => html(PAGES.b.html) })
    const moved = await postJson({ a: { url: mirror }, b: { url: PAGES.b.url } })
    expect(moved.status).toBe(201)
    expect((await moved.json<ApiComparison>()).id).not.toBe(first.id)
  })

  it('is another comparison than the same text pasted', async () => {
    const first = await createFromUrls()
    const stored = await getComparison(env.DB, first.id)
    const pasted = await postJson({
      a: { text: stored!.a.text, title: stored!.a.title },
      b: { text: stored!.b.text, title: stored!.b.title },
    })
    expect(pasted.status).toBe(201)
    const body = await pasted.json<ApiComparison>()
    expect(body.id).not.toBe(first.id)
    expect(body.inputs.a.fetched).toBeNull()
  })

  it('lands on the comparison from the form (303) with both sources shown', async () => {
    serveFixtures()
    const response = await postUrlForm({ url: PAGES.a.url }, { url: PAGES.b.url })
    expect(response.status).toBe(303)
    const page = await (await request(response.headers.get('Location')!)).text()
    expect(page).toContain('id="source-a"')
    expect(page).toContain('id="source-b"')
  })
})

describe('page metadata on the comparison page', () => {
  it('is escaped wherever it is shown', async () => {
    // Entities in the page decode to markup in the extracted title; tags in attributes stay text.
    const evil = PAGES.a.html
      .replaceAll(
        'Ferry runs aground off',
        '&lt;script&gt;alert(1)&lt;/script&gt; Ferry runs aground off',
      )
      .replace('content="Maren Holt"', 'content="<img src=x onerror=alert(2)>"')
      .replace('content="2026-03-14T08:30:00Z"', 'content="<b>yesterday</b>"')
    serveSite({ [PAGES.a.url]: () => html(evil) })
    const response = await postJson({ a: { url: PAGES.a.url }, b: { text: PAIR.b.text } })
    expect(response.status).toBe(201)
    const { id } = await response.json<ApiComparison>()
    const page = await (await request(`/c/${id}`)).text()
    expect(page).not.toContain('<script>alert(1)')
    expect(page).not.toContain('<img src=x')
    expect(page).not.toContain('<b>yesterday')
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Ferry runs aground')
    expect(page).toContain('&lt;img src=x onerror=alert(2)&gt;')
  })
})

describe('the fetch allow-list of the app', () => {
  it('is empty by default: a local test server stays refused even on its own port', async () => {
    expect((env as unknown as Record<string, unknown>).FETCH_ALLOW_HOSTS).toBeUndefined()
    const local = 'http://127.0.0.1:8787/story'
    const { requested } = serveSite({ [local]: () => html(PAGES.a.html) })
    const response = await postJson({ a: { url: local }, b: { text: PAIR.b.text } })
    expect(response.status).toBe(400)
    const { error } = await response.json<{ error: { code: string } }>()
    expect(error.code).toBe('port')
    expect(requested).toEqual([])
  })
})
