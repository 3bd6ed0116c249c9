/**
 * Reads HTML into a small element tree with the Workers runtime's `HTMLRewriter`, for the
 * extractor to walk: tags, attributes and decoded text, nothing else.
 *
 * HTMLRewriter streams and gives no tree, so an element handler on `*` opens a node and its
 * `onEndTag` closes it, and a document text handler appends text to the open node. lol-html does
 * not apply HTML's implied end tags (`<p>one<p>two` nests the second paragraph in the first); the
 * extractor treats every block element as a paragraph boundary, so the nesting does no harm.
 */
import { decodeEntities } from './extract-entities'

/** An element with its attributes (names lower-cased, values decoded) and children in order. */
export type HtmlNode = {
  /** Lower-cased tag name; `#root` for the document itself. */
  tag: string
  /** Attributes by lower-cased name, values with character references decoded. */
  attrs: Record<string, string>
  /** Child elements and decoded text, in document order. */
  children: (HtmlNode | string)[]
  /** The enclosing element; null for the root. */
  parent: HtmlNode | null
}

// Elements that have no end tag: asking HTMLRewriter for one throws.
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])
// Raw text elements, whose content is not HTML and must not be entity-decoded (JSON-LD lives here).
const RAW = new Set(['script', 'style'])

// Elements whose content is never article text, matched with their content. News pages carry
// hundreds of KB of inline script, style and SVG icons; each element and text chunk costs a call
// from HTMLRewriter into JavaScript, so cutting them first with one native regex pass keeps the
// parse within the Worker's CPU budget. JSON-LD scripts are kept for the metadata.
const INERT =
  /<!--[\s\S]*?-->|<(script|style|svg|noscript|template|iframe|select)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi
// Whitespace before a block tag is not text anyone reads.
const BLOCK_TAGS = [
  'div', 'p', 'ul', 'ol', 'li', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main',
  'h[1-6]', 'figure', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'form', 'blockquote', 'head',
  'body', 'html', 'link', 'meta', 'title', 'script',
]
const GAP_BEFORE_BLOCK = new RegExp(`\\s+(?=</?(?:${BLOCK_TAGS.join('|')})\\b)`, 'gi')

/** The page without comments, scripts (JSON-LD aside), styles, SVG and other inert content. */
export function stripInert(html: string): string {
  return html
    .replace(INERT, (whole, tag: string | undefined, attrs: string | undefined) =>
      tag?.toLowerCase() === 'script' && /ld\+json/i.test(attrs ?? '') ? whole : '',
    )
    .replace(GAP_BEFORE_BLOCK, '')
}

/** Parses an HTML document into an `HtmlNode` tree rooted at `#root`. */
export async function parseHtml(html: string): Promise<HtmlNode> {
  const root: HtmlNode = { tag: '#root', attrs: {}, children: [], parent: null }
  const stack: HtmlNode[] = [root]
  let pending = ''
  const flushText = () => {
    if (pending === '') return
    const node = stack[stack.length - 1]!
    node.children.push(RAW.has(node.tag) ? pending : decodeEntities(pending))
    pending = ''
  }
  const rewriter = new HTMLRewriter()
    .on('*', {
      element(el) {
        flushText()
        const attrs: Record<string, string> = {}
        for (const [name, value] of el.attributes) attrs[name.toLowerCase()] = decodeEntities(value)
        const parent = stack[stack.length - 1]!
        const node: HtmlNode = { tag: el.tagName.toLowerCase(), attrs, children: [], parent }
        parent.children.push(node)
        if (VOID.has(node.tag)) return
        try {
          el.onEndTag(() => {
            flushText()
            // Pop up to this node, closing any children whose end tags were missing.
            const at = stack.lastIndexOf(node)
            if (at > 0) stack.length = at
          })
        } catch {
          // foreign elements such as <svg><path/></svg> can also have no end tag
          return
        }
        stack.push(node)
      },
    })
    .onDocument({
      text(chunk) {
        pending += chunk.text
        if (chunk.lastInTextNode) flushText()
      },
    })
  await rewriter
    .transform(new Response(stripInert(html), { headers: { 'content-type': 'text/html' } }))
    .text()
  flushText()
  return root
}

/** All elements under `node` in document order, `node` included. */
export function* walk(node: HtmlNode): Generator<HtmlNode> {
  yield node
  for (const child of node.children) if (typeof child !== 'string') yield* walk(child)
}

/** The text of a subtree with whitespace collapsed, blocks and `<br>` joined by spaces. */
export function textOf(node: HtmlNode): string {
  const parts: string[] = []
  const visit = (n: HtmlNode) => {
    for (const child of n.children) {
      if (typeof child === 'string') parts.push(child)
      else if (child.tag !== 'script' && child.tag !== 'style') {
        parts.push(' ')
        visit(child)
        parts.push(' ')
      }
    }
  }
  visit(node)
  return parts.join('').replace(/\s+/g, ' ').trim()
}
