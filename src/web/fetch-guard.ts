/**
 * The guarded fetcher for user-supplied article URLs: which URLs may be fetched at all, and a
 * fetch that follows redirects by hand, re-checking each hop, under a time and size budget.
 *
 * A fetcher that takes user URLs is the easiest way to reach things the service can see and the
 * user cannot (cloud metadata, admin ports, the local network). Workers have no DNS API, so a
 * public name that resolves to a private address cannot be caught here; Cloudflare's own egress
 * refuses private ranges, and this module refuses everything it can decide from the URL alone:
 * IP literals in any spelling, `localhost`, internal suffixes and single-label names.
 */

/** Options for `checkUrl` and `guardedFetch`; every field has a safe default. */
export type GuardOptions = {
  /** Hosts (`host` or `host:port`) allowed past the IP, name and port checks; empty by default. */
  allowHosts?: readonly string[]
  /** Budget for the whole fetch, redirects and body read included, in ms (default 5000). */
  timeoutMs?: number
  /** Largest body accepted, in bytes (default 2 MiB). */
  maxBytes?: number
  /** Redirects followed before giving up (default 3). */
  maxRedirects?: number
  /** The fetch to call; tests pass a local one (default the global `fetch`). */
  fetcher?: typeof fetch
}

/** Why a URL was not fetched, with a message fit to show the user and the HTTP status to answer. */
export type FetchRefusal = {
  ok: false
  /** Machine-readable reason. */
  code:
    | 'bad_url'
    | 'scheme'
    | 'port'
    | 'ip_literal'
    | 'private_host'
    | 'too_many_redirects'
    | 'timeout'
    | 'too_large'
    | 'content_type'
    | 'http_status'
    | 'network'
  /** One sentence naming the reason and the URL. */
  message: string
  /** Status for the route to answer with. */
  status: 400 | 413 | 415 | 422 | 502 | 504
}

/** A page fetched and decoded. */
export type FetchedPage = {
  ok: true
  /** The final URL, after redirects. */
  url: string
  /** The media type without parameters, e.g. `text/html`. */
  contentType: string
  /** The body decoded to text. */
  body: string
  /** When the body was read, as an ISO 8601 string. */
  fetchedAt: string
}

/** Allow-list used when none is given: nothing bypasses the guard. */
export const DEFAULT_ALLOW_HOSTS: readonly string[] = Object.freeze([])
/** Default time budget for a fetch, in ms. */
export const DEFAULT_TIMEOUT_MS = 5000
/** Default body size limit, in bytes. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024
/** Default number of redirects followed. */
export const DEFAULT_MAX_REDIRECTS = 3
/** Media types accepted from the server. */
export const ACCEPTED_TYPES: readonly string[] = [
  'text/html',
  'application/xhtml+xml',
  'text/plain',
]

const MAX_URL_LENGTH = 2048
const ALLOWED_PORTS = new Set(['', '80', '443'])
// Names that never resolve on the public internet (RFC 6761, RFC 8375) or that sites and cloud
// providers use for their internal networks ("metadata.google.internal").
const INTERNAL_SUFFIXES = [
  'localhost',
  'local',
  'internal',
  'intranet',
  'lan',
  'home',
  'corp',
  'localdomain',
  'home.arpa',
  'arpa',
  'test',
  'example',
  'invalid',
]

function refuse(code: FetchRefusal['code'], message: string): FetchRefusal {
  const status = STATUS_BY_CODE[code]
  return { ok: false, code, message, status }
}

const STATUS_BY_CODE: Record<FetchRefusal['code'], FetchRefusal['status']> = {
  bad_url: 400,
  scheme: 400,
  port: 400,
  ip_literal: 400,
  private_host: 400,
  too_many_redirects: 422,
  timeout: 504,
  too_large: 413,
  content_type: 415,
  http_status: 502,
  network: 502,
}

/**
 * Parses an allow-list setting such as the `FETCH_ALLOW_HOSTS` variable: hosts separated by
 * commas or spaces, lower-cased.
 *
 * @example parseAllowHosts('127.0.0.1:8787, news.test') // ['127.0.0.1:8787', 'news.test']
 */
export function parseAllowHosts(setting: string | undefined | null): string[] {
  if (!setting) return []
  return setting
    .split(/[\s,]+/)
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host !== '')
}

/** Describes an IPv4 address for a refusal message: "a loopback address" etc. */
function describeIPv4(host: string): string {
  const [a = 0, b = 0] = host.split('.').map(Number)
  if (a === 127) return 'a loopback address'
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) {
    return 'a private network address'
  }
  if (a === 169 && b === 254) return 'a link-local address (cloud metadata lives there)'
  if (a === 0) return 'an unroutable address'
  if (a === 100 && b >= 64 && b <= 127) return 'a carrier-grade NAT address'
  return 'an IP address'
}

function describeIPv6(host: string): string {
  const bare = host.replace(/^\[|\]$/g, '')
  if (bare === '::1') return 'a loopback address'
  if (bare === '::') return 'an unroutable address'
  if (/^f[cd]/.test(bare)) return 'a private network address'
  if (/^fe[89ab]/.test(bare)) return 'a link-local address'
  if (bare.startsWith('::ffff:')) return 'an IPv4-mapped address'
  return 'an IP address'
}

// The WHATWG parser already rewrites "2130706433", "0x7f.1" and "0177.0.0.1" to "127.0.0.1";
// the second pattern catches any numeric last label it left alone, as a URL parser would not.
function isIPv4Like(host: string): boolean {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return true
  const last = host.split('.').pop() ?? ''
  return /^(0x[0-9a-f]*|\d+)$/i.test(last)
}

function isAllowed(url: URL, allowHosts: readonly string[]): boolean {
  if (allowHosts.length === 0) return false
  // `url.host` omits the default port, so "news.test" matches only ports 80/443 and
  // "127.0.0.1:8787" matches only that port.
  return allowHosts.includes(url.host.toLowerCase())
}

/**
 * Decides from the URL alone whether it may be fetched.
 *
 * @example checkUrl('http://169.254.169.254/') // { ok: false, code: 'ip_literal', status: 400 }
 */
export function checkUrl(
  url: string,
  options: GuardOptions = {},
): { ok: true; url: URL } | FetchRefusal {
  const input = url.trim()
  if (input === '') return refuse('bad_url', 'No URL was given.')
  if (input.length > MAX_URL_LENGTH) {
    return refuse('bad_url', `The URL is longer than ${MAX_URL_LENGTH} characters.`)
  }
  let parsed: URL
  try {
    parsed = new URL(input)
  } catch {
    return refuse('bad_url', `"${input.slice(0, 100)}" is not a valid URL.`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return refuse(
      'scheme',
      `Only http and https URLs are fetched, not ${parsed.protocol} (${input.slice(0, 100)}).`,
    )
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return refuse('bad_url', 'URLs with a user name or password are not fetched.')
  }
  if (isAllowed(parsed, options.allowHosts ?? DEFAULT_ALLOW_HOSTS)) return { ok: true, url: parsed }

  if (!ALLOWED_PORTS.has(parsed.port)) {
    return refuse(
      'port',
      `Only ports 80 and 443 are fetched, not port ${parsed.port} (${parsed.href}).`,
    )
  }
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '')
  if (host.startsWith('[')) {
    return refuse(
      'ip_literal',
      `${parsed.hostname} is ${describeIPv6(host)}; give the site's name, not an IP address.`,
    )
  }
  if (isIPv4Like(host)) {
    return refuse(
      'ip_literal',
      `${host} is ${describeIPv4(host)}; give the site's name, not an IP address.`,
    )
  }
  if (!host.includes('.')) {
    return refuse('private_host', `"${host}" is a local name, not a public web site.`)
  }
  const internal = INTERNAL_SUFFIXES.find(
    (suffix) => host === suffix || host.endsWith(`.${suffix}`),
  )
  if (internal !== undefined) {
    return refuse(
      'private_host',
      `${host} is an internal name (.${internal}), not a public web site.`,
    )
  }
  return { ok: true, url: parsed }
}

/** Media type of a Content-Type header, lower-cased, without parameters. */
function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase()
}

/** Charset named in a Content-Type header or in the first bytes of an HTML page, if any. */
function findCharset(header: string | null, head: Uint8Array): string | null {
  const fromHeader = /charset\s*=\s*"?([\w:.-]+)/i.exec(header ?? '')
  if (fromHeader) return fromHeader[1]!
  // <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">
  // must sit in the first 1024 bytes (HTML's prescan), which are ASCII in every such charset.
  const prefix = new TextDecoder('latin1').decode(head.subarray(0, 1024))
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w:.-]+)/i.exec(prefix)
  return fromMeta ? fromMeta[1]! : null
}

/** Decodes a body by its declared charset, falling back to UTF-8 for unknown labels. */
function decode(bytes: Uint8Array, contentType: string | null): string {
  const charset = findCharset(contentType, bytes)
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes)
    } catch {
      // an unknown label such as "utf8mb4" falls through to UTF-8
    }
  }
  return new TextDecoder('utf-8').decode(bytes)
}

type Read = { ok: true; bytes: Uint8Array } | { ok: false }

/** Reads a body stream, cancelling it once it passes `maxBytes` or the fetch is aborted. */
async function readLimited(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Read> {
  if (body === null) return { ok: true, bytes: new Uint8Array(0) }
  const reader = body.getReader()
  // A server that sends headers and then stalls is cut by the same timer as the request.
  signal.addEventListener('abort', () => void reader.cancel().catch(() => {}), { once: true })
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      return { ok: false }
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return { ok: true, bytes }
}

const REQUEST_HEADERS = {
  accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8',
  'user-agent': 'crosscheck/0.1 (compares two news reports; one request per submitted URL)',
}

async function fetchHops(
  start: URL,
  options: GuardOptions,
  signal: AbortSignal,
): Promise<FetchedPage | FetchRefusal> {
  const fetcher = options.fetcher ?? ((input, init) => fetch(input, init))
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  let url = start
  for (let hop = 0; ; hop++) {
    let response: Response
    try {
      response = await fetcher(url.href, { redirect: 'manual', signal, headers: REQUEST_HEADERS })
    } catch (error) {
      if (signal.aborted) throw error
      return refuse('network', `${url.host} could not be reached (${String(error).slice(0, 120)}).`)
    }
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      await response.body?.cancel().catch(() => {})
      if (hop >= maxRedirects) {
        return refuse(
          'too_many_redirects',
          `${start.href} redirected more than ${maxRedirects} times.`,
        )
      }
      const location = response.headers.get('location')!
      let next: URL
      try {
        next = new URL(location, url)
      } catch {
        return refuse(
          'bad_url',
          `${url.href} redirected to "${location.slice(0, 100)}", which is not a valid URL.`,
        )
      }
      const check = checkUrl(next.href, options)
      if (!check.ok) {
        // The user's URL was fine; the site sent us somewhere we do not go.
        return {
          ...check,
          status: 422,
          message: `${url.href} redirected to a refused address: ${check.message}`,
        }
      }
      url = check.url
      continue
    }
    if (response.status < 200 || response.status >= 300) {
      await response.body?.cancel().catch(() => {})
      const reason = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
      return refuse('http_status', `${url.href} answered ${reason} instead of a page.`)
    }
    const header = response.headers.get('content-type')
    const type = mediaType(header)
    if (!ACCEPTED_TYPES.includes(type)) {
      await response.body?.cancel().catch(() => {})
      const what = type === '' ? 'no content type' : type
      return refuse('content_type', `${url.href} is ${what}, not a web page (HTML or plain text).`)
    }
    const tooLarge = () =>
      refuse(
        'too_large',
        `${url.href} is larger than the limit of ${Math.round(maxBytes / 1024)} KiB.`,
      )
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      await response.body?.cancel().catch(() => {})
      return tooLarge()
    }
    const read = await readLimited(response.body, maxBytes, signal)
    if (!read.ok) return tooLarge()
    return {
      ok: true,
      url: url.href,
      contentType: type,
      body: decode(read.bytes, header),
      fetchedAt: new Date().toISOString(),
    }
  }
}

/**
 * Fetches a page under the guard: each hop checked with `checkUrl`, redirects followed by hand,
 * one timer over requests and body read, the body refused past `maxBytes`.
 *
 * @example
 * const page = await guardedFetch('https://example.com/news/1')
 * if (!page.ok) return c.text(page.message, page.status)
 */
export async function guardedFetch(
  url: string,
  options: GuardOptions = {},
): Promise<FetchedPage | FetchRefusal> {
  const check = checkUrl(url, options)
  if (!check.ok) return check
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  // The race also covers a fetcher that ignores the abort signal.
  const timeout = new Promise<FetchRefusal>((resolve) => {
    timer = setTimeout(() => {
      controller.abort()
      resolve(refuse('timeout', `${check.url.host} did not answer within ${timeoutMs / 1000} s.`))
    }, timeoutMs)
  })
  const work = fetchHops(check.url, options, controller.signal).catch((error: unknown) =>
    controller.signal.aborted
      ? refuse('timeout', `${check.url.host} did not answer within ${timeoutMs / 1000} s.`)
      : refuse('network', `${check.url.host} could not be read (${String(error).slice(0, 120)}).`),
  )
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}
