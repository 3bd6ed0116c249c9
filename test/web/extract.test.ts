// Extraction against hand-written news pages of eight layouts: each fixture's expected.txt is
// the article body a reader sees; the extractor must keep 95 % of its words and add under 5 %.
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../src/web/extract'
import ampExpected from '../fixtures/html/amp/expected.txt?raw'
import amp from '../fixtures/html/amp/page.html?raw'
import commentsExpected from '../fixtures/html/comments/expected.txt?raw'
import comments from '../fixtures/html/comments/page.html?raw'
import divExpected from '../fixtures/html/div-paragraphs/expected.txt?raw'
import div from '../fixtures/html/div-paragraphs/page.html?raw'
import germanExpected from '../fixtures/html/german/expected.txt?raw'
import german from '../fixtures/html/german/page.html?raw'
import jsonLdExpected from '../fixtures/html/jsonld-article/expected.txt?raw'
import jsonLd from '../fixtures/html/jsonld-article/page.html?raw'
import liveExpected from '../fixtures/html/live-blog/expected.txt?raw'
import live from '../fixtures/html/live-blog/page.html?raw'
import paywallExpected from '../fixtures/html/paywall-teaser/expected.txt?raw'
import paywall from '../fixtures/html/paywall-teaser/page.html?raw'
import wordpressExpected from '../fixtures/html/wordpress/expected.txt?raw'
import wordpress from '../fixtures/html/wordpress/page.html?raw'

type Case = {
  name: string
  html: string
  expected: string
  title: string | null
  byline: string | null
  published: string | null
}

const cases: Case[] = [
  {
    name: 'wordpress',
    html: wordpress,
    expected: wordpressExpected,
    title: 'Millbrook council approves 14% water rate increase',
    byline: 'Dana Whitfield',
    published: '2026-03-11T06:12:44+00:00',
  },
  {
    name: 'jsonld-article',
    html: jsonLd,
    expected: jsonLdExpected,
    title: 'Port strike halts container traffic at Halvern and Eastmouth',
    byline: 'Jonas Beck, Amara Osei',
    published: '2026-03-16T08:41:00Z',
  },
  {
    name: 'div-paragraphs',
    html: div,
    expected: divExpected,
    title: 'Valley bus services cut by a third from June',
    byline: null,
    published: null,
  },
  {
    name: 'live-blog',
    html: live,
    expected: liveExpected,
    title: 'Storm Imke live: 90,000 homes without power, ferries cancelled',
    byline: 'Lotte Brink and Samir Haddad',
    published: '2026-01-20T06:05:00+01:00',
  },
  {
    name: 'amp',
    html: amp,
    expected: ampExpected,
    title: 'Central bank raises rates for first time in two years',
    byline: 'Erik Dahl',
    published: '2026-03-18T13:02:00+01:00',
  },
  {
    name: 'paywall-teaser',
    html: paywall,
    expected: paywallExpected,
    title: 'Surgery waits nearly double in five years as orthopaedic backlog grows',
    byline: 'Tom Ellery',
    published: '2026-02-09T05:00:00Z',
  },
  {
    name: 'comments',
    html: comments,
    expected: commentsExpected,
    title: 'Planning board approves Greyfield solar farm after two-year fight',
    byline: 'Beth Kowalski',
    published: '2026-04-02T21:30:00-05:00',
  },
  {
    name: 'german',
    html: german,
    expected: germanExpected,
    title: 'Stadtrat beschließt autofreie Innenstadt ab 2027',
    byline: 'Katrin Vogel',
    published: '2026-03-24T19:45:00+01:00',
  },
]

/** Lower-cased words, letters and digits only, as a multiset. */
function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return counts
}

/** Share of reference words kept, and share of extracted words not in the reference. */
function score(got: string, expected: string): { kept: number; extra: number } {
  const want = bag(expected)
  const have = bag(got)
  let common = 0
  let wantTotal = 0
  let haveTotal = 0
  for (const [word, n] of want) {
    wantTotal += n
    common += Math.min(n, have.get(word) ?? 0)
  }
  for (const n of have.values()) haveTotal += n
  return { kept: common / wantTotal, extra: haveTotal === 0 ? 0 : (haveTotal - common) / haveTotal }
}

describe('extractArticle on news page fixtures', () => {
  it.each(cases)('keeps the body of $name and little else', async ({ html, expected, name }) => {
    const article = await extractArticle(html)
    const { kept, extra } = score(article.text, expected)
    console.log(
      `${name}: kept ${(kept * 100).toFixed(1)} %, extra ${(extra * 100).toFixed(1)} %, ${article.words} words`,
    )
    if (kept < 0.95 || extra > 0.05) console.log(article.text)
    expect(kept).toBeGreaterThanOrEqual(0.95)
    expect(extra).toBeLessThanOrEqual(0.05)
  })

  it.each(cases)('reads the title, byline and date of $name', async (c) => {
    const article = await extractArticle(c.html)
    expect({ title: article.title, byline: article.byline, published: article.published }).toEqual({
      title: c.title,
      byline: c.byline,
      published: c.published,
    })
  })
})
