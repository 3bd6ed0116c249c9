/**
 * Every refusal with its status: empty and oversized reports in the form and the API, malformed
 * JSON, wrong shapes, unknown ids, cross-site form posts. Bad input never answers 500.
 */

import { describe, expect, it } from 'vitest'
import { MAX_REPORT_BYTES } from '../../src/engine/limits'
import { MAX_BODY_BYTES } from '../../src/web/limits'
import type { ApiError } from '../../src/web/errors'
import { ORIGIN, PAIR, postForm, postJson, request } from './helpers'

const OVER_LIMIT = 'word '.repeat(MAX_REPORT_BYTES / 5 + 1)

async function errorOf(response: Response): Promise<ApiError['error']> {
  expect(response.headers.get('Content-Type')).toContain('application/json')
  return (await response.json<ApiError>()).error
}

describe('the form', () => {
  it('answers 400 with the message in the page for an empty report, keeping the other text', async () => {
    const response = await postForm({ text: '' }, PAIR.b)
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain('Report A is empty.')
    expect(html).toContain('role="alert"')
    expect(html).toContain('aria-invalid="true"')
    expect(html).toContain('A storm closed the harbour at night.')
  })

  it('answers 400 for whitespace-only text', async () => {
    const response = await postForm(PAIR.a, { text: ' \n\t \n' })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('Report B is empty.')
  })

  it('answers 400 for binary data', async () => {
    const response = await postForm({ text: 'PK\u0003\u0004\u0000\u0000' }, PAIR.b)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('looks like binary data')
  })

  it('answers 413 for a report over the limit', async () => {
    const response = await postForm({ text: OVER_LIMIT }, PAIR.b)
    expect(response.status).toBe(413)
    expect(await response.text()).toContain('Report A is larger than the limit of 512 KiB.')
  })

  it('answers 413 from Content-Length alone when the body is over the request limit', async () => {
    const response = await request('/c', {
      method: 'POST',
      body: 'a_text=x',
      headers: { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(MAX_BODY_BYTES + 1) },
    })
    expect(response.status).toBe(413)
    expect(await response.text()).toContain('larger than the limit')
  })

  it('answers 403 to a form posted from another site', async () => {
    const response = await postForm(PAIR.a, PAIR.b, { Origin: 'https://evil.example' })
    expect(response.status).toBe(403)
  })

  it('answers 400 to a form that is not a form', async () => {
    const response = await request('/c', {
      method: 'POST',
      body: '--broken\r\n',
      headers: { Origin: ORIGIN, 'Content-Type': 'multipart/form-data; boundary=nothing' },
    })
    expect(response.status).toBe(400)
  })
})

describe('the API', () => {
  const cases: { name: string; body: unknown; status: number; code: string }[] = [
    { name: 'an empty report', body: { a: { text: '' }, b: PAIR.b }, status: 400, code: 'empty' },
    { name: 'a whitespace-only report', body: { a: PAIR.a, b: { text: '  \n ' } }, status: 400, code: 'empty' },
    { name: 'a missing report', body: { a: PAIR.a }, status: 400, code: 'empty' },
    { name: 'text that is not a string', body: { a: { text: 42 }, b: PAIR.b }, status: 400, code: 'invalid' },
    { name: 'a side that is not an object', body: { a: 'text', b: PAIR.b }, status: 400, code: 'invalid' },
    { name: 'a body that is an array', body: [1, 2], status: 400, code: 'invalid' },
    { name: 'a body that is null', body: 'null', status: 400, code: 'invalid' },
    { name: 'malformed JSON', body: '{"a": {"text": "x"', status: 400, code: 'bad_json' },
    { name: 'an empty body', body: '', status: 400, code: 'bad_json' },
    { name: 'a title over 300 characters', body: { a: { ...PAIR.a, title: 't'.repeat(301) }, b: PAIR.b }, status: 400, code: 'too_long' },
    { name: 'a report over the limit', body: { a: { text: OVER_LIMIT }, b: PAIR.b }, status: 413, code: 'too_large' },
  ]
  for (const { name, body, status, code } of cases) {
    it(`answers ${status} ${code} for ${name}`, async () => {
      const response = await postJson(body)
      expect(response.status).toBe(status)
      const error = await errorOf(response)
      expect(error.code).toBe(code)
      expect(error.message.length).toBeGreaterThan(5)
    })
  }

  it('answers 413 from Content-Length alone, before reading the body', async () => {
    const response = await postJson('{}', { 'Content-Length': String(MAX_BODY_BYTES + 1) })
    expect(response.status).toBe(413)
    expect((await errorOf(response)).code).toBe('too_large')
  })

  it('answers 415 when the body is not declared as JSON', async () => {
    const response = await request('/api/compare', {
      method: 'POST',
      body: JSON.stringify({ a: PAIR.a, b: PAIR.b }),
      headers: { 'Content-Type': 'application/xml' },
    })
    expect(response.status).toBe(415)
    expect((await errorOf(response)).code).toBe('unsupported_media_type')
  })

  it('answers 404 JSON for unknown and malformed ids', async () => {
    for (const path of ['/api/c/zzzzzzzz', '/api/c/NOT-AN-ID', '/c/zzzzzzzz.json', '/api/nothing']) {
      const response = await request(path)
      expect(response.status, path).toBe(404)
      expect((await errorOf(response)).code).toBe('not_found')
    }
  })

  it('never answers 500 for odd bodies', async () => {
    const bodies = ['{"a":{"text":"\\u0000"},"b":{"text":"x"}}', '{"__proto__":{"text":"x"}}', '"string"', '1e999', '{"a":{},"b":{}}', '\uFEFF{}']
    for (const body of bodies) {
      const response = await postJson(body)
      expect(response.status, body).toBeGreaterThanOrEqual(400)
      expect(response.status, body).toBeLessThan(500)
    }
  })
})
