import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const seedA = join(root, 'seeds/abc-putin-north-korea.txt')
const seedB = join(root, 'seeds/letter-putin-north-korea.txt')
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'))

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('crosscheck compare', () => {
  it('prints the JSON contract with --json', () => {
    const r = run('compare', seedA, seedB, '--json')
    expect(r.code).toBe(0)
    const c = JSON.parse(r.out)
    expect(c.version).toBe(1)
    expect(c.a.sentences[0]).toMatchObject({ id: 'a1', role: expect.any(String) })
    expect(Array.isArray(c.matches)).toBe(true)
    expect(c.unique).toHaveProperty('b')
  })

  it('prints discrepancies before agreements in the readable report', () => {
    const r = run('compare', seedA, seedB)
    expect(r.code).toBe(0)
    expect(r.out).toContain('Discrepancies')
    expect(r.out.indexOf('Discrepancies')).toBeLessThan(r.out.indexOf('Agreements'))
    expect(r.out).not.toContain('\x1b[')
  })

  const bad: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => [join(dir, 'nope.txt'), seedB], /nope\.txt: no such file/],
    ['an empty file', () => [file('empty.txt', ''), seedB], /empty/],
    ['whitespace only', () => [file('blank.txt', ' \n\t\n'), seedB], /empty/],
    ['binary data', () => [file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), seedB], /binary/],
    ['invalid UTF-8', () => [file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])), seedB], /UTF-8/],
    ['a report over the size limit', () => [file('big.txt', 'word '.repeat(120_000)), seedB], /limit/],
    ['one file only', () => [seedA], /two files/],
  ]
  for (const [name, args, message] of bad) {
    it(`exits 2 with a one-line message on ${name}`, () => {
      const r = run('compare', ...args())
      expect(r.code).toBe(2)
      expect(r.err).toMatch(message)
      expect(r.err.trim().split('\n')).toHaveLength(1)
      expect(r.err).not.toMatch(/\bat .*\.ts:\d+/)
    })
  }
})

describe('crosscheck batch', () => {
  it('answers each line, with an error object for a bad one', () => {
    const lines = [
      JSON.stringify({ id: 1, a: 'Putin arrives on Tuesday.', b: 'Putin arrives on Tuesday evening.' }),
      '{not json',
      JSON.stringify({ id: 3, a: '   ', b: 'Text.' }),
      JSON.stringify({ id: 4, a: 'Rain fell in Paris.', b: 'Rain fell in Lyon.' }),
    ]
    const r = run('batch', file('pairs.jsonl', lines.join('\n') + '\n'))
    expect(r.code).toBe(0)
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l))
    expect(out).toHaveLength(4)
    expect(out[0]).toMatchObject({ id: 1, comparison: { version: 1 } })
    expect(out[1].error.code).toBe('bad_json')
    expect(out[2]).toMatchObject({ id: 3, error: { code: 'empty' } })
    expect(out[3]).toMatchObject({ id: 4, comparison: { version: 1 } })
  })

  it('exits 2 when the batch file is missing', () => {
    const r = run('batch', join(dir, 'missing.jsonl'))
    expect(r.code).toBe(2)
  })
})
