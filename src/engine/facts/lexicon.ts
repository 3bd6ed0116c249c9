/**
 * Word lists for fact extraction: number words, calendar names, titles, demonyms, places and
 * common aliases. Kept modest and general (news English), never specific to one report.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s*\|\s*/))

/** Cardinal number words and their values. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
])

/** Multipliers that scale the number words before them. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['bn', 1e9],
  ['m', 1e6],
  ['k', 1e3],
  // Indian numbering, as Indian news sites write it: "11 lakh people", "Rs 5 crore"
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['crore', 1e7],
  ['crores', 1e7],
])

/** Ordinal words and their positions. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['fifteenth', 15],
  ['twentieth', 20],
  ['fiftieth', 50],
  ['hundredth', 100],
])

/** Vague quantities with a representative value (`dozens` = 24, approximate). */
export const VAGUE_WORDS: ReadonlyMap<string, { value: number; approximate: boolean }> = new Map([
  ['a dozen', { value: 12, approximate: false }],
  ['half a dozen', { value: 6, approximate: false }],
  ['half', { value: 0.5, approximate: false }],
  ['a third', { value: 1 / 3, approximate: false }],
  ['a quarter', { value: 0.25, approximate: false }],
  ['dozens', { value: 24, approximate: true }],
  ['scores', { value: 40, approximate: true }],
  ['hundreds', { value: 200, approximate: true }],
  ['thousands', { value: 2000, approximate: true }],
  ['tens of thousands', { value: 20000, approximate: true }],
  ['hundreds of thousands', { value: 200000, approximate: true }],
  ['millions', { value: 2e6, approximate: true }],
  ['tens of millions', { value: 2e7, approximate: true }],
  ['hundreds of millions', { value: 2e8, approximate: true }],
  ['billions', { value: 2e9, approximate: true }],
])

/** Words before a number that make it approximate or bounded. */
export const APPROX_BEFORE =
  /(?:^|\s)(?:more than|over|about|around|nearly|almost|some|roughly|approximately|at least|up to|fewer than|less than|under|an estimated|estimated|as many as|close to|upwards of|at most|below|above|just over|just under|some \w+ of)\s+$/i

/** Month names (and abbreviations) to two-digit numbers. */
export const MONTHS: ReadonlyMap<string, string> = new Map([
  ['january', '01'],
  ['february', '02'],
  ['march', '03'],
  ['april', '04'],
  ['may', '05'],
  ['june', '06'],
  ['july', '07'],
  ['august', '08'],
  ['september', '09'],
  ['october', '10'],
  ['november', '11'],
  ['december', '12'],
  ['jan', '01'],
  ['feb', '02'],
  ['mar', '03'],
  ['apr', '04'],
  ['jun', '06'],
  ['jul', '07'],
  ['aug', '08'],
  ['sep', '09'],
  ['sept', '09'],
  ['oct', '10'],
  ['nov', '11'],
  ['dec', '12'],
])

/** Weekday names, Sunday first (as `Date.getUTCDay`). */
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const

/** Capitalised words that start sentences or phrases but are not names. */
export const FUNCTION_CAPS = set(`
  The|A|An|In|On|At|By|For|From|To|Of|With|Without|As|But|And|Or|Nor|If|When|While|After|Before|
  Since|Until|During|Following|Over|Under|Meanwhile|However|Moreover|Also|Both|Another|Other|Some|
  Many|Most|More|Few|All|Each|Every|This|That|These|Those|It|Its|He|She|They|We|I|You|His|Her|
  Their|Our|My|Your|There|Here|Today|Tomorrow|Yesterday|Tonight|Now|Then|Still|Yet|Even|Just|
  Only|So|Thus|Although|Though|Because|Despite|According|Amid|Among|Between|Against|Ahead|Asked|
  Earlier|Later|Last|Next|Such|What|Which|Who|Whom|Whose|Why|How|Where|Read|Instead|Indeed|
  Yes|No|Not|Nothing|None|Please|Dear|Sources|Officials|Analysts|Experts|Critics|Residents|
  Western|Eastern|Northern|Southern|Central|Former|Ex|Newly|Several|Two|Three|Four|Five|Ten|
  One|Any|Once|Whether|Currently|Recently|Separately|Additionally|Furthermore|Overall|Unlike|
  Like|Near|Across|Around|Through|Throughout|Within|Beyond|Above|Below|Let|Will|Would|Can|Could|
  Should|May|Might|Must|Do|Does|Did|Is|Are|Was|Were|Has|Have|Had|Be|Been|Being
`)

/** Title words that stand before a person's name and are not part of it. */
export const TITLE_CORE = set(`
  President|Vice-President|Minister|Secretary|Secretary-General|Chancellor|King|Queen|Prince|
  Princess|Pope|General|Gen.|Gen|Col.|Lt.|Sgt.|Adm.|Capt.|Maj.|Mr.|Mrs.|Ms.|Dr.|Prof.|Mr|Mrs|Ms|
  Dr|Professor|Senator|Sen.|Rep.|Representative|Governor|Gov.|Mayor|Judge|Justice|Chairman|
  Chairwoman|Chair|Leader|Director|Ambassador|Envoy|Spokesperson|Spokesman|Spokeswoman|Premier|
  Commander|Colonel|Lieutenant|Sergeant|Admiral|Captain|Sheikh|Emperor|Crown|Cardinal|Bishop|
  Archbishop|Pastor|Rabbi|Imam|CEO|Chief|Speaker|Lawmaker|Congressman|Congresswoman|Marshal|
  Dictator|Chairperson|Officer|Adviser|Advisor|Commissioner|Attorney|Prosecutor|Sir|Dame|Lord|Lady|
  Councilman|Councilwoman|Councillor|Councilor|Alderman|Assemblyman|Assemblywoman|Sheriff|Coach|
  Manager|Striker|Midfielder|Defender|Goalkeeper|Winger|Forward|Skipper
`)

/** Words that may stand before a title word: `Defence Minister`, `Deputy Prime Minister`. */
export const TITLE_MODIFIERS = set(`
  Prime|Deputy|Vice|Foreign|Defence|Defense|Interior|Finance|Home|Trade|Economy|Energy|Health|
  Justice|Security|National|Supreme|Acting|Former|Chief|Executive|Senior|Top|First|State|Attorney|
  General|Special|Presidential|Press|Foreign-Policy|Opposition|Army|Navy|Military|Grand|Head|
  Education|Labour|Labor|Agriculture|Transport|Culture|Unification|Culture|Environment|High
`)

/** Head words that make a name an organisation. */
export const ORG_HEADS = set(`
  Ministry|Department|Agency|University|Institute|Center|Centre|Council|Party|News|Times|Post|
  Corporation|Corp.|Inc.|Ltd|Ltd.|Bank|Group|Company|Committee|Commission|Organization|
  Organisation|Union|Association|Army|Navy|Forces|Force|Court|Parliament|Congress|Senate|House|
  Assembly|Office|Bureau|Service|Services|Foundation|Fund|Studies|School|College|Academy|Society|
  Network|Press|Journal|Herald|Tribune|Guardian|Television|Radio|Broadcasting|Airlines|Club|
  Board|Authority|Administration|Government|Cabinet|Command|Guard|Police|Coalition|Alliance|
  Federation|Church|Reuters|Associated|Telegraph|Daily|Media|Fed|Reserve|Exchange|Program|
  Programme|Initiative|Tribunal|Secretariat|Kremlin|Pentagon|Politburo
`)

/** Lower-case connectors allowed inside an organisation name when a capitalised word follows. */
export const NAME_CONNECTORS = set(
  'of|for|and|the|on|de|del|da|van|von|der|den|bin|ibn|al|di|du|la|le',
)

/** Parts of a name that keep their possessive: `Workers' Party`, `People's Republic`. */
export const POSSESSIVE_NAME_PARTS = set(
  "people's|workers'|women's|children's|men's|veterans'|farmers'|citizens'|writers'|journalists'|" +
    "traders'|teachers'|nations'|people’s|workers’",
)

/** Demonyms and their places (lower case): `north korean` -> North Korea. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  (
    'russian:Russia|ukrainian:Ukraine|north korean:North Korea|south korean:South Korea|' +
    'korean:Korea|chinese:China|american:United States|british:United Kingdom|french:France|' +
    'german:Germany|japanese:Japan|iranian:Iran|israeli:Israel|palestinian:Palestine|' +
    'syrian:Syria|iraqi:Iraq|afghan:Afghanistan|pakistani:Pakistan|indian:India|turkish:Turkey|' +
    'saudi:Saudi Arabia|egyptian:Egypt|vietnamese:Vietnam|taiwanese:Taiwan|european:Europe|' +
    'belarusian:Belarus|polish:Poland|italian:Italy|spanish:Spain|canadian:Canada|' +
    'mexican:Mexico|brazilian:Brazil|australian:Australia|lebanese:Lebanon|yemeni:Yemen|' +
    'qatari:Qatar|emirati:United Arab Emirates|cuban:Cuba|venezuelan:Venezuela|' +
    'nigerian:Nigeria|kenyan:Kenya|ethiopian:Ethiopia|sudanese:Sudan|somali:Somalia|' +
    'libyan:Libya|georgian:Georgia|armenian:Armenia|azerbaijani:Azerbaijan|hungarian:Hungary|' +
    'swedish:Sweden|finnish:Finland|norwegian:Norway|danish:Denmark|dutch:Netherlands|' +
    'belgian:Belgium|swiss:Switzerland|austrian:Austria|greek:Greece|irish:Ireland|' +
    'filipino:Philippines|indonesian:Indonesia|thai:Thailand|malaysian:Malaysia|' +
    'burmese:Myanmar|mongolian:Mongolia|jordanian:Jordan|moroccan:Morocco|' +
    'algerian:Algeria|tunisian:Tunisia|south african:South Africa|argentine:Argentina|' +
    'argentinian:Argentina|chilean:Chile|colombian:Colombia|peruvian:Peru|kazakh:Kazakhstan|' +
    'uzbek:Uzbekistan|serbian:Serbia|croatian:Croatia|romanian:Romania|bulgarian:Bulgaria|' +
    'czech:Czech Republic|slovak:Slovakia|lithuanian:Lithuania|latvian:Latvia|' +
    'estonian:Estonia|moldovan:Moldova|portuguese:Portugal|scottish:Scotland|welsh:Wales|' +
    'english:England|kuwaiti:Kuwait|omani:Oman|bahraini:Bahrain|asian:Asia|african:Africa'
  )
    .split('|')
    .map((pair) => pair.split(':') as [string, string]),
)

/** Well-known places (countries, capitals, regions), for the entity type. */
export const PLACES = set(`
  Afghanistan|Albania|Algeria|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|
  Belarus|Belgium|Bolivia|Bosnia|Brazil|Bulgaria|Cambodia|Canada|Chile|China|Colombia|Congo|
  Croatia|Cuba|Cyprus|Czech Republic|Denmark|Egypt|England|Estonia|Ethiopia|Europe|Finland|France|
  Gaza|Georgia|Germany|Greece|Haiti|Hungary|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Japan|
  Jordan|Kazakhstan|Kenya|Korea|Kosovo|Kuwait|Laos|Latvia|Lebanon|Libya|Lithuania|Malaysia|Mali|
  Mexico|Moldova|Mongolia|Morocco|Myanmar|Nepal|Netherlands|New Zealand|Niger|Nigeria|
  North Korea|Norway|Oman|Pakistan|Palestine|Peru|Philippines|Poland|Portugal|Qatar|Romania|
  Russia|Saudi Arabia|Scotland|Serbia|Singapore|Slovakia|Somalia|South Africa|South Korea|Spain|
  Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Thailand|Tunisia|Turkey|Ukraine|
  United Arab Emirates|United Kingdom|United States|Uzbekistan|Venezuela|Vietnam|Wales|Yemen|
  Zimbabwe|Africa|Asia|Eurasia|Middle East|East Asia|Latin America|Crimea|Donbas|Kyiv|Kiev|
  Moscow|Beijing|Tokyo|Seoul|Pyongyang|Washington|London|Paris|Berlin|Brussels|Rome|Madrid|
  Tehran|Baghdad|Damascus|Beirut|Jerusalem|Tel Aviv|Cairo|Ankara|Istanbul|New Delhi|Delhi|
  Islamabad|Kabul|Hanoi|Bangkok|Manila|Jakarta|Taipei|Hong Kong|Minsk|Warsaw|Vienna|Geneva|
  New York|Vladivostok|St. Petersburg|Riyadh|Doha|Dubai|Abu Dhabi|Ottawa|Canberra|Sydney|
  Shanghai|Osaka|Busan|Kharkiv|Odesa|Odessa|Lviv|Korean Peninsula|Arctic|Pacific|Atlantic|
  Black Sea|Red Sea|West Bank|Siberia|Caucasus|Balkans|Sahel|Gulf|Persian Gulf|Strait of Hormuz
`)

/** Names that are organisations although no head word says so. */
export const ORGANIZATIONS = set(`
  United Nations|NATO|European Union|Kremlin|Pentagon|White House|Interfax|Reuters|
  Associated Press|Xinhua|TASS|Yonhap|KCNA|Hamas|Hezbollah|Taliban|Wagner|Google|Apple|
  Microsoft|Amazon|Meta|OpenAI|Tesla|Samsung|Gazprom|Rosneft|OPEC|G7|G20|BRICS|ASEAN|IAEA|WHO|
  IMF|World Bank|FBI|CIA|NSA|ICC|Rodong Sinmun
`)

/** Last words of company names: "Northwind Systems" is "Northwind" on second mention. */
export const FIRM_SUFFIXES = set(`
  Systems|Inc|Inc.|Corp|Corp.|Corporation|Group|Holdings|Technologies|Motors|Airlines|Airways|
  Industries|Ltd|Ltd.|Labs|Pharmaceuticals|Networks|Software|Semiconductor|Foods|Brands
`)

/** Family names written first (`Kim Jong Un`), so the first word is the surname. */
export const FAMILY_FIRST = set(
  'Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Moon|Xi|Li|Wang|Zhang|Liu|Chen|Yang|Huang|' +
    'Zhao|Wu|Zhou|Hu|Deng|Mao|Wen|Nguyen|Tran|Pham|Hun|Ri|Choe|Pak',
)

/**
 * Common aliases, lower case -> canonical. General news usage only; text-defined aliases and
 * surname-only mentions are added per comparison by `collectAliases`.
 */
export const COMMON_ALIASES: ReadonlyMap<string, string> = new Map(
  (
    'u.n.|un|united nations organization=United Nations;' +
    'u.s.|us|usa|u.s.a.|united states of america|america|the united states=United States;' +
    'uk|u.k.|britain|great britain|united kingdom of great britain and northern ireland=United Kingdom;' +
    'eu|e.u.=European Union;' +
    'north atlantic treaty organization|north atlantic treaty organisation=NATO;' +
    "dprk|d.p.r.k.|democratic people's republic of korea=North Korea;" +
    'rok|republic of korea=South Korea;' +
    "prc|people's republic of china|mainland china=China;" +
    'uae|u.a.e.=United Arab Emirates;' +
    'russian federation=Russia;' +
    'kiev=Kyiv;' +
    'who=World Health Organization;' +
    'imf=International Monetary Fund;' +
    'iaea=International Atomic Energy Agency;' +
    'icc=International Criminal Court;' +
    'unsc|u.n. security council|un security council|security council=United Nations Security Council;' +
    'kcna=Korean Central News Agency;' +
    'ap=Associated Press;' +
    'opec=OPEC;' +
    'islamic republic of iran=Iran;' +
    'burma=Myanmar;' +
    'holland|the netherlands=Netherlands'
  )
    .split(';')
    .flatMap((entry) => {
      const [forms, canonical] = entry.split('=') as [string, string]
      return forms.split('|').map((form) => [form, canonical] as [string, string])
    }),
)
