// fetchArticle: the guarded fetch and the extractor together, with the page served locally.
import { describe, expect, it } from 'vitest'
import { fetchArticle, MIN_ARTICLE_WORDS } from '../../src/web/ingest'
import jsonLd from '../fixtures/html/jsonld-article/page.html?raw'

function serve(body: BodyInit, type: string) {
  return (async () => new Response(body, { headers: { 'content-type': type } })) as typeof fetch
}

describe('fetchArticle', () => {
  it('returns the article, the final URL and the fetch time', async () => {
    const result = await fetchArticle('https://northerncourier.example.com/port-strike', {
      fetcher: serve(jsonLd, 'text/html; charset=utf-8'),
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.url).toBe('https://northerncourier.example.com/port-strike')
    expect(Date.parse(result.fetchedAt)).not.toBeNaN()
    expect(result.article.title).toBe(
      'Port strike halts container traffic at Halvern and Eastmouth',
    )
    expect(result.article.byline).toBe('Jonas Beck, Amara Osei')
    expect(result.article.text).toContain('\n\nOperators say offer is final\n\n')
    expect(result.article.words).toBeGreaterThan(250)
  })

  it('reports an empty page as no article', async () => {
    const result = await fetchArticle('https://news.example.com/empty', {
      fetcher: serve(
        '<!doctype html><html><head><title>Home</title></head><body></body></html>',
        'text/html',
      ),
    })
    expect(result).toEqual({
      ok: false,
      code: 'no_article',
      message: 'could not find an article on this page',
      status: 422,
    })
  })

  it(`reports a page of menus and a few lines, under ${MIN_ARTICLE_WORDS} words, as no article`, async () => {
    const page = `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <main><p>Welcome to our site. Read the latest stories below.</p></main>
      <footer>Copyright 2026 Example News. All rights reserved.</footer></body></html>`
    const result = await fetchArticle('https://news.example.com/', {
      fetcher: serve(page, 'text/html'),
    })
    expect(result).toMatchObject({ ok: false, code: 'no_article', status: 422 })
  })

  it('keeps the paragraphs of a plain text page', async () => {
    const text = `${'First paragraph of the report with enough words in it. '.repeat(5)}\r\n\r\n${'Second paragraph, just as long as the first one was. '.repeat(5)}`
    const result = await fetchArticle('https://news.example.com/report.txt', {
      fetcher: serve(text, 'text/plain'),
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.article.text.split('\n\n')).toHaveLength(2)
    expect(result.article.title).toBeNull()
  })

  it('passes a refusal of the guard through unchanged', async () => {
    expect(await fetchArticle('file:///etc/passwd')).toMatchObject({
      ok: false,
      code: 'scheme',
      status: 400,
    })
    expect(await fetchArticle('http://169.254.169.254/')).toMatchObject({
      ok: false,
      code: 'ip_literal',
      status: 400,
    })
  })
})
