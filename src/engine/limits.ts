/**
 * Input limits shared by the CLI and the web app, so both refuse the same inputs with the same words.
 */

/** Largest report accepted, in bytes of UTF-8 (512 KiB). */
export const MAX_REPORT_BYTES = 512 * 1024

/** Why a report text was refused. */
export const InputProblem = {
  empty: 'empty',
  binary: 'binary',
  tooLarge: 'too_large',
} as const
export type InputProblem = (typeof InputProblem)[keyof typeof InputProblem]

export type InputCheck = { ok: true } | { ok: false; problem: InputProblem; message: string }

const encoder = new TextEncoder()

/** True when `text` takes more than `MAX_REPORT_BYTES` in UTF-8. */
export function isTooLarge(text: string): boolean {
  // Every UTF-16 unit takes 1 to 3 bytes, so most inputs are decided without encoding.
  if (text.length > MAX_REPORT_BYTES) return true
  if (text.length * 3 <= MAX_REPORT_BYTES) return false
  return encoder.encode(text).length > MAX_REPORT_BYTES
}

/**
 * Checks a report text before any parsing.
 *
 * @example checkReportText('  ', 'Report A') // { ok: false, problem: 'empty', message: 'Report A is empty.' }
 */
export function checkReportText(text: string, label = 'The report'): InputCheck {
  if (isTooLarge(text)) {
    return {
      ok: false,
      problem: InputProblem.tooLarge,
      message: `${label} is larger than the limit of ${MAX_REPORT_BYTES / 1024} KiB.`,
    }
  }
  if (text.trim() === '') {
    return { ok: false, problem: InputProblem.empty, message: `${label} is empty.` }
  }
  // NUL and most C0 controls never occur in article text; their presence means a binary file.
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text) || text.includes('\uFFFD')) {
    return {
      ok: false,
      problem: InputProblem.binary,
      message: `${label} looks like binary data or is not valid UTF-8 text.`,
    }
  }
  return { ok: true }
}
