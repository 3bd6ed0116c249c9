/**
 * Reports given by URL instead of text: decides per side which one the user gave, fetches the URL
 * sides in parallel under the guard (src/web/fetch-guard.ts), and hands the extracted articles to
 * the same checks as pasted text. The headline becomes the side's title, so the body the engine
 * sees is the article alone; the URLs, fetch time and metadata travel with it to the store.
 */

import type { FetchedSource } from '../store/sources'
import type { Env } from './env'
import { parseAllowHosts } from './fetch-guard'
import type { GuardOptions } from './fetch-guard'
import { fetchArticle } from './ingest'
import { checkSubmission, MAX_TITLE_LENGTH, sideLabel } from './input'
import type { InputError, Side, SubmissionCheck } from './input'

/**
 * Guard options for the app: the allow-list from `FETCH_ALLOW_HOSTS`, which is unset (empty) in
 * production, so every host goes through every check; the other limits keep their defaults.
 */
export function fetchOptions(env: Pick<Env, 'FETCH_ALLOW_HOSTS'>): GuardOptions {
  return { allowHosts: parseAllowHosts(env.FETCH_ALLOW_HOSTS) }
}

type Plan = { kind: 'text' } | { kind: 'url'; url: string } | { kind: 'refused'; error: InputError }

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

/** Which input a side gave. Sides that are not objects are left to `checkSubmission`. */
function planSide(side: Side, value: unknown): Plan {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'text' }
  const { url, text } = value as Record<string, unknown>
  const label = sideLabel(side)
  if (url !== undefined && url !== null && typeof url !== 'string') {
    const message = `${label}: url must be a string.`
    return { kind: 'refused', error: { side, field: 'url', code: 'invalid', message, status: 400 } }
  }
  if (!nonEmpty(url)) return { kind: 'text' }
  if (nonEmpty(text)) {
    const message = `${label}: give either the text or a URL, not both.`
    const error: InputError = { side, field: 'url', code: 'text_and_url', message, status: 400 }
    return { kind: 'refused', error }
  }
  return { kind: 'url', url: withScheme(url.trim()) }
}

// "www.example.com/story" is what an address bar that hides the scheme lets people copy.
function withScheme(url: string): string {
  return /^[a-z][a-z\d+.-]*:/i.test(url) ? url : `https://${url}`
}

// The guard answers 502 and 504 when the site fails or stalls. To the user that is still a URL
// we could not use, not a failure of crosscheck, so the route answers 422 with the guard's code.
function userStatus(status: number): InputError['status'] {
  return status === 413 || status === 415 || status === 422 || status === 400 ? status : 422
}

/** Cuts page metadata to `max` characters; pages put whole paragraphs in `og:title`. */
function cut(value: string | null, max = MAX_TITLE_LENGTH): string | null {
  if (value === null) return null
  return value.length > max ? `${value.slice(0, max - 1)}…` : value
}

function failed(errors: InputError[]): SubmissionCheck {
  return { ok: false, errors, status: errors[0]!.status }
}

/**
 * Checks a submission whose sides give text or a URL (`{ a: { url }, b: { text } }`), fetching
 * the URLs. A refused URL becomes an error on its side's `url` field with a 4xx status.
 *
 * @example await prepareSubmission({ a: { url: 'https://…' }, b: { text: '…' } }, fetchOptions(env))
 */
export async function prepareSubmission(
  raw: { a: unknown; b: unknown },
  options: GuardOptions,
): Promise<SubmissionCheck> {
  const plans = { a: planSide('a', raw.a), b: planSide('b', raw.b) }
  const refused = [plans.a, plans.b].flatMap((plan) =>
    plan.kind === 'refused' ? [plan.error] : [],
  )
  if (refused.length > 0) return failed(refused)

  const fetchSide = (plan: Plan) =>
    plan.kind === 'url' ? fetchArticle(plan.url, options) : Promise.resolve(null)
  const [fetchedA, fetchedB] = await Promise.all([fetchSide(plans.a), fetchSide(plans.b)])
  const resolved: { a: unknown; b: unknown } = { a: raw.a, b: raw.b }
  const sources: Partial<Record<Side, FetchedSource>> = {}
  const errors: InputError[] = []
  for (const [side, result] of [
    ['a', fetchedA],
    ['b', fetchedB],
  ] as const) {
    const plan = plans[side]
    if (result === null || plan.kind !== 'url') continue
    const label = sideLabel(side)
    if (!result.ok) {
      const message =
        result.code === 'no_article'
          ? `${label}: could not find an article on this page (${plan.url.slice(0, 200)}).`
          : `${label}: ${result.message}`
      errors.push({
        side,
        field: 'url',
        code: result.code,
        message,
        status: userStatus(result.status),
      })
      continue
    }
    const given = raw[side] as Record<string, unknown>
    const { article } = result
    resolved[side] = {
      ...given,
      url: undefined,
      text: article.text,
      title: nonEmpty(given.title) ? given.title : cut(article.title),
    }
    sources[side] = {
      requestedUrl: plan.url,
      finalUrl: result.url,
      fetchedAt: result.fetchedAt,
      title: cut(article.title),
      byline: cut(article.byline),
      published: cut(article.published, 100),
    }
  }
  if (errors.length > 0) return failed(errors)

  const check = checkSubmission(resolved)
  if (!check.ok) return check
  for (const side of ['a', 'b'] as const) {
    const source = sources[side]
    if (source) check.submission[side].fetched = source
  }
  return check
}
