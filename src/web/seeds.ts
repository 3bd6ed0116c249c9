/**
 * The built-in example: the two seed reports, bundled into the Worker as text modules.
 */

import abc from '../../seeds/abc-putin-north-korea.txt'
import letter from '../../seeds/letter-putin-north-korea.txt'
import type { Submission } from './input'

/** The example pair shown by "Try the example": ABC's report (A) and the letter report (B). */
export const EXAMPLE: Submission = {
  a: { text: abc, title: null, source: 'ABC News' },
  b: { text: letter, title: 'Putin pledges trade and security systems with North Korea', source: null },
}
