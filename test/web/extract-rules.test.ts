// Single extraction rules on small pages: entities, paragraph breaks, furniture, metadata order.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../src/web/extract'
import { decodeEntities } from '../../src/web/extract-entities'
import { stripInert } from '../../src/web/extract-tree'

const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Sentence number ${i + 1} of the report says something.</p>`,
  ).join('')

describe('decodeEntities', () => {
  it.each([
    { input: 'Fish &amp; chips', expected: 'Fish & chips' },
    { input: '&#8220;Yes&#8221; &#x2014; &eacute;t&eacute;', expected: '“Yes” — été' },
    { input: 'Stra&szlig;e &Uuml;ber &nbsp;', expected: 'Straße Über \u00a0' },
    { input: '&unknownname; &amp &#0; &#x110000;', expected: '&unknownname; &amp \uFFFD \uFFFD' },
  ])('decodes $input', ({ input, expected }) => {
    expect(decodeEntities(input)).toBe(expected)
  })
})

describe('stripInert', () => {
  it('drops scripts, styles, SVG and comments but keeps JSON-LD and the spaces between words', () => {
    const html = `<head><script>var a = "</p>"</script><STYLE>p{}</STYLE>
      <script type="application/ld+json">{"@type":"NewsArticle"}</script></head>
      <body><!-- <p>old</p> --><p>Said <a href="/x">the minister</a> <em>today</em>.</p>
      <svg><path d="M0 0"/></svg></body>`
    expect(stripInert(html)).toBe(
      '<head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>' +
        '<body><p>Said <a href="/x">the minister</a> <em>today</em>.</p></body>',
    )
  })
})

describe('extractArticle', () => {
  it('puts headings on their own line and splits paragraphs at <br>', async () => {
    const html = `<article><h1>Title</h1><p>One &amp; only.</p><h2>Part two</h2>
      <div>A first line of text.<br><br>A second after the break.</div>${prose(3)}</article>`
    const { text } = await extractArticle(html)
    expect(text.split('\n\n').slice(0, 4)).toEqual([
      'One & only.',
      'Part two',
      'A first line of text.',
      'A second after the break.',
    ])
  })

  it('drops a heading left with nothing under it', async () => {
    const html = `<article>${prose(4)}<h2>Related stories</h2><ul><li><a href="/a">Another story</a></li></ul></article>`
    expect((await extractArticle(html)).text).not.toContain('Related stories')
  })

  it('drops furniture by tag, role and class words', async () => {
    const html = `<article>${prose(4)}
      <div class="social-share-bar">Share this story with friends now</div>
      <div class="newsletterSignup"><p>Get our newsletter every morning in your inbox.</p></div>
      <div class="ad-slot"><p>Advertisement for something else entirely here</p></div>
      <div role="navigation"><p>Previous story and next story links here</p></div>
      <span class="sr-only">Opens in a new window</span></article>`
    const { text } = await extractArticle(html)
    expect(text).toBe(
      prose(4)
        .replace(/<\/?p>/g, (tag) => (tag === '</p>' ? '\n\n' : ''))
        .trim(),
    )
  })

  it('does not mistake a class word that contains "ad" for an ad', async () => {
    const html = `<div class="lead-story"><div class="headline-area loaded">${prose(5)}</div></div>`
    expect((await extractArticle(html)).words).toBe(40)
  })

  it('prefers og:title, then the <h1>, then <title> without the site name', async () => {
    const body = `<body><h1>The headline</h1>${prose(3)}</body>`
    const og = `<head><meta property="og:title" content="OG &amp; title"><title>T</title></head>`
    expect((await extractArticle(`<html>${og}${body}</html>`)).title).toBe('OG & title')
    expect((await extractArticle(`<html><head><title>T</title></head>${body}</html>`)).title).toBe(
      'The headline',
    )
    const titleOnly = `<html><head><title>Council votes on the budget | Daily News</title></head><body>${prose(3)}</body></html>`
    expect((await extractArticle(titleOnly)).title).toBe('Council votes on the budget')
  })

  it('reads authors from JSON-LD in a @graph and ignores a profile URL in article:author', async () => {
    const html = `<html><head><meta property="article:author" content="https://facebook.com/someone">
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],
      "author":[{"name":"Ana Ruiz"},"Li Wei"],"datePublished":"2026-05-01"}]}</script></head>
      <body>${prose(3)}</body></html>`
    const article = await extractArticle(html)
    expect(article.byline).toBe('Ana Ruiz, Li Wei')
    expect(article.published).toBe('2026-05-01')
  })

  it('falls back to the JSON-LD articleBody for a page built by script', async () => {
    const body = 'Words of the report. '.repeat(30).trim()
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"${body}"}</script>
      </head><body><div id="root"></div><noscript>Enable JavaScript</noscript></body></html>`
    const article = await extractArticle(html)
    expect(article.text).toBe(body)
    expect(article.words).toBe(120)
  })

  it('returns empty text and nulls for an empty page', async () => {
    expect(await extractArticle('')).toEqual({
      title: null,
      byline: null,
      published: null,
      text: '',
      words: 0,
    })
  })

  it('never throws on arbitrary markup', async () => {
    const tag = fc.constantFrom(
      'p',
      'div',
      'article',
      'br',
      'script',
      'h2',
      'a',
      'main',
      'svg',
      'li',
    )
    const piece = fc.oneof(
      fc.string(),
      tag.map((t) => `<${t} class="share">`),
      tag.map((t) => `</${t}>`),
      fc.constant('&amp;&#x1F600;&bogus;'),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (pieces) => {
        const article = await extractArticle(pieces.join(''))
        expect(typeof article.text).toBe('string')
      }),
      { numRuns: 150 },
    )
  })
})
