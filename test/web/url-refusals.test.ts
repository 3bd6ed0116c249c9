// Every refusal of a URL reaches the user: a 4xx with the guard's code and a message naming the
// side, as JSON from the API and as the form shown again with the user's input kept.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PAIR, postJson } from './helpers'
import { html, PAGES, postUrlForm, redirect, serveSite } from './url-site'

afterEach(() => {
  vi.restoreAllMocks()
})

type ApiError = { error: { code: string; message: string } }

const SITE = 'https://news.example.com'

/** Pages that fail in each way the guard checks after the URL itself. */
function serveBadPages() {
  return serveSite({
    [`${SITE}/to-private`]: () => redirect('http://10.0.0.7/admin'),
    [`${SITE}/r1`]: () => redirect('/r2'),
    [`${SITE}/r2`]: () => redirect('/r3'),
    [`${SITE}/r3`]: () => redirect('/r4'),
    [`${SITE}/r4`]: () => redirect('/r5'),
    [`${SITE}/r5`]: () => html(PAGES.a.html),
    [`${SITE}/huge`]: () => html(`<p>${'word '.repeat(1024 * 1024)}</p>`),
    [`${SITE}/image`]: () => html('\x89PNG', 'image/png'),
    [`${SITE}/empty`]: () =>
      html('<!doctype html><html><head><title>x</title></head><body></body></html>'),
    [`${SITE}/gone`]: () => new Response('Not found', { status: 404 }),
    // Headers never come: the guard's 5 s timer has to cut it.
    [`${SITE}/slow`]: () => new Promise<Response>(() => {}),
  })
}

const TABLE: { name: string; url: string; status: number; code: string; says: RegExp }[] = [
  {
    name: 'a private IP',
    url: 'http://127.0.0.1/news',
    status: 400,
    code: 'ip_literal',
    says: /loopback/,
  },
  {
    name: 'IPv6 loopback',
    url: 'http://[::1]/',
    status: 400,
    code: 'ip_literal',
    says: /loopback/,
  },
  {
    name: 'cloud metadata',
    url: 'http://169.254.169.254/',
    status: 400,
    code: 'ip_literal',
    says: /link-local/,
  },
  {
    name: 'a file: URL',
    url: 'file:///etc/passwd',
    status: 400,
    code: 'scheme',
    says: /not file:/,
  },
  {
    name: 'an ftp: URL',
    url: 'ftp://news.example.com/a',
    status: 400,
    code: 'scheme',
    says: /not ftp:/,
  },
  { name: 'port 8080', url: `${SITE}:8080/story`, status: 400, code: 'port', says: /port 8080/ },
  {
    name: 'a local name',
    url: 'http://intranet/story',
    status: 400,
    code: 'private_host',
    says: /local name/,
  },
  {
    name: 'a redirect to a private address',
    url: `${SITE}/to-private`,
    status: 422,
    code: 'ip_literal',
    says: /redirected to a refused address/,
  },
  {
    name: '4 redirects',
    url: `${SITE}/r1`,
    status: 422,
    code: 'too_many_redirects',
    says: /more than 3 times/,
  },
  {
    name: 'a 5 MB body',
    url: `${SITE}/huge`,
    status: 413,
    code: 'too_large',
    says: /larger than the limit of 2048 KiB/,
  },
  {
    name: 'an image',
    url: `${SITE}/image`,
    status: 415,
    code: 'content_type',
    says: /image\/png, not a web page/,
  },
  {
    name: 'a page without an article',
    url: `${SITE}/empty`,
    status: 422,
    code: 'no_article',
    says: /could not find an article on this page/,
  },
  { name: 'a 404', url: `${SITE}/gone`, status: 422, code: 'http_status', says: /answered 404/ },
  {
    name: 'an unreachable host',
    url: `${SITE}/nowhere`,
    status: 422,
    code: 'network',
    says: /could not be reached/,
  },
]

describe('a refused URL in the API', () => {
  it.each(TABLE)('answers $status $code for $name', async ({ url, status, code, says }) => {
    serveBadPages()
    const response = await postJson({ a: { text: PAIR.a.text }, b: { url } })
    expect(response.status).toBe(status)
    const { error } = await response.json<ApiError>()
    expect(error.code).toBe(code)
    expect(error.message).toMatch(/^Report B: /)
    expect(error.message).toMatch(says)
  })

  it(
    'answers 422 timeout for a server that does not answer within 5 s',
    { timeout: 15_000 },
    async () => {
      serveBadPages()
      const started = Date.now()
      const response = await postJson({ a: { url: `${SITE}/slow` }, b: { text: PAIR.b.text } })
      expect(Date.now() - started).toBeGreaterThanOrEqual(4900)
      expect(response.status).toBe(422)
      expect(await response.json()).toEqual({
        error: {
          code: 'timeout',
          message: 'Report A: news.example.com did not answer within 5 s.',
        },
      })
    },
  )

  it('names both sides when both URLs are refused', async () => {
    serveBadPages()
    const response = await postJson({
      a: { url: 'file:///etc/passwd' },
      b: { url: `${SITE}/image` },
    })
    expect(response.status).toBe(400)
    const { error } = await response.json<ApiError>()
    expect(error.code).toBe('scheme')
    expect(error.message).toMatch(/^Report A: .*Report B: /)
  })

  it('refuses the URL before any request when the check needs no network', async () => {
    const { requested } = serveBadPages()
    await postJson({
      a: { url: 'http://169.254.169.254/latest/meta-data/' },
      b: { text: PAIR.b.text },
    })
    expect(requested).toEqual([])
  })
})

describe('a refused URL in the form', () => {
  it('shows the form again with the reason next to the URL and the input kept', async () => {
    serveBadPages()
    const response = await postUrlForm(
      { url: 'http://169.254.169.254/latest/meta-data/', title: 'Mine' },
      { text: PAIR.b.text },
    )
    expect(response.status).toBe(400)
    const page = await response.text()
    expect(page).toContain('id="form-errors"')
    expect(page).toMatch(
      /<p class="field-error" id="a_url_error">Report A: 169\.254\.169\.254 is a link-local address/,
    )
    expect(page).toContain('value="http://169.254.169.254/latest/meta-data/"')
    expect(page).toContain('value="Mine"')
    expect(page).toContain('Ships carried 12,000 containers')
  })

  it('shows "could not find an article on this page" with 422', async () => {
    serveBadPages()
    const response = await postUrlForm({ text: PAIR.a.text }, { url: `${SITE}/empty` })
    expect(response.status).toBe(422)
    expect(await response.text()).toContain(
      `Report B: could not find an article on this page (${SITE}/empty).`,
    )
  })

  it('refuses text and URL on the same side, keeping both', async () => {
    const response = await postUrlForm(
      { text: PAIR.a.text, url: PAGES.a.url },
      { text: PAIR.b.text },
    )
    expect(response.status).toBe(400)
    const page = await response.text()
    expect(page).toContain('Report A: give either the text or a URL, not both.')
    expect(page).toContain(`value="${PAGES.a.url}"`)
    expect(page).toContain('Ships carried 11,000 containers')
  })
})
