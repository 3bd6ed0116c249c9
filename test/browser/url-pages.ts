/**
 * A small local news site for the URL browser test: node:http on 127.0.0.1, serving the two
 * fixture pages of test/fixtures/url/ and recording what was asked for.
 */

import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'

const FIXTURES = resolve(import.meta.dirname, '../fixtures/url')

/** Path on the test site -> fixture file. */
const PAGES: Record<string, string> = {
  '/news/ferry-aground': 'harbour-gazette.html',
  '/2026/03/saltire-dawn': 'island-times.html',
}

/** A running page server. */
export type PageServer = {
  /** `127.0.0.1:<port>`, the value for `FETCH_ALLOW_HOSTS`. */
  host: string
  /** Absolute URLs of the two pages. */
  urls: { a: string; b: string }
  /** Paths requested so far. */
  requested: string[]
  stop: () => Promise<void>
}

/** Starts the page server on a free loopback port. */
export async function startPageServer(): Promise<PageServer> {
  const requested: string[] = []
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    requested.push(path)
    const file = PAGES[path]
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
      return
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(readFileSync(resolve(FIXTURES, file)))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    host,
    urls: { a: `http://${host}/news/ferry-aground`, b: `http://${host}/2026/03/saltire-dawn` },
    requested,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  }
}
