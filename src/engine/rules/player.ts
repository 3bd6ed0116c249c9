/** Audio and video player widgets: `Current track`, `Title`, `Artist`, `Now playing`, `Listen live`, `0:00 / 3:15`. */
import type { LineRule } from './types'

const WIDGET =
  /^(?:current(?:ly)? (?:track|playing|song|show)|now playing|now streaming|playing now|up next|next up|listen live|listen now|listen|listen to (?:this|the) (?:article|story|podcast|episode)|on air|live radio|title|artist|album|track|song|show|host|duration|play|pause|stop|mute|unmute|volume|skip|previous|next|rewind|forward|full ?screen|close|loading\.*|playlist|podcast|episode|watch|watch live|watch now|watch video|watch the video|video|audio|live|live tv|live updates|live blog|media playback is (?:unsupported|not supported) on your device|video (?:player )?(?:is )?loading|this video is (?:no longer )?available|(?:\d{1,2}:)?\d{1,2}:\d{2}(?: ?\/ ?(?:\d{1,2}:)?\d{1,2}:\d{2})?|\d+ ?(?:min|minutes?|mins|sec|seconds?) (?:read|listen|watch)?)[.:]?$/i

/** Player widgets. */
export const player: LineRule = {
  name: 'player',
  test: (text, words) => words <= 12 && WIDGET.test(text),
}
