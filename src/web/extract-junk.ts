/**
 * Which elements are page furniture rather than article: menus, asides, share bars, related
 * links, newsletter and cookie boxes, comments, ads, captions and credits. The extractor skips
 * such an element with everything inside it.
 */
import type { HtmlNode } from './extract-tree'

const JUNK_TAGS = new Set([
  'nav',
  'header',
  'footer',
  'aside',
  'script',
  'style',
  'noscript',
  'form',
  'figure',
  'figcaption',
  'iframe',
  'svg',
  'button',
  'select',
  'textarea',
  'template',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'input',
  'label',
  'dialog',
  'menu',
  'head',
])
// AMP components carry furniture (amp-ad, amp-social-share, amp-sidebar, amp-consent...);
// these two hold text a reader sees.
const AMP_TEXT = new Set(['amp-fit-text', 'amp-accordion'])

const JUNK_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'dialog',
  'alertdialog',
  'search',
  'menu',
  'menubar',
  'toolbar',
])

// Whole words of a class or id ("related-stories", "article__share", "newsletterSignup").
const JUNK_WORDS = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'advertisement',
  'adslot',
  'adunit',
  'dfp',
  'banner',
  'sidebar',
  'comment',
  'comments',
  'commentlist',
  'disqus',
  'byline',
  'author',
  'credit',
  'credits',
  'caption',
  'tags',
  'meta',
  'toolbar',
  'nav',
  'navigation',
  'menu',
  'footer',
  'header',
  'masthead',
  'signup',
  'trending',
  'popular',
  'mostread',
  'widget',
  'popup',
  'modal',
  'gdpr',
  'consent',
  'skip',
])
// Beginnings of a word: "sharedaddy", "socialbar", "relatedposts", "subscription".
const JUNK_PREFIXES = [
  'share',
  'sharing',
  'social',
  'related',
  'recommend',
  'newsletter',
  'promo',
  'advert',
  'subscri',
  'cookie',
  'sponsor',
  'outbrain',
  'taboola',
  'paywall',
  'breadcrumb',
]
// Whole class names for text not shown, such as screen-reader-only "Share on Facebook".
const HIDDEN_CLASSES = new Set([
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'hidden',
  'is-hidden',
  'd-none',
])

/** Words of a class or id value: split on spaces, dashes, underscores and camelCase humps. */
function wordsOf(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter((w) => w !== '')
}

/**
 * How surely the markup says "the article is here": 3 for `[itemprop=articleBody]`, 2 for
 * `<article>`, 1 for `<main>` or `role=main`, 0 otherwise.
 */
export function containerRank(node: HtmlNode): number {
  if (/\barticleBody\b/.test(node.attrs.itemprop ?? '')) return 3
  if (node.tag === 'article') return 2
  if (node.tag === 'main' || node.attrs.role === 'main') return 1
  return 0
}

/** True when the element, and all it holds, is furniture to leave out. */
export function isJunk(node: HtmlNode): boolean {
  const { tag, attrs } = node
  if (JUNK_TAGS.has(tag)) return true
  if (tag.startsWith('amp-') && !AMP_TEXT.has(tag)) return true
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true') return true
  if (/display\s*:\s*none/i.test(attrs.style ?? '')) return true
  if (JUNK_ROLES.has(attrs.role ?? '')) return true
  // "comments-open" on <body> or "has-related" on <article> must not drop the article.
  if (tag === 'body' || tag === 'html' || containerRank(node) > 0) return false
  const names = `${attrs.class ?? ''} ${attrs.id ?? ''}`
  if (names.trim() === '') return false
  if (names.split(/\s+/).some((name) => HIDDEN_CLASSES.has(name.toLowerCase()))) return true
  return wordsOf(names).some(
    (word) => JUNK_WORDS.has(word) || JUNK_PREFIXES.some((prefix) => word.startsWith(prefix)),
  )
}
