/**
 * The command line, on the same engine as the web app:
 *   crosscheck compare <fileA> <fileB> [--json]
 *   crosscheck batch <pairs.jsonl>
 * Bad input exits with code 2 and a one-line message; never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { createReadStream } from 'node:fs'
import { compare } from './engine/index'
import { MAX_REPORT_BYTES, checkReportText } from './engine/limits'
import { renderTerminal } from './cli/terminal'

const USAGE = `usage:
  crosscheck compare <fileA> <fileB> [--json]   compare two reports (text files)
  crosscheck batch <pairs.jsonl>                one {"id","a","b"} per line -> one {"id","comparison"} per line
limits: each report at most ${MAX_REPORT_BYTES / 1024} KiB of UTF-8 text`

/** A problem with the user's input: printed as one line, exit code 2. */
class InputError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

function readReport(path: string): string {
  let size: number
  try {
    const st = statSync(path)
    if (!st.isFile()) throw new InputError(`${path}: not a file`)
    size = st.size
  } catch (e) {
    if (e instanceof InputError) throw e
    throw new InputError(`${path}: no such file`)
  }
  if (size > MAX_REPORT_BYTES) {
    throw new InputError(`${path}: larger than the limit of ${MAX_REPORT_BYTES / 1024} KiB`)
  }
  const bytes = readFileSync(path)
  if (bytes.includes(0)) throw new InputError(`${path}: binary data, not text`)
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw new InputError(`${path}: not valid UTF-8 text`)
  }
  const check = checkReportText(text.replace(/^\uFEFF/, ''), path)
  if (!check.ok) throw new InputError(check.message.replace(/\.$/, ''))
  return text.replace(/^\uFEFF/, '')
}

function runCompare(args: string[]): void {
  const json = args.includes('--json')
  const files = args.filter((a) => !a.startsWith('--'))
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json')
  if (unknown.length > 0) throw new InputError(`unknown option ${unknown[0]}`)
  if (files.length !== 2) throw new InputError('compare takes two files: compare <fileA> <fileB>')
  const a = readReport(files[0] as string)
  const b = readReport(files[1] as string)
  const result = compare(a, b)
  if (json) process.stdout.write(JSON.stringify(result) + '\n')
  else process.stdout.write(renderTerminal(result, process.stdout.isTTY === true && !process.env.NO_COLOR))
}

function batchLine(line: string, n: number): unknown {
  let item: unknown
  try {
    item = JSON.parse(line)
  } catch {
    return { line: n, error: { code: 'bad_json', message: `line ${n}: not valid JSON` } }
  }
  const rec = item as { id?: unknown; a?: unknown; b?: unknown }
  const id = rec && typeof rec === 'object' ? (rec.id ?? null) : null
  if (!rec || typeof rec !== 'object' || typeof rec.a !== 'string' || typeof rec.b !== 'string') {
    return { id, error: { code: 'bad_item', message: `line ${n}: needs string fields "a" and "b"` } }
  }
  for (const [side, text] of [['a', rec.a], ['b', rec.b]] as const) {
    const check = checkReportText(text, `report ${side}`)
    if (!check.ok) return { id, error: { code: check.problem, message: `line ${n}: ${check.message}` } }
  }
  try {
    return { id, comparison: compare(rec.a, rec.b) }
  } catch (e) {
    return { id, error: { code: 'failed', message: `line ${n}: ${(e as Error).message}` } }
  }
}

async function runBatch(args: string[]): Promise<void> {
  if (args.length !== 1) throw new InputError('batch takes one file: batch <pairs.jsonl>')
  const path = args[0] as string
  try {
    if (!statSync(path).isFile()) throw new Error()
  } catch {
    throw new InputError(`${path}: no such file`)
  }
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })
  let n = 0
  for await (const line of lines) {
    n++
    if (line.trim() === '') continue
    process.stdout.write(JSON.stringify(batchLine(line, n)) + '\n')
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === 'compare') runCompare(rest)
    else if (command === 'batch') await runBatch(rest)
    else if (command === undefined || command === '--help' || command === '-h') {
      process.stdout.write(USAGE + '\n')
      return command === undefined ? 2 : 0
    } else throw new InputError(`unknown command "${command}"; try "compare" or "batch"`)
    return 0
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`crosscheck: ${e.message}\n`)
      return 2
    }
    process.stderr.write(`crosscheck: internal error: ${(e as Error).message}\n`)
    return 1
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
