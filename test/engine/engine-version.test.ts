import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compare } from '../../src/engine/index'
import { ENGINE_VERSION } from '../../src/engine/version'

const fixtures = new URL('../fixtures/', import.meta.url)
const recordFile = new URL('engine-fingerprint.json', fixtures)
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8')

// The engine's whole output on the built-in example and the fixture pairs, as one hash.
function fingerprint(): string {
  const hash = createHash('sha256')
  const seeds = new URL('../../seeds/', import.meta.url)
  const seedA = readFileSync(new URL('abc-putin-north-korea.txt', seeds), 'utf8')
  const seedB = readFileSync(new URL('letter-putin-north-korea.txt', seeds), 'utf8')
  hash.update(JSON.stringify(compare(seedA, seedB)))
  for (const pair of readdirSync(new URL('pairs/', fixtures)).sort()) {
    hash.update(JSON.stringify(compare(read(`pairs/${pair}/a.txt`), read(`pairs/${pair}/b.txt`))))
  }
  return hash.digest('hex')
}

describe('ENGINE_VERSION', () => {
  it('changes whenever the engine output changes', () => {
    const current = { version: ENGINE_VERSION, fingerprint: fingerprint() }
    const recorded = existsSync(recordFile)
      ? (JSON.parse(readFileSync(recordFile, 'utf8')) as typeof current)
      : null
    if (process.env.UPDATE_FINGERPRINT) {
      const unbumped = recorded?.version === current.version
      if (recorded && recorded.fingerprint !== current.fingerprint && unbumped) {
        throw new Error('the output changed: bump ENGINE_VERSION in src/engine/version.ts first')
      }
      writeFileSync(recordFile, `${JSON.stringify(current, null, 2)}\n`)
      return
    }
    const hint =
      'compare() output changed: bump ENGINE_VERSION in src/engine/version.ts, then run ' +
      'UPDATE_FINGERPRINT=1 npx vitest run --project engine test/engine/engine-version.test.ts'
    expect(recorded, hint).not.toBeNull()
    expect(current.fingerprint, hint).toBe(recorded?.fingerprint)
    const moved = 'ENGINE_VERSION moved without an output change: run with UPDATE_FINGERPRINT=1'
    expect(current.version, moved).toBe(recorded?.version)
  })
})
