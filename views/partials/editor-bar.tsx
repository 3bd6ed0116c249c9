/**
 * The editors' bar under a comparison's head: the editor link with a copy button (once, right after
 * creating), who may edit, and the links to the discrepancy report and the exports. Loads the
 * flag styles, and for editors the script behind the copy button and htmx error swaps.
 */

/** What the bar says. */
export type EditorBarProps = {
  id: string
  /** True when this browser holds the editor token. */
  editable: boolean
  /** The absolute editor link, only on the first view after creating the comparison. */
  editorLink?: string
  /** Set when the pair had been stored before and the viewer is not its editor. */
  storedBefore?: boolean
}

/** Report and export links, shared by the comparison page and the report page. */
export function ExportLinks(props: { id: string; report?: boolean }) {
  const base = `/c/${props.id}/report`
  return (
    <nav class="export-links" aria-label="Report and exports">
      {props.report !== false && <a href={base}>Discrepancy report</a>}
      <a href={`${base}.md`} download data-export="md">
        Markdown
      </a>
      <a href={`${base}.csv`} download data-export="csv">
        CSV
      </a>
      <a href={`${base}.json`} download data-export="json">
        JSON
      </a>
    </nav>
  )
}

/** The bar; readers see the report links and, after re-creating a known pair, why they cannot edit. */
export function EditorBar(props: EditorBarProps) {
  return (
    <section class={props.editable ? 'editor-bar editing' : 'editor-bar'} aria-label="Editors">
      <link rel="stylesheet" href="/flags.css" />
      {props.editable && <script src="/editor.js" defer></script>}
      {props.editorLink && (
        <div class="editor-link" role="status">
          <label for="editor-url">
            <strong>Your editor link</strong>
          </label>
          <input id="editor-url" type="text" readonly value={props.editorLink} />
          <button type="button" class="copy" data-copy="#editor-url">
            Copy
          </button>
          <p class="hint">
            Keep it secret: anyone with this link can add and change flags. It is shown only now;
            this browser remembers it. Send readers the share link above instead.
          </p>
        </div>
      )}
      {props.editable ? (
        <p class="editor-mode">
          You are editing: flag any claim (<em>Flag</em> after it). Readers of the share link see
          your flags but cannot change them.
        </p>
      ) : (
        props.storedBefore && (
          <p class="editor-notice" role="status">
            These two reports had already been compared, so this page is the existing one. Its
            editor link went to whoever compared them first; ask them for it to add flags.
          </p>
        )
      )}
      <ExportLinks id={props.id} />
    </section>
  )
}
