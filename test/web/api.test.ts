/**
 * The JSON API: round trip through POST /api/compare, GET /api/c/:id and GET /c/:id.json.
 */

import { describe, expect, it } from 'vitest'
import type { ApiComparison } from '../../src/web/api-json'
import { PAIR, postJson, request } from './helpers'

describe('POST /api/compare', () => {
  it('answers 201 with the contract, the id and the share url, then 200 for the same pair', async () => {
    const response = await postJson({ a: { ...PAIR.a, source: 'https://example.com/a' }, b: PAIR.b })
    expect(response.status).toBe(201)
    expect(response.headers.get('Content-Type')).toContain('application/json')
    const body = await response.json<ApiComparison>()
    expect(body.version).toBe(1)
    expect(body.id).toMatch(/^[0-9a-z]{8}$/)
    expect(body.url).toBe(`http://crosscheck.test/c/${body.id}`)
    expect(response.headers.get('Location')).toBe(`/c/${body.id}`)
    expect(body.a.sentences[0].id).toBe('a1')
    expect(body.b.sentences[0].id).toBe('b1')
    expect(Array.isArray(body.matches)).toBe(true)
    expect(body.summary.relations).toHaveProperty('conflict')
    expect(body.inputs.a).toEqual({
      title: 'Port report A',
      source: 'https://example.com/a',
      fetched: null,
    })

    const again = await postJson({ a: { ...PAIR.a, source: 'https://example.com/a' }, b: PAIR.b })
    expect(again.status).toBe(200)
    const second = await again.json<ApiComparison & { editUrl?: string }>()
    expect(second.id).toBe(body.id)
    expect(second.editUrl).toBeUndefined()
  })

  it('gives whoever stores the pair first its editor link, which opens the editor', async () => {
    const body = await (await postJson({ a: { text: 'Editor link test: 5 ships sailed.' }, b: PAIR.b })).json<
      ApiComparison & { editUrl: string; editToken: string }
    >()
    expect(body.editUrl).toBe(`http://crosscheck.test/c/${body.id}/edit/${body.editToken}`)
    const open = await request(new URL(body.editUrl).pathname)
    expect([302, 303]).toContain(open.status)
    const wrong = await request(`/c/${body.id}/edit/${'x'.repeat(body.editToken.length)}`)
    expect(wrong.status).toBe(403)
  })

  it('round-trips: GET /api/c/:id and /c/:id.json return what POST returned', async () => {
    const { editUrl: _url, editToken: _token, ...created } = await (
      await postJson({ a: PAIR.a, b: PAIR.b })
    ).json<ApiComparison & { editUrl?: string; editToken?: string }>()
    const viaApi = await request(`/api/c/${created.id}`)
    const viaPage = await request(`/c/${created.id}.json`)
    expect(viaApi.status).toBe(200)
    expect(viaPage.status).toBe(200)
    expect(await viaApi.json()).toEqual(created)
    expect(await viaPage.json()).toEqual(created)
  })

  it('treats title and source as optional', async () => {
    const response = await postJson({ a: { text: PAIR.a.text }, b: { text: PAIR.b.text } })
    expect(response.status).toBe(201)
    const body = await response.json<ApiComparison>()
    expect(body.inputs.a).toEqual({ title: null, source: null, fetched: null })
  })
})

describe('GET /api', () => {
  it('describes the endpoints', async () => {
    const body = await (await request('/api')).json<{ endpoints: Record<string, string> }>()
    expect(Object.keys(body.endpoints)).toContain('POST /api/compare')
  })
})
