// The fetch guard: every refusal of issue 5, with outbound requests answered by a local fetcher
// passed in the options, so no test leaves the runtime.
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import {
  checkUrl,
  DEFAULT_ALLOW_HOSTS,
  type FetchRefusal,
  guardedFetch,
  parseAllowHosts,
} from '../../src/web/fetch-guard'
import wranglerToml from '../../wrangler.toml?raw'

type Handler = (url: string, init: RequestInit | undefined) => Response | Promise<Response>

/** A fetcher answering from a table of URL -> handler, recording what was asked for. */
function site(routes: Record<string, Handler>) {
  const requested: string[] = []
  const inits: (RequestInit | undefined)[] = []
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input)
    requested.push(url)
    inits.push(init)
    const handler = routes[url]
    if (!handler) return new Response('not found', { status: 404, statusText: 'Not Found' })
    return handler(url, init)
  }) as typeof fetch
  return { fetcher, requested, inits }
}

const html =
  (body: string, type = 'text/html; charset=utf-8') =>
  () =>
    new Response(body, { headers: { 'content-type': type } })
const redirect =
  (to: string, status = 302) =>
  () =>
    new Response(null, { status, headers: { location: to } })

function expectRefusal(result: unknown, code: FetchRefusal['code'], status: number) {
  expect(result).toMatchObject({ ok: false, code, status })
  expect((result as FetchRefusal).message.length).toBeGreaterThan(10)
}

describe('checkUrl', () => {
  const refused: { name: string; input: string; code: FetchRefusal['code'] }[] = [
    { name: 'a file URL', input: 'file:///etc/passwd', code: 'scheme' },
    { name: 'an ftp URL', input: 'ftp://ftp.example.com/pub/news.txt', code: 'scheme' },
    { name: 'a javascript URL', input: 'javascript:alert(1)', code: 'scheme' },
    { name: 'port 8080', input: 'http://news.example.com:8080/story', code: 'port' },
    { name: 'port 22 on https', input: 'https://news.example.com:22/', code: 'port' },
    { name: 'the loopback address', input: 'http://127.0.0.1/', code: 'ip_literal' },
    { name: 'IPv6 loopback', input: 'http://[::1]/', code: 'ip_literal' },
    { name: 'the metadata address', input: 'http://169.254.169.254/', code: 'ip_literal' },
    { name: 'a private address', input: 'http://10.0.0.8/admin', code: 'ip_literal' },
    { name: 'a 192.168 address', input: 'https://192.168.1.1/', code: 'ip_literal' },
    { name: 'a public IP address too', input: 'http://93.184.216.34/', code: 'ip_literal' },
    { name: 'a decimal integer host', input: 'http://2130706433/', code: 'ip_literal' },
    { name: 'a hex host', input: 'http://0x7f000001/', code: 'ip_literal' },
    { name: 'an octal host', input: 'http://0177.0.0.1/', code: 'ip_literal' },
    { name: 'a short dotted host', input: 'http://127.1/', code: 'ip_literal' },
    { name: 'an IPv4-mapped IPv6 host', input: 'http://[::ffff:127.0.0.1]/', code: 'ip_literal' },
    { name: 'a unique-local IPv6 host', input: 'http://[fd00::1]/', code: 'ip_literal' },
    { name: 'localhost', input: 'http://localhost/', code: 'private_host' },
    { name: 'localhost with a trailing dot', input: 'http://localhost./', code: 'private_host' },
    { name: 'a .localhost name', input: 'http://api.localhost/', code: 'private_host' },
    { name: 'a .local name', input: 'http://printer.local/', code: 'private_host' },
    { name: 'a .internal name', input: 'http://metadata.google.internal/', code: 'private_host' },
    { name: 'a single-label name', input: 'http://intranet/', code: 'private_host' },
    { name: 'an empty string', input: '  ', code: 'bad_url' },
    { name: 'text that is not a URL', input: 'the guardian story about ports', code: 'bad_url' },
    { name: 'a URL with credentials', input: 'https://user:pw@news.example.com/', code: 'bad_url' },
  ]
  it.each(refused)('refuses $name with a 400 naming the reason', ({ input, code }) => {
    expectRefusal(checkUrl(input), code, 400)
  })

  it.each([
    'https://news.example.com/2026/03/16/port-strike',
    'http://news.example.com:80/story?id=1',
    'https://news.example.com:443/story',
    'https://www.lindenauer-tageblatt.de/lokales/innenstadt-autofrei-100.html',
  ])('accepts %s', (input) => {
    expect(checkUrl(input).ok).toBe(true)
  })

  it('names the kind of address in the message', () => {
    const result = checkUrl('http://169.254.169.254/latest/meta-data/')
    expect(result.ok).toBe(false)
    expect((result as FetchRefusal).message).toContain('link-local')
  })
})

describe('allowHosts', () => {
  it('is empty by default', () => {
    expect(DEFAULT_ALLOW_HOSTS).toEqual([])
    expect(Object.isFrozen(DEFAULT_ALLOW_HOSTS)).toBe(true)
    expect(parseAllowHosts(undefined)).toEqual([])
    expect(parseAllowHosts('')).toEqual([])
  })

  it('is absent from the production config and the worker environment', () => {
    expect(wranglerToml).not.toContain('FETCH_ALLOW_HOSTS')
    expect((env as unknown as Record<string, unknown>).FETCH_ALLOW_HOSTS).toBeUndefined()
  })

  it('lets a named test host past the IP and port checks, and no other', () => {
    const allowHosts = parseAllowHosts('127.0.0.1:8787, news.test')
    expect(allowHosts).toEqual(['127.0.0.1:8787', 'news.test'])
    expect(checkUrl('http://127.0.0.1:8787/a', { allowHosts }).ok).toBe(true)
    expect(checkUrl('http://news.test/a', { allowHosts }).ok).toBe(true)
    expectRefusal(checkUrl('http://127.0.0.1:8788/a', { allowHosts }), 'port', 400)
    expectRefusal(checkUrl('http://127.0.0.1/a', { allowHosts }), 'ip_literal', 400)
    expectRefusal(checkUrl('http://news.test:8080/a', { allowHosts }), 'port', 400)
    expectRefusal(checkUrl('file:///etc/passwd', { allowHosts: ['etc'] }), 'scheme', 400)
  })
})

describe('guardedFetch', () => {
  const page = '<html><body><p>Hello</p></body></html>'

  it('fetches a page by hand-followed redirects, asking for manual redirects', async () => {
    const { fetcher, requested, inits } = site({
      'https://news.example.com/a': redirect('/b', 301),
      'https://news.example.com/b': redirect('https://www.news.example.com/c'),
      'https://www.news.example.com/c': html(page),
    })
    const result = await guardedFetch('https://news.example.com/a', { fetcher })
    expect(result).toMatchObject({
      ok: true,
      url: 'https://www.news.example.com/c',
      contentType: 'text/html',
      body: page,
    })
    expect(result.ok && new Date(result.fetchedAt).toISOString()).toBe(
      result.ok && result.fetchedAt,
    )
    expect(requested).toHaveLength(3)
    expect(
      inits.every((init) => init?.redirect === 'manual' && init.signal instanceof AbortSignal),
    ).toBe(true)
  })

  it('refuses a redirect to a private address without requesting it', async () => {
    const { fetcher, requested } = site({
      'https://news.example.com/a': redirect('http://169.254.169.254/latest/meta-data/'),
    })
    const result = await guardedFetch('https://news.example.com/a', { fetcher })
    expectRefusal(result, 'ip_literal', 422)
    expect((result as FetchRefusal).message).toContain('redirected')
    expect(requested).toEqual(['https://news.example.com/a'])
  })

  it('refuses a redirect to localhost and to a file URL', async () => {
    const { fetcher } = site({
      'https://news.example.com/a': redirect('http://localhost:3000/'),
      'https://news.example.com/b': redirect('file:///etc/passwd'),
    })
    expectRefusal(await guardedFetch('https://news.example.com/a', { fetcher }), 'port', 422)
    expectRefusal(await guardedFetch('https://news.example.com/b', { fetcher }), 'scheme', 422)
  })

  it('follows 3 redirects and refuses the 4th', async () => {
    const hops = (n: number) => {
      const routes: Record<string, Handler> = {}
      for (let i = 0; i < n; i++) routes[`https://news.example.com/${i}`] = redirect(`/${i + 1}`)
      routes[`https://news.example.com/${n}`] = html(page)
      return site(routes)
    }
    const three = hops(3)
    expect(
      await guardedFetch('https://news.example.com/0', { fetcher: three.fetcher }),
    ).toMatchObject({ ok: true })
    const four = hops(4)
    const result = await guardedFetch('https://news.example.com/0', { fetcher: four.fetcher })
    expectRefusal(result, 'too_many_redirects', 422)
    expect(four.requested).toHaveLength(4)
  })

  it('times out on a server that does not answer', async () => {
    const { fetcher } = site({
      'https://slow.example.com/': (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))
        }),
    })
    const started = Date.now()
    const result = await guardedFetch('https://slow.example.com/', { fetcher, timeoutMs: 50 })
    expectRefusal(result, 'timeout', 504)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('times out even when the fetcher ignores the abort signal', async () => {
    const { fetcher } = site({ 'https://slow.example.com/': () => new Promise<Response>(() => {}) })
    expectRefusal(
      await guardedFetch('https://slow.example.com/', { fetcher, timeoutMs: 50 }),
      'timeout',
      504,
    )
  })

  it('times out on a body that stalls after its headers', async () => {
    let cancelled = false
    const { fetcher } = site({
      'https://slow.example.com/': () => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('<html><body><p>First paragraph'))
          },
          cancel() {
            cancelled = true
          },
        })
        return new Response(body, { headers: { 'content-type': 'text/html' } })
      },
    })
    expectRefusal(
      await guardedFetch('https://slow.example.com/', { fetcher, timeoutMs: 50 }),
      'timeout',
      504,
    )
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(cancelled).toBe(true)
  })

  it('refuses a 5 MB body, stopping the read past 2 MB', async () => {
    let pulled = 0
    const chunk = new Uint8Array(64 * 1024).fill(0x61)
    const { fetcher } = site({
      'https://big.example.com/': () => {
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled++
            if (pulled > 80) controller.close()
            else controller.enqueue(chunk)
          },
        })
        return new Response(body, { headers: { 'content-type': 'text/html' } })
      },
    })
    const result = await guardedFetch('https://big.example.com/', { fetcher })
    expectRefusal(result, 'too_large', 413)
    expect(pulled).toBeLessThan(40)
  })

  it('refuses a body whose Content-Length is over the limit before reading it', async () => {
    const { fetcher } = site({
      'https://big.example.com/': () =>
        new Response('x', {
          headers: { 'content-type': 'text/html', 'content-length': String(5 * 1024 * 1024) },
        }),
    })
    expectRefusal(await guardedFetch('https://big.example.com/', { fetcher }), 'too_large', 413)
  })

  it('refuses an image, and a body with no content type', async () => {
    const { fetcher } = site({
      'https://news.example.com/photo': html('\x89PNG', 'image/png'),
      'https://news.example.com/blob': () => new Response(new Uint8Array([1, 2, 3])),
    })
    const png = await guardedFetch('https://news.example.com/photo', { fetcher })
    expectRefusal(png, 'content_type', 415)
    expect((png as FetchRefusal).message).toContain('image/png')
    expectRefusal(
      await guardedFetch('https://news.example.com/blob', { fetcher }),
      'content_type',
      415,
    )
  })

  it('accepts XHTML and plain text', async () => {
    const { fetcher } = site({
      'https://news.example.com/x': html(page, 'application/xhtml+xml'),
      'https://news.example.com/t': html('Plain words.', 'text/plain; charset=utf-8'),
    })
    expect(await guardedFetch('https://news.example.com/x', { fetcher })).toMatchObject({
      ok: true,
      contentType: 'application/xhtml+xml',
    })
    expect(await guardedFetch('https://news.example.com/t', { fetcher })).toMatchObject({
      ok: true,
      body: 'Plain words.',
    })
  })

  it('reports an error status and a network failure', async () => {
    const { fetcher } = site({
      'https://news.example.com/down': () => {
        throw new TypeError('connection refused')
      },
    })
    const missing = await guardedFetch('https://news.example.com/missing', { fetcher })
    expectRefusal(missing, 'http_status', 502)
    expect((missing as FetchRefusal).message).toContain('404')
    expectRefusal(await guardedFetch('https://news.example.com/down', { fetcher }), 'network', 502)
  })

  it('refuses before any request for a bad URL', async () => {
    const { fetcher, requested } = site({})
    expectRefusal(await guardedFetch('http://[::1]/', { fetcher }), 'ip_literal', 400)
    expectRefusal(await guardedFetch('ftp://news.example.com/', { fetcher }), 'scheme', 400)
    expect(requested).toEqual([])
  })

  it('decodes the body by the charset of the header or of <meta charset>', async () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9]) // "café" in windows-1252
    const meta = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="iso-8859-1"><p>'),
      0xfc,
      0x62,
      0x65,
      0x72,
    ])
    const { fetcher } = site({
      'https://news.example.com/h': () =>
        new Response(latin1, { headers: { 'content-type': 'text/plain; charset=windows-1252' } }),
      'https://news.example.com/m': () =>
        new Response(meta, { headers: { 'content-type': 'text/html' } }),
      'https://news.example.com/u': html('Grüße'),
      'https://news.example.com/x': () =>
        new Response('ok', { headers: { 'content-type': 'text/html; charset=utf8mb4' } }),
    })
    expect(await guardedFetch('https://news.example.com/h', { fetcher })).toMatchObject({
      body: 'café',
    })
    expect(await guardedFetch('https://news.example.com/m', { fetcher })).toMatchObject({
      body: '<meta charset="iso-8859-1"><p>über',
    })
    expect(await guardedFetch('https://news.example.com/u', { fetcher })).toMatchObject({
      body: 'Grüße',
    })
    expect(await guardedFetch('https://news.example.com/x', { fetcher })).toMatchObject({
      body: 'ok',
    })
  })
})
