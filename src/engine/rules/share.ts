/** Share, subscribe and follow prompts: `Share this article`, `Subscribe to our newsletter`, `Follow us on X`, `Click here to …`. */
import type { LineRule } from './types'

const PROMPT =
  /^(?:share(?: this| the)?(?: article| story| post| page| video| on| via|:|$)|subscribe\b|sign up\b|signup\b|follow us\b|follow [\w@.' ]{1,40} on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|whatsapp|telegram|google news)\b|click here\b|tap here\b|download (?:our|the) (?:\w+ )?app\b|get (?:the latest|our|breaking)\b|join (?:our|us on)\b|stay (?:updated|informed|connected)\b|never miss\b|don't miss out\b|support (?:our|independent|quality) journalism\b|become a (?:member|subscriber|supporter)\b|already a (?:subscriber|member)\b|(?:log|sign) ?in\b|register (?:now|for free|to)\b|enter your email\b|by (?:signing up|subscribing|clicking)\b|for the latest (?:news|updates)\b|to get (?:the latest|daily)\b|thank you for (?:signing up|subscribing)\b|you have successfully\b|copy link\b|link copied\b|email this\b|print this\b|gift this article\b|save (?:article|story|for later)\b)/i
const NEWSLETTER = /\bnewsletters?\b.{0,40}\b(?:sign up|subscribe|inbox|delivered)\b|\b(?:sign up|subscribe)\b.{0,40}\bnewsletters?\b/i
const NETWORK =
  /^(?:(?:share|tweet|email|e-mail|print|copy|link|save|comment|comments|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|pinterest|messenger|flipboard|tumblr|threads|bluesky|mail|sms|more)[\s,|:\u00B7\u2022/-]*)+$/i

/** Share and subscribe prompts. */
export const share: LineRule = {
  name: 'share',
  test: (text, words) =>
    (words <= 30 && PROMPT.test(text)) ||
    (words <= 40 && NEWSLETTER.test(text)) ||
    (words <= 12 && NETWORK.test(text)),
  sentence: true,
}
