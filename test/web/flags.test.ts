/**
 * Flags through the routes: the editor link and its cookie, 403 without the token (nothing
 * written), add / edit / delete as forms and as htmx fragments, and the read-only share page.
 */

import { describe, expect, it } from 'vitest'
import { createAsEditor, countFlagRows, freshPair, postFlag, targetsOf } from './flags-helpers'
import { ORIGIN, postForm, request } from './helpers'

describe('the editor link', () => {
  it('is issued once to the creator, shown once, and kept in an HttpOnly cookie for this comparison', async () => {
    const pair = freshPair()
    const response = await postForm(pair.a, pair.b)
    const cookies = response.headers.getSetCookie().join('\n')
    const id = (response.headers.get('Location') ?? '').replace('/c/', '')
    expect(cookies).toMatch(
      new RegExp(
        `cc_edit=[A-Za-z0-9_-]{43}; Max-Age=31536000; Path=/c/${id}; HttpOnly; SameSite=Strict`,
      ),
    )
    const cookie = cookies.match(/cc_edit=[^;]+/)![0]
    const first = await (
      await request(`/c/${id}`, { headers: { Cookie: `${cookie}; cc_flash=new` } })
    ).text()
    expect(first).toContain('Your editor link')
    expect(first).toMatch(new RegExp(`value="${ORIGIN}/c/${id}/edit/[A-Za-z0-9_-]{43}"`))
    const later = await (await request(`/c/${id}`, { headers: { Cookie: cookie } })).text()
    expect(later).not.toContain('Your editor link')
    expect(later).toContain('You are editing')
  })

  it('gives a second creator of the same pair no token and says why', async () => {
    const pair = freshPair()
    await createAsEditor(pair)
    const again = await postForm(pair.a, pair.b)
    const cookies = again.headers.getSetCookie().join('\n')
    expect(cookies).not.toContain('cc_edit=')
    expect(cookies).toContain('cc_flash=before')
    const html = await (
      await request(again.headers.get('Location')!, { headers: { Cookie: 'cc_flash=before' } })
    ).text()
    expect(html).toContain('had already been compared')
    expect(html).not.toContain('class="flag-edit"')
  })

  it('sets the cookie from a valid link and refuses a wrong one with 403', async () => {
    const { id, token } = await createAsEditor()
    const good = await request(`/c/${id}/edit/${token}`)
    expect(good.status).toBe(303)
    expect(good.headers.get('Location')).toBe(`/c/${id}`)
    expect(good.headers.getSetCookie().join()).toContain(`cc_edit=${token}`)
    const bad = await request(`/c/${id}/edit/${'x'.repeat(43)}`)
    expect(bad.status).toBe(403)
    expect(bad.headers.getSetCookie()).toEqual([])
  })
})

describe('writing flags', () => {
  it('refuses a save without the editor token with 403 and writes nothing', async () => {
    const { id, token } = await createAsEditor()
    const { match } = await targetsOf(id)
    const none = await postFlag(id, match, { status: 'discrepancy', note: 'x' })
    expect(none.status).toBe(403)
    const wrong = await postFlag(
      id,
      match,
      { status: 'discrepancy' },
      { Cookie: `cc_edit=${token.slice(1)}A` },
    )
    expect(wrong.status).toBe(403)
    const htmx = await postFlag(id, match, { status: 'verified' }, { 'HX-Request': 'true' })
    expect(htmx.status).toBe(403)
    expect(await countFlagRows(id)).toBe(0)
  })

  it('refuses a cross-site save that carries the cookie, as a form, as htmx and as JSON', async () => {
    const { id, cookie } = await createAsEditor()
    const { match } = await targetsOf(id)
    const evil = { Cookie: cookie, Origin: 'https://evil.example' }
    expect((await postFlag(id, match, { status: 'discrepancy' }, evil)).status).toBe(403)
    expect(
      (await postFlag(id, match, { status: 'discrepancy' }, { ...evil, 'HX-Request': 'true' }))
        .status,
    ).toBe(403)
    const json = await request(`/c/${id}/flags/${match}`, {
      method: 'POST',
      body: JSON.stringify({ status: 'discrepancy' }),
      headers: { ...evil, 'Content-Type': 'application/json' },
    })
    expect(json.status).toBe(403)
    const noOrigin = await request(`/c/${id}/flags/${match}`, {
      method: 'POST',
      body: JSON.stringify({ status: 'discrepancy' }),
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    })
    expect(noOrigin.status).toBe(403)
    expect(await countFlagRows(id)).toBe(0)
  })

  it('adds, edits and deletes a flag with plain forms (303 back to the claim)', async () => {
    const { id, cookie } = await createAsEditor()
    const { match } = await targetsOf(id)
    const added = await postFlag(
      id,
      match,
      { status: 'discrepancy', note: 'Line one\nLine two', editor: 'Ana', version: 0 },
      { Cookie: cookie },
    )
    expect(added.status).toBe(303)
    expect(added.headers.get('Location')).toMatch(new RegExp(`^/c/${id}#a\\d+$`))
    expect(added.headers.getSetCookie().join()).toContain('cc_name=Ana')
    let html = await (await request(`/c/${id}`)).text()
    expect(html.match(/class="flag flag-discrepancy"/g)?.length).toBe(2)
    expect(html).toContain('<span class="flag-note">Line one\nLine two</span>')
    expect(html).toMatch(/<strong>1<\/strong> Discrepancy/)
    expect(html).not.toContain('class="flag-edit"')
    const edited = await postFlag(
      id,
      match,
      { status: 'verified', note: 'Checked', version: 1 },
      { Cookie: cookie },
    )
    expect(edited.status).toBe(303)
    html = await (await request(`/c/${id}`)).text()
    expect(html).toContain('class="flag flag-verified"')
    const removal = await request(`/c/${id}/flags/${match}/delete`, {
      method: 'POST',
      body: new URLSearchParams({ version: '2' }),
      headers: {
        Origin: ORIGIN,
        Cookie: cookie,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
    })
    expect(removal.status).toBe(303)
    expect(await countFlagRows(id)).toBe(0)
  })

  it('answers htmx with the slot, the other column out of band and the counts', async () => {
    const { id, cookie } = await createAsEditor()
    const { match, unique } = await targetsOf(id)
    const form = await request(`/c/${id}/flags/${match}?side=b`, {
      headers: { Cookie: cookie, 'HX-Request': 'true' },
    })
    const formHtml = await form.text()
    expect(formHtml).toContain(`<span class="flag-slot editing" id="flag-${match}-b">`)
    expect(formHtml).toContain(`hx-post="/c/${id}/flags/${match}"`)
    const saved = await postFlag(
      id,
      match,
      { status: 'needs_check', side: 'b' },
      { Cookie: cookie, 'HX-Request': 'true' },
    )
    expect(saved.status).toBe(201)
    const html = await saved.text()
    expect(html).toMatch(new RegExp(`^<span class="flag-slot" id="flag-${match}-b">`))
    expect(html).toContain(`id="flag-${match}-a" hx-swap-oob="true"`)
    expect(html).toContain('id="flag-counts" hx-swap-oob="true"')
    const uniqueSave = await postFlag(
      id,
      unique,
      { status: 'discrepancy' },
      { Cookie: cookie, 'HX-Request': 'true' },
    )
    expect(uniqueSave.status).toBe(201)
    expect(await uniqueSave.text()).not.toContain(`flag-${unique}-a`)
  })

  it('refuses an unknown status or an over-long note with 400 and keeps what was typed', async () => {
    const { id, cookie } = await createAsEditor()
    const { match } = await targetsOf(id)
    const response = await postFlag(
      id,
      match,
      { status: 'bogus', note: 'keep me' },
      { Cookie: cookie, 'HX-Request': 'true' },
    )
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain('Choose a status')
    expect(html).toContain('keep me</textarea>')
    const long = await postFlag(
      id,
      match,
      { status: 'verified', note: 'x'.repeat(2001) },
      { Cookie: cookie },
    )
    expect(long.status).toBe(400)
    expect(await long.text()).toContain('the limit is 2000')
    expect(await countFlagRows(id)).toBe(0)
  })

  it('404s for a target that is not a match or unique claim', async () => {
    const { id, cookie } = await createAsEditor()
    expect((await postFlag(id, 'm999', { status: 'verified' }, { Cookie: cookie })).status).toBe(
      404,
    )
    expect((await postFlag(id, 'x1', { status: 'verified' }, { Cookie: cookie })).status).toBe(404)
  })
})

describe('scripts', () => {
  it('save with the token as a bearer header and JSON, without a cookie or an Origin', async () => {
    const { id, token } = await createAsEditor()
    const { match } = await targetsOf(id)
    const response = await request(`/c/${id}/flags/${match}`, {
      method: 'POST',
      body: JSON.stringify({ status: 'verified', note: 'From a script', version: 0 }),
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    })
    expect(response.status).toBe(201)
    expect(((await response.json()) as { flag: { note: string } }).flag.note).toBe('From a script')
    const wrong = await request(`/c/${id}/flags/${match}`, {
      method: 'POST',
      body: JSON.stringify({ status: 'dismissed', version: 1 }),
      headers: { Authorization: `Bearer ${'A'.repeat(43)}`, 'Content-Type': 'application/json' },
    })
    expect(wrong.status).toBe(403)
    expect(await countFlagRows(id)).toBe(1)
  })
})

describe('without JavaScript', () => {
  it('opens the flag form on a page of its own and shows a stale save there with 409', async () => {
    const { id, cookie } = await createAsEditor()
    const { match } = await targetsOf(id)
    const page = await request(`/c/${id}/flags/${match}?side=a`, { headers: { Cookie: cookie } })
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<h1>Flag match')
    expect(html).toContain(`<form class="flag-form" method="post" action="/c/${id}/flags/${match}"`)
    expect(html).toContain('name="version" value="0"')
    await postFlag(id, match, { status: 'verified', note: 'first', version: 0 }, { Cookie: cookie })
    const stale = await postFlag(
      id,
      match,
      { status: 'dismissed', note: 'late', version: 0 },
      { Cookie: cookie },
    )
    expect(stale.status).toBe(409)
    const conflict = await stale.text()
    expect(conflict).toContain('<h1>Flag match')
    expect(conflict).toContain('Someone else changed this flag')
    expect(conflict).toContain('late</textarea>')
  })

  it('refuses the flag form to readers with 403', async () => {
    const { id } = await createAsEditor()
    const { match } = await targetsOf(id)
    expect((await request(`/c/${id}/flags/${match}`)).status).toBe(403)
  })
})
