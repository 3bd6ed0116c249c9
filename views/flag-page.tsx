/**
 * The page behind a claim's Flag link when JavaScript is off (and after a refused plain form post):
 * the claims the flag is about, the engine's notes, and the flag form.
 */

import type { FlagTarget } from '../src/web/flag-input'
import type { StoredComparison } from '../src/store/comparisons'
import { Layout } from './layout'
import { FlagForm } from './partials/flag-form'
import type { FlagFormProps } from './partials/flag-form'

function claimText(stored: StoredComparison, side: 'a' | 'b', ids: string[]): string {
  const byId = new Map(
    stored.result[side].sentences.map((sentence) => [sentence.id, sentence.text]),
  )
  return ids.map((id) => byId.get(id) ?? '').join(' ')
}

/** The flag form on a page of its own. */
export function FlagPage(props: {
  stored: StoredComparison
  target: FlagTarget
  titles: { a: string; b: string }
  form: FlagFormProps
}) {
  const { stored, target, titles } = props
  const heading = target.kind === 'match' ? `Flag match ${target.id}` : `Flag claim ${target.id}`
  return (
    <Layout title={`${heading} · crosscheck`}>
      <link rel="stylesheet" href="/flags.css" />
      <section class="flag-page">
        <h1>{heading}</h1>
        {target.kind === 'match' ? (
          <dl class="flag-claims">
            <dt>{titles.a} (A)</dt>
            <dd>{claimText(stored, 'a', target.match.a)}</dd>
            <dt>{titles.b} (B)</dt>
            <dd>{claimText(stored, 'b', target.match.b)}</dd>
            {target.match.notes.length > 0 && <dt>What differs</dt>}
            {target.match.notes.map((note) => (
              <dd class="note">{note.message}</dd>
            ))}
          </dl>
        ) : (
          <dl class="flag-claims">
            <dt>
              Only in {target.side === 'a' ? titles.a : titles.b} ({target.side.toUpperCase()})
            </dt>
            <dd>{target.sentence.text}</dd>
          </dl>
        )}
        <div class="flag-page-form">
          <FlagForm {...props.form} />
        </div>
        <p>
          <a href={props.form.back}>Back to the comparison</a>
        </p>
      </section>
    </Layout>
  )
}
