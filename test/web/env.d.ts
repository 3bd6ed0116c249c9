/** Bindings seen by the worker tests: the app's own plus the migrations from vitest.config.mts. */
type AppBindings = import('../../src/web/env').Env

declare namespace Cloudflare {
  interface Env extends AppBindings {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[]
  }
  interface GlobalProps {
    mainModule: typeof import('../../src/index')
  }
}
