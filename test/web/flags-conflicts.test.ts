/**
 * No lost updates: a stale save answers 409 with both versions, concurrent saves of different
 * flags are both kept, a failed batch writes nothing, and the per-comparison flag limit.
 */

import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { MAX_FLAGS_PER_COMPARISON, getFlag } from '../../src/store/flags'
import { createAsEditor, countFlagRows, postFlag, targetsOf } from './flags-helpers'
import { ORIGIN, request } from './helpers'

describe('two editors on one flag', () => {
  it('answers a stale save with 409, shows both versions and saves nothing', async () => {
    const { id, cookie } = await createAsEditor()
    const { match } = await targetsOf(id)
    const editor = { Cookie: cookie, 'HX-Request': 'true' }
    await postFlag(id, match, { status: 'needs_check', note: 'first', version: 0 }, editor)
    // Both editors open version 1; Ana saves first.
    const ana = await postFlag(
      id,
      match,
      { status: 'verified', note: 'Ana: checked with agency', version: 1 },
      editor,
    )
    expect(ana.status).toBe(200)
    const bo = await postFlag(
      id,
      match,
      { status: 'discrepancy', note: 'Bo: numbers differ', version: 1 },
      editor,
    )
    expect(bo.status).toBe(409)
    const html = await bo.text()
    expect(html).toContain('Someone else changed this flag')
    expect(html).toContain('Ana: checked with agency')
    expect(html).toContain('Bo: numbers differ</textarea>')
    expect(html).toContain('name="version" value="2"')
    const stored = await getFlag(env.DB, id, match)
    expect(stored).toMatchObject({ note: 'Ana: checked with agency', version: 2 })
    // Bo saves again over the version he has now seen.
    expect(
      (
        await postFlag(
          id,
          match,
          { status: 'discrepancy', note: 'Bo: numbers differ', version: 2 },
          editor,
        )
      ).status,
    ).toBe(200)
    expect(await getFlag(env.DB, id, match)).toMatchObject({ status: 'discrepancy', version: 3 })
  })

  it('answers JSON with 409 and both versions', async () => {
    const { id, cookie } = await createAsEditor()
    const { match } = await targetsOf(id)
    const send = (body: object) =>
      request(`/c/${id}/flags/${match}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { Cookie: cookie, Origin: ORIGIN, 'Content-Type': 'application/json' },
      })
    expect((await send({ status: 'verified', note: 'one', version: 0 })).status).toBe(201)
    expect((await send({ status: 'verified', note: 'two', version: 1 })).status).toBe(200)
    const stale = await send({ status: 'dismissed', note: 'three', version: 1 })
    expect(stale.status).toBe(409)
    const body = (await stale.json()) as {
      current: { note: string; version: number }
      yours: { note: string }
    }
    expect(body.current).toMatchObject({ note: 'two', version: 2 })
    expect(body.yours).toMatchObject({ note: 'three', version: 1 })
  })

  it('answers a create on a flag someone just created with 409 instead of overwriting it', async () => {
    const { id, cookie } = await createAsEditor()
    const { match } = await targetsOf(id)
    await postFlag(id, match, { status: 'verified', note: 'mine', version: 0 }, { Cookie: cookie })
    const second = await postFlag(
      id,
      match,
      { status: 'dismissed', note: 'theirs', version: 0 },
      { Cookie: cookie },
    )
    expect(second.status).toBe(409)
    expect(await getFlag(env.DB, id, match)).toMatchObject({ note: 'mine', version: 1 })
  })

  it('refuses a stale delete with 409 and keeps the flag', async () => {
    const { id, cookie } = await createAsEditor()
    const { match } = await targetsOf(id)
    await postFlag(id, match, { status: 'verified', version: 0 }, { Cookie: cookie })
    await postFlag(id, match, { status: 'discrepancy', version: 1 }, { Cookie: cookie })
    const response = await request(`/c/${id}/flags/${match}/delete`, {
      method: 'POST',
      body: new URLSearchParams({ version: '1' }),
      headers: {
        Origin: ORIGIN,
        Cookie: cookie,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
    })
    expect(response.status).toBe(409)
    expect(await countFlagRows(id)).toBe(1)
  })
})

describe('writes', () => {
  it('keep both of two concurrent saves of different flags', async () => {
    const { id, cookie } = await createAsEditor()
    const { match, unique } = await targetsOf(id)
    const [one, two] = await Promise.all([
      postFlag(id, match, { status: 'discrepancy', note: 'one', version: 0 }, { Cookie: cookie }),
      postFlag(id, unique, { status: 'needs_check', note: 'two', version: 0 }, { Cookie: cookie }),
    ])
    expect([one.status, two.status]).toEqual([303, 303])
    expect(await countFlagRows(id)).toBe(2)
    const html = await (await request(`/c/${id}`)).text()
    expect(html).toMatch(/<strong>1<\/strong> Discrepancy/)
    expect(html).toMatch(/<strong>1<\/strong> Needs check/)
  })

  it('leave no half-written rows when the second statement of a batch fails', async () => {
    const { id, cookie } = await createAsEditor()
    const { match } = await targetsOf(id)
    await postFlag(
      id,
      match,
      { status: 'verified', note: 'before', version: 0 },
      { Cookie: cookie },
    )
    const history = async () =>
      (await env.DB.prepare('SELECT COUNT(*) AS n FROM flag_history').first<{ n: number }>())!.n
    const rows = await history()
    // The update's history row is written first; make the update itself fail after it.
    await env.DB.exec(
      "CREATE TRIGGER fail_update BEFORE UPDATE ON flags BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    )
    const failed = await postFlag(
      id,
      match,
      { status: 'dismissed', note: 'after', version: 1 },
      { Cookie: cookie },
    )
    await env.DB.exec('DROP TRIGGER fail_update')
    expect(failed.status).toBe(500)
    expect(await history()).toBe(rows)
    expect(await getFlag(env.DB, id, match)).toMatchObject({ note: 'before', version: 1 })
  })

  it(`stop at ${MAX_FLAGS_PER_COMPARISON} flags per comparison with a clear 422`, async () => {
    const { id, cookie } = await createAsEditor()
    const { match } = await targetsOf(id)
    const now = new Date().toISOString()
    const insert = env.DB.prepare(
      `INSERT INTO flags (id, comparison_id, target, status, created_at, updated_at) VALUES (?, ?, ?, 'verified', ?, ?)`,
    )
    await env.DB.batch(
      Array.from({ length: MAX_FLAGS_PER_COMPARISON }, (_, i) =>
        insert.bind(crypto.randomUUID(), id, `x${i}`, now, now),
      ),
    )
    const response = await postFlag(
      id,
      match,
      { status: 'discrepancy', version: 0 },
      { Cookie: cookie, 'HX-Request': 'true' },
    )
    expect(response.status).toBe(422)
    expect(await response.text()).toContain(`already has ${MAX_FLAGS_PER_COMPARISON} flags`)
    expect(await countFlagRows(id)).toBe(MAX_FLAGS_PER_COMPARISON)
  })
})
