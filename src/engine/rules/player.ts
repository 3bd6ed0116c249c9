/**
 * Audio and video player widgets, as whole lines.
 * Example: `Current track`, `Title`, `Artist`, `Now playing`, `Listen live`, `0:00 / 3:15`.
 */
import type { LineRule } from './types'

const LABELS = [
  'current(?:ly)? (?:track|playing|song|show)',
  'now (?:playing|streaming)',
  'playing now',
  'up next',
  'next up',
  'listen(?: live| now)?',
  'listen to (?:this|the) (?:article|story|podcast|episode)',
  'on air',
  // live blogs
  '(?:show )?key events(?: only)?|pinned(?: post)?|live reporting|refresh|auto-?update(?: on| off)?',
  'live(?: radio| tv| updates| blog)?',
  'title|artist|album|track|song|show|host|duration|playlist|podcast|episode',
  'play|pause|stop|mute|unmute|volume|skip|previous|next|rewind|forward|full ?screen|close',
  'loading\\.*',
  'watch(?: live| now| video| the video)?|video|audio',
  'media playback is (?:unsupported|not supported) on your device',
  'video (?:player )?(?:is )?loading',
  'this video is (?:no longer )?available',
  // "3:15", "0:00 / 3:15"
  '(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?: ?/ ?(?:\\d{1,2}:)?\\d{1,2}:\\d{2})?',
]
const WIDGET = new RegExp(`^(?:${LABELS.join('|')})[.:]?$`, 'i')

/** Player widgets. */
export const player: LineRule = {
  name: 'player',
  maxWords: 12,
  starts: 'acdefhklmnoprstuvw0123456789',
  test: (text) => WIDGET.test(text),
}
