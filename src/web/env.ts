/**
 * The Worker's bindings, typed once (see wrangler.toml) and shared by the app and the tests.
 */

export type Env = {
  /** D1 database holding the stored comparisons (migrations/). */
  DB: D1Database
  /** Workers Static Assets from public/ (style, client script, htmx). */
  ASSETS: Fetcher
}

/** Hono's environment type for this app: `new Hono<AppEnv>()`. */
export type AppEnv = { Bindings: Env }
