/**
 * From a URL to an article ready for the engine: the guarded fetch, then extraction, then the
 * check that a page gave enough text to be worth comparing.
 */
import { type Article, countWords, extractArticle } from './extract'
import { type FetchRefusal, type GuardOptions, guardedFetch } from './fetch-guard'

/** Fewest words of body text that count as an article (issue 5: "under ~50 words"). */
export const MIN_ARTICLE_WORDS = 50

/** A page that was fetched but holds no article. */
export type NoArticle = {
  ok: false
  code: 'no_article'
  message: 'could not find an article on this page'
  status: 422
}

/** An article fetched from `url` (the final URL, after redirects) at `fetchedAt`. */
export type FetchedArticle = { ok: true; article: Article; url: string; fetchedAt: string }

/** Turns a `text/plain` page into an article: blank lines part paragraphs, no metadata. */
function plainArticle(body: string): Article {
  const text = body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n')
  return { title: null, byline: null, published: null, text, words: countWords(text) }
}

/**
 * Fetches a page under the guard and extracts its article.
 *
 * @example
 * const result = await fetchArticle(url, { allowHosts: parseAllowHosts(c.env.FETCH_ALLOW_HOSTS) })
 * if (!result.ok) return c.text(result.message, result.status)
 */
export async function fetchArticle(
  url: string,
  options?: GuardOptions,
): Promise<FetchedArticle | FetchRefusal | NoArticle> {
  const page = await guardedFetch(url, options)
  if (!page.ok) return page
  const article =
    page.contentType === 'text/plain'
      ? plainArticle(page.body)
      : await extractArticle(page.body, page.url)
  if (article.words < MIN_ARTICLE_WORDS) {
    return {
      ok: false,
      code: 'no_article',
      message: 'could not find an article on this page',
      status: 422,
    }
  }
  return { ok: true, article, url: page.url, fetchedAt: page.fetchedAt }
}
