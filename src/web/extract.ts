/**
 * Article extraction for pages fetched by URL: headline, byline, date and body text from HTML,
 * with the Workers runtime's own `HTMLRewriter` and no DOM library.
 *
 * The steps live beside this file: `extract-tree.ts` reads the page, `extract-meta.ts` finds the
 * metadata, `extract-junk.ts` says what is furniture and `extract-body.ts` picks the body.
 */
import { extractBody } from './extract-body'
import { readMeta } from './extract-meta'
import { parseHtml } from './extract-tree'

/** What was found on a page; the body goes on to the engine like pasted text. */
export type Article = {
  /** Headline, or null when the page names none. */
  title: string | null
  /** Authors as the page gives them, or null. */
  byline: string | null
  /** Publication date as the page writes it (usually ISO 8601), or null. */
  published: string | null
  /** Body: paragraphs separated by "\n\n", headings on lines of their own. */
  text: string
  /** Number of words in `text`. */
  words: number
}

/** Counts the words of a text, as runs of non-space characters. */
export function countWords(text: string): number {
  const words = text.match(/\S+/g)
  return words === null ? 0 : words.length
}

/**
 * Extracts the article from an HTML page. `pageUrl` is accepted for callers that have it;
 * nothing in the page is fetched.
 *
 * @example const { title, text, words } = await extractArticle(page.body, page.url)
 */
export async function extractArticle(html: string, pageUrl?: string): Promise<Article> {
  void pageUrl
  const root = await parseHtml(html)
  const meta = readMeta(root)
  let text = extractBody(root)
  // Pages rendered by script ship their text only in JSON-LD.
  if (meta.ldBody !== null && countWords(text) < 50 && countWords(meta.ldBody) > countWords(text)) {
    text = meta.ldBody
  }
  return {
    title: meta.title,
    byline: meta.byline,
    published: meta.published,
    text,
    words: countWords(text),
  }
}
