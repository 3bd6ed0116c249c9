/**
 * Character references for the extractor: HTMLRewriter hands over text and attribute values as
 * they stand in the source, so `&amp;`, `&#8217;` and `&eacute;` are decoded here.
 *
 * The table holds the Latin-1 names and the typographic ones news pages use, not all 2,231 HTML
 * names; an unknown name is left as written, as a browser does.
 */

// Latin-1 names for U+00A0 to U+00FF, in code point order.
const LATIN1 = `nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg
macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo
frac14 frac12 frac34 iquest Agrave
Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc
Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute
THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml
igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave
uacute ucirc uuml yacute thorn yuml`

const OTHERS: Record<string, number> = {
  amp: 38,
  lt: 60,
  gt: 62,
  quot: 34,
  apos: 39,
  OElig: 338,
  oelig: 339,
  Scaron: 352,
  scaron: 353,
  Yuml: 376,
  fnof: 402,
  circ: 710,
  tilde: 732,
  ensp: 8194,
  emsp: 8195,
  thinsp: 8201,
  zwnj: 8204,
  zwj: 8205,
  lrm: 8206,
  rlm: 8207,
  hyphen: 8208,
  ndash: 8211,
  mdash: 8212,
  lsquo: 8216,
  rsquo: 8217,
  sbquo: 8218,
  ldquo: 8220,
  rdquo: 8221,
  bdquo: 8222,
  dagger: 8224,
  Dagger: 8225,
  bull: 8226,
  hellip: 8230,
  permil: 8240,
  prime: 8242,
  Prime: 8243,
  lsaquo: 8249,
  rsaquo: 8250,
  euro: 8364,
  trade: 8482,
  larr: 8592,
  rarr: 8594,
  minus: 8722,
  nbsp: 160,
  NewLine: 10,
  Tab: 9,
}

const NAMED = new Map<string, string>()
LATIN1.split(/\s+/).forEach((name, i) => NAMED.set(name, String.fromCodePoint(0xa0 + i)))
for (const [name, code] of Object.entries(OTHERS)) NAMED.set(name, String.fromCodePoint(code))

function fromNumber(code: number): string {
  if (
    !Number.isFinite(code) ||
    code <= 0 ||
    code > 0x10ffff ||
    (code >= 0xd800 && code <= 0xdfff)
  ) {
    return '\uFFFD'
  }
  return String.fromCodePoint(code)
}

/**
 * Decodes named and numeric character references.
 *
 * @example decodeEntities('Fish &amp; chips &#8211; &eacute;t&eacute;') // 'Fish & chips – été'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(
    /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g,
    (whole, dec, hex, name) => {
      if (dec !== undefined) return fromNumber(Number.parseInt(dec, 10))
      if (hex !== undefined) return fromNumber(Number.parseInt(hex, 16))
      return NAMED.get(name) ?? whole
    },
  )
}
