/**
 * Abbreviations that end with a period but rarely end a sentence, by how the next word decides.
 * Lower case, without the final period: `gen` for "Gen.", `u.s` for "U.S.".
 */

/** Titles before a name: never a sentence end (`Gen. Kim`, `Dr. Lee`, `St. Petersburg`). */
export const TITLES = new Set(
  (
    'mr mrs ms messrs mme mlle dr prof gen lt col maj capt cpt sgt cpl pvt cmdr adm brig gov ' +
    'sen rep rev fr hon pres supt insp det amb atty st mt ft sr sra srta vs cf esp approx ' +
    'e.g i.e viz al'
  ).split(' '),
)

/** Words that are abbreviations before a number: `No. 5`, `Jan. 6`, `Vol. 2`, `p. 14`. */
export const BEFORE_NUMBER = new Set(
  (
    'no nos vol vols p pp fig figs art sec ch para pt ed ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
)

/** Abbreviations that may end a sentence: `Apple Inc. The company` splits, `Inc. Chief` not. */
export const MAYBE_FINAL = new Set(
  'inc ltd co corp llc plc bros jr etc dept univ assn ave blvd rd a.m p.m'.split(' '),
)

/**
 * Capitalised words that usually begin a sentence. After an initialism or a `MAYBE_FINAL`
 * abbreviation they decide: "...the U.S. The talks" splits, "U.S. State Department" does not.
 */
export const STARTERS = new Set(
  (
    'the a an he she it they we i you this that these those there his her its their our my ' +
    'but and or so yet in on at as after before when while if although though however ' +
    'meanwhile still also then now some many most both each other others officials no not ' +
    'what who why how where which one two three four five six seven eight nine ten'
  ).split(' '),
)
