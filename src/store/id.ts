/**
 * Content-derived comparison ids: the same two inputs always give the same short id.
 */

import { ENGINE_VERSION } from '../engine/version'
import type { ReportInput } from './comparisons'
import { sha256Hex } from './sha256'

/** Crockford's base 32, lower case: no i, l, o or u, so an id reads aloud without ambiguity. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'

/** Length of an id in characters (40 bits); longer only when a shorter one is taken. */
export const ID_LENGTH = 8

/** Shape of every id this module can return, for validating route parameters. */
export const ID_PATTERN = /^[0-9a-hjkmnp-tv-z]{8,52}$/

/**
 * SHA-256 of the two inputs, hex encoded. Title and source count as input: the same texts under
 * other titles are another comparison page. For a fetched report its URLs and the metadata shown
 * with it count too (not the fetch time: the same page fetched again is the same comparison).
 * The engine version counts too: a pair compared again by a newer engine is a new comparison,
 * and links to the old one keep showing what was found then (and the flags made on it).
 */
export async function hashInputs(
  a: ReportInput,
  b: ReportInput,
  engineVersion = ENGINE_VERSION,
): Promise<string> {
  const sides = [
    [a.text, a.title ?? '', a.source ?? ''],
    [b.text, b.title ?? '', b.source ?? ''],
  ]
  const fetched = [a.fetched, b.fetched].map((source) =>
    source
      ? [source.requestedUrl, source.finalUrl, source.title, source.byline, source.published]
      : null,
  )
  const inputs = JSON.stringify(fetched.some(Boolean) ? [...sides, fetched] : sides)
  // Engine 1 hashed the inputs alone: its ids stay as they were
  const canonical = engineVersion === 1 ? inputs : `engine ${engineVersion}\n${inputs}`
  return sha256Hex(canonical)
}

/**
 * The id for a hash: its first `length` base-32 digits.
 *
 * @example idFromHash('9f86d081884c7d65…') // 'kx3d1243'
 */
export function idFromHash(hash: string, length = ID_LENGTH): string {
  let bits = ''
  for (const digit of hash) bits += parseInt(digit, 16).toString(2).padStart(4, '0')
  let id = ''
  for (let i = 0; i + 5 <= bits.length && id.length < length; i += 5) {
    id += ALPHABET[parseInt(bits.slice(i, i + 5), 2)]
  }
  return id
}
