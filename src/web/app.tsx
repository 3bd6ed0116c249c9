/**
 * The crosscheck web app: middleware, the route modules, and one error handler for the rest.
 */

import { Hono } from 'hono'
import { csrf } from 'hono/csrf'
import { HTTPException } from 'hono/http-exception'
import { ErrorPage } from '../../views/error-page'
import type { AppEnv } from './env'
import { jsonError, wantsJson } from './errors'
import { api } from './routes/api'
import { comparison } from './routes/comparison'
import { editor } from './routes/editor'
import { home } from './routes/home'
import { report } from './routes/report'
import { securityHeaders } from './security'

/** Builds the app; the Worker entry (src/index.tsx) serves it. */
export function createApp() {
  const app = new Hono<AppEnv>()
  app.use(securityHeaders)
  // Form posts must come from this origin; JSON posts need CORS, which is not offered.
  app.use(csrf())

  app.route('/', home)
  app.route('/', comparison)
  app.route('/', editor)
  app.route('/', report)
  app.route('/', api)

  app.notFound((c) => {
    if (wantsJson(c.req.path)) return jsonError(c, 404, 'not_found', 'No such endpoint.')
    const message = 'There is nothing at this address.'
    return c.html(<ErrorPage heading="Page not found" message={message} />, 404)
  })

  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      const status = error.status
      const message = status === 403 ? 'This form was sent from another site and was refused.' : error.message
      if (wantsJson(c.req.path)) return jsonError(c, status, status === 403 ? 'forbidden' : 'http_error', message)
      return c.html(<ErrorPage heading={status === 403 ? 'Request refused' : 'Request failed'} message={message} />, status)
    }
    console.error(error)
    const message = 'Something went wrong on our side. Please try again.'
    if (wantsJson(c.req.path)) return jsonError(c, 500, 'internal', message)
    return c.html(<ErrorPage heading="Something went wrong" message={message} />, 500)
  })
  return app
}
