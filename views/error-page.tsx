/**
 * Pages for requests that cannot be answered: unknown comparison (404) and anything else.
 */

import { Layout } from './layout'

/** A short page with a heading, a sentence and a way home. */
export function ErrorPage(props: { heading: string; message: string }) {
  return (
    <Layout title={`${props.heading} · crosscheck`}>
      <section class="error-page">
        <h1>{props.heading}</h1>
        <p>{props.message}</p>
        <p>
          <a href="/">Compare two reports</a>
        </p>
      </section>
    </Layout>
  )
}
