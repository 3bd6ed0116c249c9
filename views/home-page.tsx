/**
 * The home page: two panes taking a report each, as an article URL or pasted text, optional title
 * and source, the Compare button and the one-click example. Errors from a refused submission are shown next to their fields.
 */

import type { InputError, Side } from '../src/web/input'
import { MAX_SOURCE_LENGTH, MAX_TITLE_LENGTH } from '../src/web/input'
import { MAX_REPORT_BYTES } from '../src/engine/limits'
import { Layout } from './layout'

/** What the user typed, echoed back after an error so nothing is lost. */
export type FormValues = Partial<Record<`${Side}_${'text' | 'url' | 'title' | 'source'}`, string>>

function fieldErrors(errors: InputError[], side: Side, field: string): InputError[] {
  return errors.filter((error) => error.side === side && (error.field === field || error.field === null))
}

/** The article URL of one pane; the text area below is the alternative. */
function UrlField(props: { side: Side; value: string | undefined; errors: InputError[] }) {
  const { side, errors } = props
  const id = `${side}_url`
  return (
    <div class="url-field">
      <label for={id}>Article URL</label>
      <input
        id={id}
        name={id}
        type="text"
        inputmode="url"
        autocapitalize="off"
        spellcheck={false}
        maxlength={2048}
        placeholder="https://…"
        value={props.value ?? ''}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={errors.length > 0 ? `${id}_error` : `${id}_hint`}
      />
      {errors.length > 0 ? (
        <p class="field-error" id={`${id}_error`}>
          {errors.map((error) => error.message).join(' ')}
        </p>
      ) : (
        <p class="hint" id={`${id}_hint`}>
          crosscheck fetches the page once and keeps the article with the comparison. Or paste
          the text below instead.
        </p>
      )}
    </div>
  )
}

function MetaField(props: {
  id: string
  label: string
  max: number
  value: string | undefined
  errors: InputError[]
}) {
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.id}
        type="text"
        maxlength={props.max}
        value={props.value ?? ''}
        aria-invalid={props.errors.length > 0 ? 'true' : undefined}
      />
      {props.errors.map((error) => (
        <p class="field-error">{error.message}</p>
      ))}
    </div>
  )
}

function ReportPane(props: { side: Side; values: FormValues; errors: InputError[] }) {
  const { side, values } = props
  const label = side === 'a' ? 'Report A' : 'Report B'
  const textErrors = fieldErrors(props.errors, side, 'text')
  const urlErrors = props.errors.filter((error) => error.side === side && error.field === 'url')
  const titleErrors = fieldErrors(props.errors, side, 'title')
  const sourceErrors = fieldErrors(props.errors, side, 'source')
  const errorId = (field: string) => `${side}_${field}_error`
  return (
    <fieldset class={`pane pane-${side}`}>
      <legend>{label}</legend>
      <UrlField side={side} value={values[`${side}_url`]} errors={urlErrors} />
      <label for={`${side}_text`}>Text of the report</label>
      <textarea
        id={`${side}_text`}
        name={`${side}_text`}
        rows={16}
        placeholder="Paste the article text here: headline, paragraphs, everything."
        aria-invalid={textErrors.length > 0 ? 'true' : undefined}
        aria-describedby={textErrors.length > 0 ? errorId('text') : `${side}_text_hint`}
      >
        {values[`${side}_text`] ?? ''}
      </textarea>
      {textErrors.length > 0 ? (
        <p class="field-error" id={errorId('text')}>
          {textErrors.map((error) => error.message).join(' ')}
        </p>
      ) : (
        <p class="hint" id={`${side}_text_hint`}>
          Up to {MAX_REPORT_BYTES / 1024} KiB of plain text.
        </p>
      )}
      <div class="pane-meta">
        <MetaField id={`${side}_title`} label="Title (optional)" max={MAX_TITLE_LENGTH}
          value={values[`${side}_title`]} errors={titleErrors} />
        <MetaField id={`${side}_source`} label="Source name or URL (optional)"
          max={MAX_SOURCE_LENGTH} value={values[`${side}_source`]} errors={sourceErrors} />
      </div>
    </fieldset>
  )
}

/** The home page, empty or with the refused submission and its errors. */
export function HomePage(props: { values?: FormValues; errors?: InputError[] }) {
  const values = props.values ?? {}
  const errors = props.errors ?? []
  return (
    <Layout title="crosscheck: compare two news reports">
      <section class="intro">
        <h1>Compare two reports of the same story</h1>
        <p>
          Paste two articles, or their links. crosscheck lines up their claims and shows where they agree, where
          they differ, what conflicts and what only one of them says.
        </p>
        <p>
          <a href="/example" class="example-link" id="try-example">
            Try the example
          </a>
          : two reports of Vladimir Putin's visit to North Korea.
        </p>
      </section>
      {errors.length > 0 && (
        <div class="form-errors" role="alert" id="form-errors">
          <h2>The comparison could not be made</h2>
          <ul>
            {errors.map((error) => (
              <li>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action="/c" enctype="multipart/form-data" class="compare-form">
        <div class="panes">
          <ReportPane side="a" values={values} errors={errors} />
          <ReportPane side="b" values={values} errors={errors} />
        </div>
        <button type="submit" class="primary">
          Compare
        </button>
      </form>
    </Layout>
  )
}
