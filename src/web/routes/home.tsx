/**
 * Home page, the form post that creates a comparison (303 to `/c/:id`), and the example link.
 */

import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HomePage } from '../../../views/home-page'
import type { FormValues } from '../../../views/home-page'
import { createComparison } from '../create'
import { redirectAfterCreate } from '../editor-auth'
import type { AppEnv } from '../env'
import { fromForm } from '../input'
import { MAX_BODY_BYTES, TOO_LARGE_MESSAGE } from '../limits'
import { EXAMPLE } from '../seeds'
import { fetchOptions, prepareSubmission } from '../sources'

export const home = new Hono<AppEnv>()

home.get('/', (c) => c.html(<HomePage />))

// Idempotent: the example's id is derived from its content, so it is stored at most once.
home.get('/example', async (c) => {
  const { id } = await createComparison(c.env.DB, EXAMPLE)
  return redirectAfterCreate(c, id)
})

const tooLarge = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) =>
    c.html(<HomePage errors={[{ side: null, field: null, code: 'too_large', message: TOO_LARGE_MESSAGE, status: 413 }]} />, 413),
})

function echo(form: Record<string, unknown>): FormValues {
  const values: FormValues = {}
  const keys = ['a_text', 'a_url', 'a_title', 'a_source', 'b_text', 'b_url', 'b_title', 'b_source'] as const
  for (const key of keys) {
    const value = form[key]
    if (typeof value === 'string') values[key] = value
  }
  return values
}

function urlsOnly(values: FormValues): FormValues {
  return { a_url: values.a_url, b_url: values.b_url }
}

home.post('/c', tooLarge, async (c) => {
  let form: Record<string, unknown>
  try {
    form = (await c.req.parseBody()) as Record<string, unknown>
  } catch {
    const message = 'The form could not be read. Please paste both reports and try again.'
    return c.html(<HomePage errors={[{ side: null, field: null, code: 'invalid', message, status: 400 }]} />, 400)
  }
  const check = await prepareSubmission(fromForm(form), fetchOptions(c.env))
  if (!check.ok) {
    // Echoing a report over the limit back into the form would only resend it; URLs are short.
    const values = check.status === 413 ? urlsOnly(echo(form)) : echo(form)
    return c.html(<HomePage values={values} errors={check.errors} />, check.status)
  }
  const { id } = await createComparison(c.env.DB, check.submission)
  return redirectAfterCreate(c, id)
})
