/**
 * Editor tokens: the secret in the editor link `/c/:id/edit/<token>`. Only the SHA-256 of a token
 * is stored; the token itself leaves the server once, to the creator of the comparison.
 */

import { sha256Hex } from './sha256'

/** Bytes of randomness in a token (256 bits, 43 base64url characters). */
const TOKEN_BYTES = 32

/** Shape of a token as issued, for validating the editor link's path before hashing. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

function base64url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/**
 * Issues the editor token of a comparison if it has none yet, and returns it; returns null when
 * one was issued before (to whoever stored the pair first), so a second creator of the same pair
 * does not become its editor. Race-free: the insert is conditional on the primary key.
 */
export async function issueEditorToken(
  db: D1Database,
  comparisonId: string,
): Promise<string | null> {
  const token = base64url(crypto.getRandomValues(new Uint8Array(TOKEN_BYTES)))
  const outcome = await db
    .prepare(
      'INSERT INTO editor_tokens (comparison_id, token_hash) VALUES (?, ?) ON CONFLICT DO NOTHING',
    )
    .bind(comparisonId, await sha256Hex(token))
    .run()
  return outcome.meta.changes > 0 ? token : null
}

/** Compares two equal-length hex strings without stopping at the first difference. */
function sameHash(x: string, y: string): boolean {
  if (x.length !== y.length) return false
  let difference = 0
  for (let i = 0; i < x.length; i++) difference |= x.charCodeAt(i) ^ y.charCodeAt(i)
  return difference === 0
}

/** True when `token` is the editor token of this comparison. */
export async function checkEditorToken(
  db: D1Database,
  comparisonId: string,
  token: string | null | undefined,
): Promise<boolean> {
  if (!token || !TOKEN_PATTERN.test(token)) return false
  const row = await db
    .prepare('SELECT token_hash FROM editor_tokens WHERE comparison_id = ?')
    .bind(comparisonId)
    .first<{ token_hash: string }>()
  return row !== null && sameHash(row.token_hash, await sha256Hex(token))
}
