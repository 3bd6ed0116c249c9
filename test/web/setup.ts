/**
 * Worker test setup: applies the D1 migrations before each test file (storage is isolated per
 * test, so every test starts from the migrated, empty schema).
 */

import { applyD1Migrations } from 'cloudflare:test'
import { env } from 'cloudflare:workers'

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)
