/**
 * The Worker's bindings, typed once (see wrangler.toml) and shared by the app and the tests.
 */

export type Env = {
  /** D1 database holding the stored comparisons (migrations/). */
  DB: D1Database
  /** Workers Static Assets from public/ (style, client script, htmx). */
  ASSETS: Fetcher
  /**
   * Hosts (`host` or `host:port`, comma-separated) that URL fetches may reach past the guard's IP,
   * name and port checks. Unset in production and absent from wrangler.toml; the browser test sets
   * it to its local page server only (`wrangler dev --var FETCH_ALLOW_HOSTS:127.0.0.1:<port>`).
   */
  FETCH_ALLOW_HOSTS?: string
}

/** Hono's environment type for this app: `new Hono<AppEnv>()`. */
export type AppEnv = { Bindings: Env }
