/**
 * Request size limits. Each report may take `MAX_REPORT_BYTES`; a request carries two of them plus
 * titles, sources and encoding overhead (JSON escapes, multipart boundaries).
 */

import { MAX_REPORT_BYTES } from '../engine/limits'

/** Largest request body accepted: room for two reports whose JSON escaping doubles their size. */
export const MAX_BODY_BYTES = 4 * MAX_REPORT_BYTES + 64 * 1024

/** The 413 message, in the same words as `checkReportText`. */
export const TOO_LARGE_MESSAGE =
  `The request is larger than the limit of ${MAX_BODY_BYTES / 1024} KiB ` +
  `(each report may be up to ${MAX_REPORT_BYTES / 1024} KiB).`
