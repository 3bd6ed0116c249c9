/**
 * Starts `wrangler dev` for the browser tests on a free port, with local D1 persisted in a fresh
 * temporary directory (migrated first), and stops it afterwards. No network beyond localhost.
 */

import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')
const WRANGLER = join(ROOT, 'node_modules/wrangler/bin/wrangler.js')

/** A running dev server. */
export type DevServer = { url: string; stop: () => Promise<void>; logs: () => string }

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => done(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

const ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' }

function runWrangler(args: string[]): void {
  const result = spawnSync(process.execPath, [WRANGLER, ...args], { cwd: ROOT, env: ENV, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`wrangler ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
}

async function waitUntilUp(url: string, child: ChildProcess, logs: () => string): Promise<void> {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${logs()}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 250))
  }
  throw new Error(`wrangler dev did not answer within 90 s:\n${logs()}`)
}

/**
 * Migrates a fresh local D1 and starts `wrangler dev` on it. `vars` become `--var NAME:value`
 * (the URL test allows its local page server with `FETCH_ALLOW_HOSTS`).
 */
export async function startDevServer(options: { vars?: Record<string, string> } = {}): Promise<DevServer> {
  const state = mkdtempSync(join(tmpdir(), 'crosscheck-browser-'))
  runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state])
  const [port, inspector] = [await freePort(), await freePort()]
  const child = spawn(
    process.execPath,
    [WRANGLER, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspector),
      '--persist-to', state, '--local', '--show-interactive-dev-session=false', '--live-reload=false',
      ...Object.entries(options.vars ?? {}).flatMap(([name, value]) => ['--var', `${name}:${value}`])],
    { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  const logs = () => output
  await waitUntilUp(url, child, logs)
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((wait) => setTimeout(wait, 5000))])
      if (child.exitCode === null) child.kill('SIGKILL')
    }
    rmSync(state, { recursive: true, force: true })
  }
  return { url, stop, logs }
}
