/**
 * Headline, byline and publication date of a page, read from its `<meta>` tags, JSON-LD and
 * markup, each in a fixed order of trust: what the publisher declared for machines first.
 */
import { type HtmlNode, textOf, walk } from './extract-tree'

/** Title, byline and date as found; null where the page does not say. */
export type PageMeta = {
  /** Headline: `og:title`, JSON-LD `headline`, the first `<h1>`, then `<title>`. */
  title: string | null
  /** Authors: `meta[name=author]`, `article:author`, JSON-LD `author.name`, `rel=author`. */
  byline: string | null
  /** As written: `article:published_time`, JSON-LD `datePublished`, then `<time datetime>`. */
  published: string | null
  /** JSON-LD `articleBody`, used when the markup yields no article (pages built by script). */
  ldBody: string | null
}

type Json = Record<string, unknown>

const ARTICLE_TYPES = /Article|BlogPosting|LiveBlogPosting|Report|NewsArticle|Posting/

/** Every object in the page's JSON-LD blocks whose `@type` is an article type. */
function readJsonLd(root: HtmlNode): Json[] {
  const found: Json[] = []
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit)
    if (value === null || typeof value !== 'object') return
    const object = value as Json
    const types = ([] as unknown[]).concat(object['@type'] ?? [])
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(object)
    if (object['@graph'] !== undefined) visit(object['@graph'])
  }
  for (const node of walk(root)) {
    if (node.tag !== 'script' || !/ld\+json/i.test(node.attrs.type ?? '')) continue
    try {
      visit(JSON.parse(node.children.filter((c) => typeof c === 'string').join('')))
    } catch {
      // a broken JSON-LD block is common and costs only the metadata it held
    }
  }
  return found
}

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const text = value.replace(/\s+/g, ' ').trim()
  return text === '' ? null : text
}

/** Names from a JSON-LD `author`: a string, a Person, or a list of either. */
function authorNames(author: unknown): string[] {
  return ([] as unknown[])
    .concat(author ?? [])
    .map((a) => (typeof a === 'string' ? clean(a) : clean((a as Json | null)?.name)))
    .filter((name): name is string => name !== null && !/^https?:\/\//.test(name))
}

/** `<title>` without a trailing " | Site name" when what is left still reads as a headline. */
function trimSiteName(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|\u2013\u2014·»-]\s+/)
  if (parts.length < 2) return title
  const last = parts[parts.length - 1]!
  const head = parts.slice(0, -1).join(' - ')
  const isSite = siteName !== null ? last.toLowerCase() === siteName.toLowerCase() : true
  return isSite && head.split(' ').length >= 3 ? head : title
}

/** Reads title, byline, date and any JSON-LD article body from a parsed page. */
export function readMeta(root: HtmlNode): PageMeta {
  const meta = new Map<string, string>()
  let h1: string | null = null
  let titleTag: string | null = null
  let timeTag: string | null = null
  let pubTimeTag: string | null = null
  let relAuthor: string | null = null
  for (const node of walk(root)) {
    const { attrs } = node
    if (node.tag === 'meta') {
      const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase()
      const content = clean(attrs.content)
      if (key !== '' && content !== null && !meta.has(key)) meta.set(key, content)
    } else if (node.tag === 'h1' && h1 === null) h1 = clean(textOf(node))
    else if (node.tag === 'title' && titleTag === null) titleTag = clean(textOf(node))
    else if (node.tag === 'time' && attrs.datetime) {
      const published = attrs.itemprop === 'datePublished' || 'pubdate' in attrs
      if (published && pubTimeTag === null) pubTimeTag = clean(attrs.datetime)
      if (timeTag === null) timeTag = clean(attrs.datetime)
    } else if (relAuthor === null && (attrs.rel === 'author' || attrs.itemprop === 'author')) {
      relAuthor = clean(textOf(node))
    }
  }
  const ld = readJsonLd(root)
  const fromLd = (key: string) => ld.map((o) => clean(o[key])).find((v) => v !== null) ?? null
  const ldAuthors = ld.map((o) => authorNames(o.author)).find((names) => names.length > 0)
  const metaAuthor = meta.get('author') ?? meta.get('article:author') ?? null

  const siteName = meta.get('og:site_name') ?? null
  return {
    title:
      meta.get('og:title') ??
      meta.get('twitter:title') ??
      fromLd('headline') ??
      h1 ??
      (titleTag === null ? null : trimSiteName(titleTag, siteName)),
    byline:
      (metaAuthor !== null && !/^https?:\/\//.test(metaAuthor) ? metaAuthor : null) ??
      (ldAuthors ? ldAuthors.join(', ') : null) ??
      (relAuthor !== null && relAuthor.length <= 100 ? relAuthor.replace(/^by\s+/i, '') : null),
    published:
      meta.get('article:published_time') ??
      meta.get('datepublished') ??
      fromLd('datePublished') ??
      pubTimeTag ??
      timeTag,
    ldBody: fromLd('articleBody'),
  }
}
