/**
 * Comment boxes and their prompts.
 * Example: `Leave a Reply`, `Your email address will not be published.`, `3 Comments`.
 */
import type { LineRule } from './types'

// whole-line labels
const LABELS = [
  "(?:readers?'?s?'? )?(?:opinions|comments?|reactions|responses|discussion)(?: \\(\\d+\\))?",
  '\\d+ (?:comments?|responses?|replies)',
  'leave a (?:reply|comment|response)',
  '(?:post|add) (?:a|your) comment|write a comment',
  'join the (?:conversation|discussion|debate)',
  '(?:show|view|load|hide|see|read) (?:all |more )?comments?',
  'cancel reply|reply|report',
  'comments are closed|comments? (?:policy|guidelines)|be the first to comment',
  'what do you think\\?|have your say|share your (?:thoughts|views|opinion)',
]
const WHOLE = new RegExp(`^(?:${LABELS.join('|')})[.!:]?$`, 'i')
// no label has more words ("be the first to comment")
const LABEL_MAX_WORDS = 5
// prompts that start a line
const PROMPTS = [
  'your email address will not be published',
  'required fields are marked',
  'notify me of (?:new|follow-up)',
  'save my name, email',
  'you must be logged in to post',
  'comments (?:are|have been) (?:closed|disabled)',
  'this site uses akismet',
  '(?:log|sign) in to (?:comment|reply)',
]
const START = new RegExp(`^(?:${PROMPTS.join('|')})`, 'i')

/** Comment boxes. */
export const comments: LineRule = {
  name: 'comments',
  maxWords: 30,
  starts: 'abcdhjlnoprstvwy0123456789',
  test: (text, words) => (words <= LABEL_MAX_WORDS && WHOLE.test(text)) || START.test(text),
  sentence: true,
}
