/**
 * Comparisons remember which engine made them: a page an earlier engine made says so and offers
 * to compare the pair again, which makes a new comparison and leaves the old one as it was.
 */

import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { compare } from '../../src/engine/index'
import { ENGINE_VERSION } from '../../src/engine/version'
import { getComparison } from '../../src/store/comparisons'
import { hashInputs, idFromHash } from '../../src/store/id'
import { ORIGIN, postForm, request } from './helpers'

// Each test stores its own pair: storage is shared by the tests of a file.
const pairIn = (town: string) => ({
  a: { text: `The ${town} council approved the budget on Monday.\n\nIt had debated for weeks.`, title: 'Council A' },
  b: { text: `The ${town} council passed the budget on Monday.\n\nThe vote was close.`, title: 'Council B' },
})

// A comparison as engine 1 stored it: its version, its id and hash, and an output today's engine
// would not give (no matches at all).
async function storeAsEngineOne(pair: ReturnType<typeof pairIn>): Promise<string> {
  const hash = await hashInputs(pair.a, pair.b, 1)
  const id = idFromHash(hash)
  const result = { ...compare(pair.a.text, pair.b.text), matches: [], unique: { a: ['a1', 'a2'], b: ['b1', 'b2'] } }
  await env.DB.prepare(
    `INSERT INTO comparisons (id, hash, a_text, a_title, b_text, b_title, result, engine_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1)`,
  )
    .bind(id, hash, pair.a.text, pair.a.title, pair.b.text, pair.b.title, JSON.stringify(result))
    .run()
  return id
}

const again = (id: string, headers: Record<string, string> = { Origin: ORIGIN }) =>
  request(`/c/${id}/again`, { method: 'POST', headers })

describe('engine version', () => {
  it('is stored with every new comparison and given by the API', async () => {
    const created = await postForm({ text: 'Rain fell all day.' }, { text: 'It rained all day.' })
    const location = created.headers.get('Location') ?? ''
    const json = (await (await request(`/api${location}`)).json()) as { engineVersion: number }
    expect(json.engineVersion).toBe(ENGINE_VERSION)
    const html = await (await request(location)).text()
    expect(html).not.toContain('class="engine-notice"')
  })

  it('shows on a page an earlier engine made, with a button to compare again', async () => {
    const id = await storeAsEngineOne(pairIn('Northport'))
    const html = await (await request(`/c/${id}`)).text()
    expect(html).toContain('class="engine-notice"')
    expect(html).toContain(`action="/c/${id}/again"`)
    expect(html).toContain(`today’s is engine ${ENGINE_VERSION}`)
  })

  it('compares again as a new comparison and keeps the old one as it was', async () => {
    const pair = pairIn('Eastvale')
    const id = await storeAsEngineOne(pair)
    const response = await again(id)
    expect(response.status).toBe(303)
    const location = response.headers.get('Location') ?? ''
    expect(location).toMatch(/^\/c\/[0-9a-z]{8}$/)
    expect(location).not.toBe(`/c/${id}`)

    const fresh = await getComparison(env.DB, location.slice('/c/'.length))
    expect(fresh?.engineVersion).toBe(ENGINE_VERSION)
    expect(fresh?.result.matches.length).toBeGreaterThan(0)
    expect(fresh?.a.title).toBe('Council A')
    expect(await (await request(location)).text()).not.toContain('class="engine-notice"')

    const old = await getComparison(env.DB, id)
    expect(old?.engineVersion).toBe(1)
    expect(old?.result.matches).toEqual([])

    // Once made, the new comparison is where both the button and the form lead
    expect((await again(id)).headers.get('Location')).toBe(location)
    expect((await postForm(pair.a, pair.b)).headers.get('Location')).toBe(location)
  })

  it('sends a current comparison back to itself, refuses cross-site posts and unknown ids', async () => {
    const created = await postForm({ text: 'Snow closed the pass.' }, { text: 'The pass closed in snow.' })
    const location = created.headers.get('Location') ?? ''
    const id = location.slice('/c/'.length)
    const response = await again(id)
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe(location)
    expect((await again(id, { Origin: 'https://evil.example' })).status).toBe(403)
    expect((await again('zzzzzzzz')).status).toBe(404)
  })
})
