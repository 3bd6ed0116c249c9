/**
 * Route tests of the pages: home, create → 303 → comparison page, the example, filters as full
 * pages and as htmx fragments, and the 404 page.
 */

import { describe, expect, it } from 'vitest'
import { PAIR, postForm, request } from './helpers'

async function createPair(): Promise<string> {
  const response = await postForm(PAIR.a, PAIR.b)
  expect(response.status).toBe(303)
  const location = response.headers.get('Location') ?? ''
  expect(location).toMatch(/^\/c\/[0-9a-z]{8}$/)
  return location
}

describe('home page', () => {
  it('shows two labelled panes, the Compare button and the example link', async () => {
    const response = await request('/')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<label for="a_text">')
    expect(html).toContain('<label for="b_text">')
    expect(html).toContain('name="a_title"')
    expect(html).toContain('name="b_source"')
    expect(html).toContain('>Compare</button>')
    expect(html).toContain('href="/example"')
  })
})

describe('creating a comparison', () => {
  it('redirects with 303 to a page that renders both columns and the relation classes', async () => {
    const location = await createPair()
    const response = await request(location)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('id="column-a"')
    expect(html).toContain('id="column-b"')
    expect(html).toContain('Port report A')
    expect(html).toContain('Port report B')
    expect(html).toMatch(/class="claim rel-(agree|differ|conflict)"/)
    expect(html).toContain('class="claim rel-unique"')
    expect(html).toContain('id="a1"')
    expect(html).toContain('id="b1"')
    // Colour is never the only cue: every claim carries words for its relation.
    expect(html).toContain('<span class="sr-only">only here:</span>')
  })

  it('links paired claims to each other for highlighting', async () => {
    const html = await (await request(await createPair())).text()
    expect(html).toMatch(/id="a1" tabindex="0" data-rel="(agree|differ|conflict)" data-peers="b1"/)
  })

  it('gives the page Open Graph and Twitter preview tags with the counts', async () => {
    const html = await (await request(await createPair())).text()
    expect(html).toMatch(/<meta property="og:title" content="Port report A vs Port report B — \d+ conflicts?, \d+ differences?, \d+ agreements?"/)
    expect(html).toContain('<meta name="twitter:card" content="summary"')
    expect(html).toMatch(/<meta property="og:url" content="http:\/\/crosscheck.test\/c\/[0-9a-z]{8}"/)
  })

  it('shows the summary bar, legend, discrepancy list and fact tables', async () => {
    const html = await (await request(await createPair())).text()
    expect(html).toContain('aria-label="Summary"')
    expect(html).toContain('is corroborated by Report B')
    expect(html).toContain('<summary>Legend</summary>')
    expect(html).toContain('id="discrepancies-title"')
    expect(html).toContain('<th scope="col">Only in A</th>')
  })
})

describe('the built-in example', () => {
  it('is one click from the home page and lands on a comparison of the seeds', async () => {
    const response = await request('/example')
    expect(response.status).toBe(303)
    const page = await request(response.headers.get('Location') ?? '')
    const html = await page.text()
    expect(page.status).toBe(200)
    expect(html).toContain('Pyongyang')
    expect(html).toContain('ABC News')
    expect(html).toContain('<details class="dropped">')
  })
})

describe('filters', () => {
  it('render the full page without htmx and mark the active filter', async () => {
    const location = await createPair()
    const html = await (await request(`${location}?show=unique`)).text()
    expect(html).toContain('<html')
    expect(html).toContain('aria-current="page" data-filter="unique"')
    expect(html).not.toMatch(/class="claim rel-(agree|differ|conflict)"/)
    expect(html).toContain('class="claim rel-unique"')
  })

  it('answer htmx requests with the claims fragment only', async () => {
    const location = await createPair()
    const response = await request(`${location}?show=differ`, { headers: { 'HX-Request': 'true' } })
    const html = await response.text()
    expect(response.headers.get('Vary')).toContain('HX-Request')
    expect(html.startsWith('<div id="claims"')).toBe(true)
    expect(html).not.toContain('<html')
    expect(html).not.toContain('class="claim rel-unique"')
    expect(html).toContain('hx-push-url="true"')
  })

  it('answer an htmx history restore with the full page', async () => {
    const location = await createPair()
    const headers = { 'HX-Request': 'true', 'HX-History-Restore-Request': 'true' }
    const html = await (await request(location, { headers })).text()
    expect(html).toContain('<html')
  })

  it('treat an unknown filter as all claims', async () => {
    const location = await createPair()
    const html = await (await request(`${location}?show=%3Cscript%3E`)).text()
    expect(html).toContain('aria-current="page" data-filter="all"')
  })
})

describe('unknown pages', () => {
  it('answer 404 with a page for an unknown comparison id', async () => {
    const response = await request('/c/zzzzzzzz')
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('Comparison not found')
  })

  it('answer 404 for ids that cannot exist', async () => {
    expect((await request('/c/..%2F..%2Fetc')).status).toBe(404)
    expect((await request('/c/ABC')).status).toBe(404)
    expect((await request('/nowhere')).status).toBe(404)
  })
})
