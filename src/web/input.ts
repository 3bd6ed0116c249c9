/**
 * Validation of submitted reports at the edge, shared by the form and the JSON API, so both refuse
 * the same inputs with the same words as the CLI (src/engine/limits.ts).
 */

import { checkReportText } from '../engine/limits'
import type { ReportInput } from '../store/comparisons'

export type Side = 'a' | 'b'

/** Longest title accepted, in characters. */
export const MAX_TITLE_LENGTH = 300
/** Longest source name or URL accepted, in characters. */
export const MAX_SOURCE_LENGTH = 2000

/** A refused field, with the HTTP status it answers. */
export type InputError = {
  /** Which report the problem is in, or null for the request as a whole. */
  side: Side | null
  /** Which field of that report. */
  field: 'text' | 'title' | 'source' | 'url' | null
  /**
   * Machine-readable code: `empty`, `too_large`, `binary`, `too_long`, `invalid`, `text_and_url`,
   * or a fetch refusal's code (`scheme`, `ip_literal`, `timeout`, `no_article`…, src/web/sources.ts).
   */
  code: string
  /** A sentence for people. */
  message: string
  status: 400 | 413 | 415 | 422
}

export type Submission = { a: ReportInput; b: ReportInput }

export type SubmissionCheck =
  | { ok: true; submission: Submission }
  | { ok: false; errors: InputError[]; status: InputError['status'] }

/** The label of a side in messages: `Report A`. */
export function sideLabel(side: Side): string {
  return side === 'a' ? 'Report A' : 'Report B'
}

function optionalText(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

function checkSide(side: Side, raw: Record<string, unknown>, errors: InputError[]): ReportInput {
  const label = sideLabel(side)
  const text = typeof raw.text === 'string' ? raw.text : ''
  if (raw.text !== undefined && typeof raw.text !== 'string') {
    errors.push({ side, field: 'text', code: 'invalid', message: `${label}: text must be a string.`, status: 400 })
  } else {
    const check = checkReportText(text, label)
    if (!check.ok) {
      const status = check.problem === 'too_large' ? 413 : 400
      const hint = check.problem === 'empty' ? ' Paste its text or give the URL of the article.' : ''
      errors.push({ side, field: 'text', code: check.problem, message: check.message + hint, status })
    }
  }
  const title = optionalText(raw.title)
  if (title && title.length > MAX_TITLE_LENGTH) {
    const message = `${label}: the title is longer than ${MAX_TITLE_LENGTH} characters.`
    errors.push({ side, field: 'title', code: 'too_long', message, status: 400 })
  }
  const source = optionalText(raw.source)
  if (source && source.length > MAX_SOURCE_LENGTH) {
    const message = `${label}: the source is longer than ${MAX_SOURCE_LENGTH} characters.`
    errors.push({ side, field: 'source', code: 'too_long', message, status: 400 })
  }
  return { text, title, source }
}

/**
 * Checks both sides. A report over the size limit makes the answer 413, whatever else is wrong.
 *
 * @example checkSubmission({ a: { text: 'x' }, b: {} }) // { ok: false, errors: [...b empty], status: 400 }
 */
export function checkSubmission(raw: { a: unknown; b: unknown }): SubmissionCheck {
  const errors: InputError[] = []
  const sides = { a: raw.a, b: raw.b }
  const parsed = {} as Submission
  for (const side of ['a', 'b'] as const) {
    const value = sides[side]
    if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      const message = `${sideLabel(side)} must be an object like {"text": "…"}.`
      errors.push({ side, field: null, code: 'invalid', message, status: 400 })
      parsed[side] = { text: '' }
      continue
    }
    parsed[side] = checkSide(side, (value ?? {}) as Record<string, unknown>, errors)
  }
  if (errors.length === 0) return { ok: true, submission: parsed }
  const status = errors.some((error) => error.status === 413) ? 413 : 400
  return { ok: false, errors, status }
}

/** Reads the home page form (`a_text`, `a_url`, `a_title`, `a_source`, `b_…`) into the same shape as the API. */
export function fromForm(form: Record<string, unknown>): { a: unknown; b: unknown } {
  const side = (prefix: Side) => ({
    text: typeof form[`${prefix}_text`] === 'string' ? form[`${prefix}_text`] : '',
    url: form[`${prefix}_url`],
    title: form[`${prefix}_title`],
    source: form[`${prefix}_source`],
  })
  return { a: side('a'), b: side('b') }
}
