/**
 * Words of a claim for comparison: tokens, stop words, stems, and a small news-verb lexicon
 * that folds near-synonyms (visit / trip / stay) onto one key.
 */
import { stemmer } from 'stemmer'
import { classAt, WORD, widthAt, wordEnd } from './chars'

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each either few for ' +
    'from further had has have having he her here hers herself him himself his how i if in into is ' +
    'it its itself just me more most my myself no nor not of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself ' +
    'yourselves s t may might must shall us one new like well still even yet however meanwhile ' +
    'amid amidst among upon via per within without whether though although since ago'
  ).split(' '),
)

// Groups of words that news reports use interchangeably for one claim. Kept small and general:
// each group is a verb or noun family that paraphrases across outlets.
const SYNONYM_GROUPS: readonly string[][] = [
  ['visit', 'trip', 'stay', 'tour', 'travel', 'journey', 'arrive', 'arrival'],
  ['thank', 'thanks', 'appreciate', 'appreciation', 'gratitude', 'grateful', 'thankful'],
  ['say', 'said', 'tell', 'told', 'state', 'stated', 'note', 'noted', 'remark', 'add', 'added'],
  ['announce', 'announcement', 'reveal', 'disclose', 'unveil', 'publish'],
  ['letter', 'op-ed', 'essay', 'message'],
  ['meet', 'meeting', 'met', 'talk', 'talks', 'summit', 'discussion', 'discuss'],
  ['pledge', 'promise', 'vow', 'commit', 'commitment', 'hint', 'signal'],
  ['support', 'backing', 'help', 'aid', 'assistance', 'assist'],
  ['delegation', 'entourage', 'retinue', 'accompany', 'accompanying'],
  ['kill', 'killed', 'dead', 'death', 'die', 'died', 'slain'],
  ['injure', 'injured', 'wound', 'wounded', 'hurt'],
  ['arrest', 'arrested', 'detain', 'detained', 'capture', 'captured', 'seize'],
  ['attack', 'strike', 'assault', 'raid', 'bombing', 'blast', 'explosion'],
  ['win', 'won', 'victory', 'beat', 'defeat'],
  ['rise', 'rose', 'increase', 'climb', 'jump', 'gain', 'surge'],
  ['fall', 'fell', 'drop', 'decline', 'decrease', 'slump', 'plunge'],
  ['plan', 'plans', 'intend', 'expect', 'expected', 'schedule', 'scheduled', 'prepare'],
  ['agreement', 'deal', 'pact', 'treaty', 'accord'],
  ['cooperation', 'partnership', 'collaboration', 'ties', 'relations', 'relationship'],
  ['sanction', 'sanctions', 'restriction', 'restrictions', 'embargo'],
  ['oppose', 'resist', 'counter', 'reject', 'fight'],
  ['weapon', 'weapons', 'arms', 'munition', 'munitions', 'ammunition'],
  ['newspaper', 'media', 'paper', 'daily', 'outlet', 'press'],
  ['leader', 'president', 'head', 'chief', 'official', 'minister'],
  ['war', 'invasion', 'conflict', 'operation', 'offensive'],
  ['west', 'western'],
  ['east', 'eastern'],
  ['north', 'northern'],
  ['south', 'southern'],
]

const LEXICON = new Map<string, string>()
for (const group of SYNONYM_GROUPS) {
  const key = group[0] as string
  for (const word of group) {
    LEXICON.set(word, key)
    LEXICON.set(stemmer(word), key)
  }
}

const stemCache = new Map<string, string>()

/** The comparison key of one lower-case word: its synonym group's key or its stem. */
export function keyOf(word: string): string {
  const cached = stemCache.get(word)
  if (cached !== undefined) return cached
  const bare = word.replace(/['’]s$/, '').replace(/\./g, '')
  const key = LEXICON.get(bare) ?? LEXICON.get(stemmer(bare)) ?? stemmer(bare)
  if (stemCache.size < 50_000) stemCache.set(word, key)
  return key
}

// Within one comparison the same claims, names and quotes are keyed several times over. The
// cache is emptied as each comparison begins: texts rarely repeat across comparisons, and a
// benchmark that repeats one input would otherwise time the cache instead of the keying.
const keysCache = new Map<string, ReadonlySet<string>>()

/** Empties the cache of `contentKeys`: called once per comparison, before any keying. */
export function clearKeysCache(): void {
  keysCache.clear()
}

/**
 * The distinct comparison keys of the content words of `text`: the words of
 * `[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*` (u flag) in the lower-cased text, read by a scanner because
 * the regex's match objects made keying the hottest part of building profiles.
 */
export function contentKeys(text: string): ReadonlySet<string> {
  const cached = keysCache.get(text)
  if (cached !== undefined) return cached
  const keys = new Set<string>()
  const lower = text.toLowerCase()
  const n = lower.length
  let i = 0
  while (i < n) {
    const c = lower.charCodeAt(i)
    if (classAt(lower, i, c) !== WORD) {
      i += widthAt(lower, i, c)
      continue
    }
    const end = wordEnd(lower, i)
    const word = lower.slice(i, end)
    if (!STOPWORDS.has(word)) keys.add(keyOf(word))
    i = end
  }
  if (keysCache.size >= 20_000) keysCache.clear()
  keysCache.set(text, keys)
  return keys
}
