/**
 * Storage: content-derived ids, storing a pair once, and longer ids when a short one is taken.
 */

import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { countComparisons, getComparison, saveComparison } from '../../src/store/comparisons'
import { ID_PATTERN, hashInputs, idFromHash } from '../../src/store/id'
import { PAIR, postForm, postJson } from './helpers'

describe('comparison ids', () => {
  it('are the same for the same inputs and differ when a title differs', async () => {
    const first = await hashInputs(PAIR.a, PAIR.b)
    expect(await hashInputs({ ...PAIR.a }, { ...PAIR.b })).toBe(first)
    expect(await hashInputs({ ...PAIR.a, title: 'Other' }, PAIR.b)).not.toBe(first)
    expect(await hashInputs(PAIR.b, PAIR.a)).not.toBe(first)
  })

  it('are 8 readable characters without i, l, o or u', async () => {
    const id = idFromHash(await hashInputs(PAIR.a, PAIR.b))
    expect(id).toMatch(/^[0-9a-hjkmnp-tv-z]{8}$/)
    expect(ID_PATTERN.test(id)).toBe(true)
    expect(idFromHash('f'.repeat(64))).toBe('zzzzzzzz')
    expect(idFromHash('0'.repeat(64), 12)).toBe('000000000000')
  })
})

describe('storing a pair', () => {
  it('stores the same pair twice as one row under one id', async () => {
    const first = await postForm(PAIR.a, PAIR.b)
    const second = await postForm(PAIR.a, PAIR.b)
    expect(second.headers.get('Location')).toBe(first.headers.get('Location'))
    const third = await postJson({ a: PAIR.a, b: PAIR.b })
    expect((await third.json<{ id: string }>()).id).toBe(first.headers.get('Location')?.slice(3))
    expect(await countComparisons(env.DB)).toBe(1)
  })

  it('keeps the inputs and the engine output', async () => {
    const location = (await postForm({ ...PAIR.a, source: 'Harbour News' }, PAIR.b)).headers.get('Location')
    const stored = await getComparison(env.DB, location?.slice(3) ?? '')
    expect(stored?.a.text).toBe(PAIR.a.text)
    expect(stored?.a.source).toBe('Harbour News')
    expect(stored?.b.title).toBe('Port report B')
    expect(stored?.result.version).toBe(1)
    expect(stored?.result.a.sentences.length).toBeGreaterThan(0)
  })

  it('uses a longer id when the short one belongs to another pair', async () => {
    const result = (await getStoredResult())!
    const hash = await hashInputs(PAIR.a, PAIR.b)
    // Same first 8 id characters needs the same first 40 bits (10 hex digits).
    const clash = `${hash.slice(0, 10)}${'0'.repeat(54)}`
    expect(clash).not.toBe(hash)
    const taken = await saveComparison(env.DB, { hash: clash, a: { text: 'x' }, b: { text: 'y' }, result })
    const id = await saveComparison(env.DB, { hash, a: PAIR.a, b: PAIR.b, result })
    expect(taken).toBe(idFromHash(hash))
    expect(id).toBe(idFromHash(hash, 12))
    expect(await saveComparison(env.DB, { hash, a: PAIR.a, b: PAIR.b, result })).toBe(id)
  })
})

async function getStoredResult() {
  const location = (await postForm(PAIR.a, PAIR.b)).headers.get('Location') ?? ''
  const stored = await getComparison(env.DB, location.slice(3))
  await env.DB.prepare('DELETE FROM comparisons').run()
  return stored?.result
}
