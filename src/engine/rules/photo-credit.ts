/**
 * Photo and video credits.
 * Example: `Contributor/Getty Images`, `Photo: Reuters`, `(Image credit: NASA)`.
 */
import type { LineRule } from './types'

const AGENCY =
  '(?:getty images|getty|afp|reuters|ap|epa|efe|pool|shutterstock|alamy|istock(?:photo)?|' +
  'bloomberg|xinhua|anadolu|sipa|pa(?: images| wire| media)?|ani|pti|ians|yonhap|kcna|tass|' +
  'sputnik|ria novosti|nurphoto|zuma(?: press)?|imago|dpa|kyodo|ap images|the associated press|' +
  'associated press|file|handout|supplied|courtesy|wikimedia commons|x|twitter|instagram|youtube)'
// "Name/Getty Images", "Name/AFP via Getty Images", "(Photo by Name/Reuters)"
const SLASH = new RegExp(`[\\w.)]\\s?/\\s?${AGENCY}\\b`, 'i')
const VIA = /\bvia (?:getty images|reuters|ap|afp)\b/i
// "Photo: Reuters", "Image credit: NASA", "Photograph: Name/Guardian", "Credit: …"
const LABEL =
  /(?:^|[(|\[] ?)(?:(?:file |representative |representational |main |top |cover |lead )?(?:photos?|photograph|image|picture|pic|video|illustration|graphic|credit|source)(?: credit| courtesy| by)?|credits?)\s*[:|]/i
const PREFIX = /^(?:(?:image|media|video) caption\b|\(?(?:ap|afp|reuters|epa|getty|pti|ani|file) photo\b|photo(?:graph)? by\b|image (?:via|source)\b|\(photo\b|\(image\b|\(credit\b)/i

// the agency alone on a line under a picture: "Getty Images", "AFP via Getty Images"
const ALONE = new RegExp(`^\\(?${AGENCY}(?: via ${AGENCY})?\\)?$`, 'i')

/** Photo credits. */
export const photoCredit: LineRule = {
  name: 'photo-credit',
  maxWords: 25,
  starts: '(abcdefghikmnprstvwxyz',
  test: (text, words) => PREFIX.test(text) || (words <= 5 && ALONE.test(text)),
  anywhere: {
    cues: ['/', 'via', ':', '|'],
    test: (text) =>
      (text.includes('/') && SLASH.test(text)) ||
      (text.includes(' via ') && VIA.test(text)) ||
      ((text.includes(':') || text.includes('|')) && LABEL.test(text)),
  },
}
