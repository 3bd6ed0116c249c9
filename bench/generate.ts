/**
 * Synthetic report pairs of a chosen length for benchmarks: news-like sentences built from
 * templates and word lists with a seeded generator, so no two paragraphs repeat. Report B
 * retells about half of A's claims in other words (synonyms, changed numbers, reordered
 * clauses) and adds claims of its own, as a second outlet would.
 */

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let t = seed >>> 0
  return () => {
    t = (t + 0x6d2b79f5) >>> 0
    let r = Math.imul(t ^ (t >>> 15), 1 | t)
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = ['Anna', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemal', 'Lena', 'Marco', 'Nadia', 'Omar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Viktor', 'Wen', 'Yusuf', 'Zofia']
const LAST = ['Adler', 'Brandt', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Gomez', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski', 'Larsen', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Sato', 'Tanaka', 'Urban', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zhou']
const PLACES = ['Northport', 'Eastvale', 'Riverton', 'Lakeside', 'Hillcrest', 'Westbrook', 'Stonebridge', 'Fairhaven', 'Oakridge', 'Pinecrest', 'Redwater', 'Silverton', 'Brightwater', 'Kingsford', 'Ashford', 'Millbrook']
const ORGS = ['the Ministry of Trade', 'the Port Authority', 'the Central Bank', 'the Energy Agency', 'the Health Council', 'the Rail Company', 'the Water Board', 'the Farmers Union', 'the Space Agency', 'the Transport Office', 'the Statistics Bureau', 'the Customs Service']
const VERBS = [['announced', 'revealed'], ['signed', 'concluded'], ['opened', 'inaugurated'], ['criticised', 'condemned'], ['approved', 'endorsed'], ['delayed', 'postponed'], ['expanded', 'enlarged'], ['inspected', 'examined'], ['funded', 'financed'], ['proposed', 'suggested']]
const OBJECTS = [['a new trade agreement', 'a fresh trade deal'], ['the harbour expansion', 'the port enlargement'], ['a rail link', 'a railway connection'], ['the water treatment plant', 'the water purification facility'], ['a housing programme', 'a housing scheme'], ['the border crossing', 'the frontier checkpoint'], ['a solar farm', 'a solar power station'], ['the bridge repairs', 'the repair of the bridge'], ['a school building plan', 'a plan for new schools'], ['the fishing quota', 'the catch limit'], ['a vaccine campaign', 'an immunisation drive'], ['the budget draft', 'the draft budget']]
const UNITS = ['workers', 'containers', 'tonnes', 'families', 'kilometres', 'vehicles', 'schools', 'hectares', 'tickets', 'patients']
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const REASONS = ['after months of talks', 'despite strong protests', 'amid rising costs', 'following a court ruling', 'ahead of the regional elections', 'to ease congestion', 'in response to the flood damage', 'under pressure from investors']

type Claim = { who: string; verb: number; obj: number; place: string; n: number; unit: string; day: string; reason: string }

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T
}

function claim(r: () => number): Claim {
  const who = r() < 0.5 ? `${pick(r, FIRST)} ${pick(r, LAST)}` : pick(r, ORGS)
  return {
    who,
    verb: Math.floor(r() * VERBS.length),
    obj: Math.floor(r() * OBJECTS.length),
    place: pick(r, PLACES),
    n: 10 + Math.floor(r() * 9000),
    unit: pick(r, UNITS),
    day: pick(r, WEEKDAYS),
    reason: pick(r, REASONS),
  }
}

function say(c: Claim, variant: 0 | 1): string {
  const verb = (VERBS[c.verb] as string[])[variant]
  const obj = (OBJECTS[c.obj] as string[])[variant]
  const who = c.who.charAt(0).toUpperCase() + c.who.slice(1)
  const n = c.n.toLocaleString('en-US')
  return variant === 0
    ? `${who} ${verb} ${obj} in ${c.place} on ${c.day}, affecting ${n} ${c.unit} ${c.reason}.`
    : `On ${c.day}, ${obj} in ${c.place} was ${verb} by ${c.who} ${c.reason}, with ${n} ${c.unit} affected.`
}

/** A claim of A that B retells: sentence numbers (1-based) and how B changed it. */
export type Retelling = { a: number; b: number; change: 'none' | 'number' | 'day' }

/** Two reports of about `words` words each, and which claims B retells. */
export function generatePair(
  words: number,
  seed = 1,
): { a: string; b: string; retold: Retelling[] } {
  const r = rng(seed)
  const a: string[] = []
  const b: string[] = []
  const retold: Retelling[] = []
  let count = 0
  while (count < words) {
    const c = claim(r)
    const s = say(c, 0)
    a.push(s)
    count += s.split(' ').length
    const roll = r()
    const retell = (text: string, change: Retelling['change']) => {
      b.push(text)
      retold.push({ a: a.length, b: b.length, change })
    }
    if (roll < 0.35) retell(say(c, 1), 'none')
    else if (roll < 0.5) retell(say({ ...c, n: c.n + 1 + Math.floor(r() * 500) }, 1), 'number')
    else if (roll < 0.6) {
      const day = pick(r, WEEKDAYS.filter((d) => d !== c.day))
      retell(say({ ...c, day }, 0), 'day')
    }
    if (r() < 0.4) b.push(say(claim(r), r() < 0.5 ? 0 : 1))
  }
  const paragraphs = (xs: string[]) => {
    const out: string[] = []
    for (let i = 0; i < xs.length; i += 3) out.push(xs.slice(i, i + 3).join(' '))
    return out.join('\n\n')
  }
  return { a: paragraphs(a), b: paragraphs(b), retold }
}
