/**
 * Share, subscribe and follow prompts.
 * Example: `Share this article`, `Subscribe to our newsletter`, `Follow us on X`.
 */
import type { LineRule } from './types'

const NETWORKS =
  'twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|whatsapp|telegram|google news'
// prompts that start a line
const PROMPTS = [
  'share(?: this| the)?(?: article| story| post| page| video| on| via|:|$)',
  'subscribe|sign ?up|follow us',
  `follow [\\w@.' ]{1,40} on (?:${NETWORKS})`,
  'click here|tap here',
  'download (?:our|the) (?:\\w+ )?app',
  'get (?:the latest|our|breaking)',
  'join (?:our|us on)',
  'stay (?:updated|informed|connected)|never miss|don\'t miss out',
  'support (?:our|independent|quality) journalism',
  'become a (?:member|subscriber|supporter)|already a (?:subscriber|member)',
  '(?:log|sign) ?in|register (?:now|for free|to)|enter your email',
  'by (?:signing up|subscribing|clicking)',
  'for the latest (?:news|updates)|to get (?:the latest|daily)',
  'thank you for (?:signing up|subscribing)|you have successfully',
  'copy link|link copied|email this|print this|gift this article|save (?:article|story|for later)',
]
// a cheap first look before the unanchored NEWSLETTER pattern
const NEWSLETTER_HINT = /ewsletter|EWSLETTER/
const PROMPT = new RegExp(`^(?:${PROMPTS.join('|')})\\b`, 'i')
const NEWSLETTER =
  /\bnewsletters?\b.{0,40}\b(?:sign up|subscribe|inbox|delivered)\b|\b(?:sign up|subscribe)\b.{0,40}\bnewsletters?\b/i
// a row of buttons: "Facebook Twitter WhatsApp Email", "Share | Tweet | Copy link"
const BUTTONS =
  'share|tweet|e-?mail|print|copy|link|save|comments?|more|mail|sms|reddit|pinterest|' +
  `messenger|flipboard|tumblr|${NETWORKS}`
const ROW = new RegExp(`^(?:(?:${BUTTONS})[\\s,|:\\u00B7\\u2022/-]*)+$`, 'i')

/** Share and subscribe prompts. */
export const share: LineRule = {
  name: 'share',
  maxWords: 40,
  starts: 'abcdefgijlmnprstwxy',
  test: (text, words) => (words <= 30 && PROMPT.test(text)) || (words <= 12 && ROW.test(text)),
  anywhere: {
    cues: ['newsletter'],
    test: (text) => NEWSLETTER_HINT.test(text) && NEWSLETTER.test(text),
  },
  sentence: true,
}
