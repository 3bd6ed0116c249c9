/**
 * Article text, titles and sources are untrusted: every payload of the corpus must come back
 * escaped, inside `hx-disable`, under a CSP that allows scripts from this origin only.
 */

import { describe, expect, it } from 'vitest'
import { postForm, request } from './helpers'

const CORPUS = [
  '<script>alert("xss")</script>',
  '"><img src=x onerror=alert(1)>',
  '<a hx-get="/api/evil" hx-trigger="load">click</a>',
  '<div hx-on:click="alert(1)">x</div>',
  'javascript:alert(document.cookie)',
  "'><svg onload=alert(2)>",
  '<iframe src="javascript:alert(3)"></iframe>',
]

const TEXT = CORPUS.map((payload, i) => `Claim ${i + 1} says ${payload} today.`).join('\n\n')

async function pageWithCorpus(): Promise<string> {
  const response = await postForm(
    { text: TEXT, title: '<script>alert("title")</script>', source: 'javascript:alert(1)' },
    { text: `${TEXT}\n\nAnother claim only here.`, title: '"><img src=x onerror=alert(9)>', source: 'https://example.com/"><b>x' },
  )
  expect(response.status).toBe(303)
  return (await request(response.headers.get('Location') ?? '')).text()
}

describe('untrusted text', () => {
  it('appears only escaped on the comparison page', async () => {
    const html = await pageWithCorpus()
    expect(html.match(/<script/g)?.length).toBe(2)
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<svg')
    expect(html).not.toContain('<iframe')
    expect(html).not.toMatch(/<a [^>]*hx-get="\/api\/evil"/)
    expect(html).not.toContain('hx-on:click="alert')
    expect(html).not.toMatch(/href="javascript:/i)
    expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;')
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('Source: javascript:alert(1)')
  })

  it('is wrapped in hx-disable so htmx ignores attributes in it', async () => {
    const html = await pageWithCorpus()
    const article = html.indexOf('<div class="article" hx-disable="true">')
    expect(article).toBeGreaterThan(-1)
    expect(html.indexOf('Claim 1 says')).toBeGreaterThan(article)
  })

  it('is escaped when echoed back into the form after an error', async () => {
    const response = await postForm({ text: '' }, { text: TEXT, title: '"><script>x</script>' })
    const html = await response.text()
    expect(response.status).toBe(400)
    expect(html.match(/<script/g)?.length).toBe(2)
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"')
  })

  it('is escaped in the JSON API as plain JSON strings', async () => {
    const html = await pageWithCorpus()
    const id = html.match(/data-id="([0-9a-z]+)"/)?.[1]
    const response = await request(`/api/c/${id}`)
    expect(response.headers.get('Content-Type')).toContain('application/json')
    expect((await response.text()).includes('<script>alert(\\"xss\\")</script>')).toBe(true)
  })
})

describe('security headers', () => {
  it('send a CSP allowing scripts and styles from this origin only', async () => {
    for (const path of ['/', '/c/zzzzzzzz', '/api/c/zzzzzzzz']) {
      const csp = (await request(path)).headers.get('Content-Security-Policy') ?? ''
      expect(csp, path).toContain("script-src 'self'")
      expect(csp, path).toContain("style-src 'self'")
      expect(csp, path).toContain("frame-ancestors 'none'")
      expect(csp, path).not.toContain('unsafe-inline')
    }
  })

  it('send the other secure headers', async () => {
    const response = await request('/')
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(response.headers.get('X-Frame-Options')).toBe('SAMEORIGIN')
  })
})
