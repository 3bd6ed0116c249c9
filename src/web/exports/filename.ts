/**
 * File names of the exports, built from the report titles: `putin-pledges-vs-abc-news.md`, and the
 * `Content-Disposition` header that carries them (ASCII `filename` plus RFC 5987 `filename*`).
 */

/** Longest slug of one title, in characters. */
const SLUG_LENGTH = 40

/**
 * A title as an ASCII slug.
 *
 * @example slug('Putin’s visit: “Comprehensive” pact!') // 'putin-s-visit-comprehensive-pact'
 */
export function slug(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  const cut = ascii
    .slice(0, SLUG_LENGTH)
    .replace(/-+[^-]*$/, (tail) => (ascii.length > SLUG_LENGTH ? '' : tail))
  return cut || 'report'
}

/** `a-title-vs-b-title-crosscheck.md` for the two report titles. */
export function exportFilename(
  titles: { a: string; b: string },
  extension: 'md' | 'csv' | 'json',
): string {
  return `${slug(titles.a)}-vs-${slug(titles.b)}-crosscheck.${extension}`
}

/** `attachment; filename="…"; filename*=UTF-8''…` for an ASCII file name. */
export function contentDisposition(filename: string): string {
  return `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}
