/** Comment boxes: `Leave a Reply`, `Your email address will not be published.`, `Reader's opinions`, `3 Comments`. */
import type { LineRule } from './types'

const WHOLE =
  /^(?:(?:readers?'?s?'? )?(?:opinions|comments?|reactions|responses|discussion)(?: \(\d+\))?|\d+ (?:comments?|responses?|replies)|leave a (?:reply|comment|response)|post (?:a|your) comment|add (?:a|your) comment|write a comment|join the (?:conversation|discussion|debate)|(?:show|view|load|hide|see|read) (?:all |more )?comments?|cancel reply|reply|report|comments are closed|comments? (?:policy|guidelines)|be the first to comment|what do you think\?|have your say|share your (?:thoughts|views|opinion))[.!:]?$/i
const START =
  /^(?:your email address will not be published|required fields are marked|notify me of (?:new|follow-up)|save my name, email|you must be logged in to post|comments (?:are|have been) (?:closed|disabled)|this site uses akismet|log in to (?:comment|reply)|sign in to (?:comment|reply))/i

/** Comment boxes. */
export const comments: LineRule = {
  name: 'comments',
  test: (text, words) => words <= 30 && (WHOLE.test(text) || START.test(text)),
  sentence: true,
}
