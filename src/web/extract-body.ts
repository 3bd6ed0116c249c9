/**
 * Finds the article body in a parsed page and renders it as paragraphs.
 *
 * The page is first cut into runs: the text between two block boundaries, with furniture
 * (see `extract-junk.ts`) skipped. Each run of prose (few links, three words or more) credits its
 * length to every enclosing element. The body is then the surest article container holding
 * half the prose or more (`[itemprop=articleBody]`, then `<article>`, then `<main>`); a page
 * without one falls back to the element with the densest prose among its own children, a
 * simplification of Readability's scoring (parent full credit, grandparent half), with sibling
 * blocks of the same kind joined so that a body split by ad slots stays whole.
 */
import { containerRank, isJunk } from './extract-junk'
import type { HtmlNode } from './extract-tree'

/** A paragraph candidate: the text between two block boundaries. */
type Run = {
  /** Text with whitespace collapsed. */
  text: string
  /** Share of the characters that sit inside links, 0 to 1. */
  linkDensity: number
  /** The innermost block element holding the run. */
  block: HtmlNode
  /** `h1` for the headline, `heading` for h2 to h6, `text` otherwise. */
  kind: 'h1' | 'heading' | 'text'
}

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'font',
  'del',
  'ins',
  'big',
  'tt',
  'nobr',
  'br',
])

/** Cuts the page into runs in document order, skipping furniture. */
function cutRuns(root: HtmlNode): { runs: Run[]; containers: HtmlNode[] } {
  const runs: Run[] = []
  const containers: HtmlNode[] = []
  let parts: string[] = []
  let linkChars = 0
  const flush = (block: HtmlNode) => {
    const raw = parts.join('')
    parts = []
    const total = raw.replace(/\s+/g, '').length
    const density = total === 0 ? 0 : Math.min(1, linkChars / total)
    linkChars = 0
    const kind = block.tag === 'h1' ? 'h1' : /^h[2-6]$/.test(block.tag) ? 'heading' : 'text'
    // A <br> splits a paragraph: "<div>First.<br><br>Second.</div>" is two paragraphs.
    for (const line of raw.split('\n')) {
      const text = line.replace(/\s+/g, ' ').trim()
      if (text !== '') runs.push({ text, linkDensity: density, block, kind })
    }
  }
  const visit = (node: HtmlNode, block: HtmlNode, inLink: boolean) => {
    for (const child of node.children) {
      if (typeof child === 'string') {
        parts.push(child.replace(/\n/g, ' '))
        if (inLink) linkChars += child.replace(/\s+/g, '').length
        continue
      }
      if (isJunk(child)) continue
      if (child.tag === 'br') {
        parts.push('\n')
      } else if (INLINE.has(child.tag)) {
        visit(child, block, inLink || child.tag === 'a')
      } else {
        if (containerRank(child) > 0) containers.push(child)
        flush(block)
        visit(child, child, false)
        flush(child)
      }
    }
  }
  visit(root, root, false)
  flush(root)
  return { runs, containers }
}

/** True for a run that reads as prose rather than a link list, label or button. */
function isProse(run: Run): boolean {
  return run.kind === 'text' && run.linkDensity < 0.5 && run.text.split(' ').length >= 3
}

const PARAGRAPH_TAGS = new Set(['p', 'li', 'blockquote', 'dd', 'pre', 'td'])

// A credit line in several languages: "By Jane Doe", "Von Katrin Vogel · 24.03.2026";
// not "By noon, the roads were closed."
const BYLINE =
  /^([Bb]y|[Vv]on|[Pp]or|[Pp]ar|[Dd]i|[Dd]oor|[Aa]v|[Aa]f)\s+\p{Lu}[\p{L}.-]*\s+\p{Lu}/u

/** True for furniture inside the body: a short label ("Advertisement", "Live") or a byline. */
function isLabel(run: Run): boolean {
  if (run.kind !== 'text') return false
  const words = run.text.split(' ').length
  if (words <= 12 && BYLINE.test(run.text)) return true
  if (PARAGRAPH_TAGS.has(run.block.tag)) return false
  return words < 4 && !/[.!?"”“»]$/.test(run.text)
}

function ancestors(node: HtmlNode): HtmlNode[] {
  const list: HtmlNode[] = []
  for (let n: HtmlNode | null = node; n !== null; n = n.parent) list.push(n)
  return list
}

function depth(node: HtmlNode): number {
  return ancestors(node).length
}

function contains(outer: HtmlNode, inner: HtmlNode): boolean {
  return ancestors(inner).includes(outer)
}

/** The elements whose runs make the article body. */
function chooseBody(runs: Run[], containers: HtmlNode[]): HtmlNode[] {
  const prose = new Map<HtmlNode, number>()
  const density = new Map<HtmlNode, number>()
  let total = 0
  for (const run of runs) {
    if (!isProse(run)) continue
    total += run.text.length
    for (const node of ancestors(run.block))
      prose.set(node, (prose.get(node) ?? 0) + run.text.length)
    // Readability's credit: the block itself when it holds text directly (a <div> of prose),
    // else its parent in full and its grandparent in half.
    const holder = run.block.tag === 'p' ? run.block.parent : run.block
    if (holder === null) continue
    density.set(holder, (density.get(holder) ?? 0) + run.text.length)
    if (holder.parent) {
      density.set(holder.parent, (density.get(holder.parent) ?? 0) + run.text.length / 2)
    }
  }
  if (total === 0) return []

  // The surest container holding at least half the prose: articleBody, then article, then main;
  // among equals the one with more prose, then the deeper one.
  const held = containers.filter((c) => (prose.get(c) ?? 0) >= total * 0.5)
  if (held.length > 0) {
    held.sort(
      (x, y) =>
        containerRank(y) - containerRank(x) || prose.get(y)! - prose.get(x)! || depth(y) - depth(x),
    )
    return [held[0]!]
  }

  let best: HtmlNode | null = null
  for (const [node, score] of density) if (best === null || score > density.get(best)!) best = node
  if (best === null || best.parent === null) return best ? [best] : []
  const top = best
  const siblings = best.parent.children.filter((c): c is HtmlNode => typeof c !== 'string')
  return siblings.filter(
    (s) =>
      s === top ||
      ((prose.get(s) ?? 0) >= (prose.get(top) ?? 0) * 0.2 &&
        s.tag === top.tag &&
        (s.attrs.class ?? '') === (top.attrs.class ?? '')),
  )
}

/**
 * Renders the article body of a parsed page: paragraphs separated by blank lines, h2 to h6 as
 * lines of their own when prose follows them, links lists and the headline left out.
 */
export function extractBody(root: HtmlNode): string {
  const { runs, containers } = cutRuns(root)
  const body = chooseBody(runs, containers)
  if (body.length === 0) return ''
  const inside = runs.filter((run) => body.some((b) => contains(b, run.block)))
  const kept: Run[] = []
  for (const run of inside) {
    if (run.kind === 'h1' || run.linkDensity >= 0.5 || isLabel(run)) continue
    // A heading with nothing under it ("Related stories" over a dropped link list) goes too.
    if (kept.length > 0 && kept[kept.length - 1]!.kind === 'heading' && run.kind === 'heading') {
      kept.pop()
    }
    kept.push(run)
  }
  if (kept.length > 0 && kept[kept.length - 1]!.kind === 'heading') kept.pop()
  return kept.map((run) => run.text).join('\n\n')
}
