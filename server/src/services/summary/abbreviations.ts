/**
 * Abbreviations after which Intl.Segmenter wrongly ends a sentence, per language.
 * Entries are lower case and without their final dot (`z.b` stands for "z.B.").
 * sentences.ts decides with them whether two pieces are one sentence.
 */
export interface Abbreviations {
  /** Never end a sentence: titles before a name (Mr., Mme., Hr., Sra.) and markers such as e.g., z.B., т.е. */
  always: ReadonlySet<string>;
  /** Do not end a sentence before a number: month abbreviations (Jan. 5), No. 5, p. 12. */
  beforeNumber: ReadonlySet<string>;
  /** Titles unless a number comes just before: Russian "г. Москва" (city) but "в 2020 г." (year). */
  titleUnlessAfterNumber: ReadonlySet<string>;
  /** Month words a day number with a dot comes before (German "am 5. Mai"). */
  monthsAfterOrdinal: ReadonlySet<string>;
  /** Dotted abbreviations that often end a sentence (p.m., т.д.): only a lower-case word continues them. */
  oftenFinal: ReadonlySet<string>;
}

const set = (...words: string[]): ReadonlySet<string> => new Set(words);

const NONE = set();

const GERMAN_MONTHS = [
  'januar',
  'jänner',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
  'jan',
  'feb',
  'febr',
  'mär',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dez',
];

const BY_LANGUAGE: ReadonlyMap<string, Abbreviations> = new Map([
  [
    'en',
    {
      always: set(
        'mr',
        'mrs',
        'ms',
        'messrs',
        'dr',
        'prof',
        'st',
        'mt',
        'rev',
        'hon',
        'gen',
        'gov',
        'sen',
        'rep',
        'capt',
        'col',
        'lt',
        'sgt',
        'adm',
        'maj',
        'cmdr',
        'supt',
        'insp',
        'det',
        'e.g',
        'i.e',
        'cf',
        'vs',
        'viz',
        'approx'
      ),
      beforeNumber: set(
        'no',
        'nos',
        'vol',
        'p',
        'pp',
        'fig',
        'ch',
        'sec',
        'art',
        'jan',
        'feb',
        'mar',
        'apr',
        'jun',
        'jul',
        'aug',
        'sep',
        'sept',
        'oct',
        'nov',
        'dec'
      ),
      titleUnlessAfterNumber: NONE,
      monthsAfterOrdinal: NONE,
      oftenFinal: set('a.m', 'p.m'),
    },
  ],
  [
    'fr',
    {
      always: set('m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'cf', 'p.ex', 'c.-à-d', 'c-à-d', 'env'),
      beforeNumber: set('n', 'no', 'p', 'art', 'vol', 'chap', 'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'),
      titleUnlessAfterNumber: NONE,
      monthsAfterOrdinal: NONE,
      oftenFinal: NONE,
    },
  ],
  [
    'de',
    {
      always: set(
        'hr',
        'hrn',
        'fr',
        'frl',
        'dr',
        'prof',
        'dipl',
        'ing',
        'st',
        'z.b',
        'd.h',
        'u.a',
        'u.u',
        's.o',
        's.u',
        'bzw',
        'ca',
        'vgl',
        'evtl',
        'ggf',
        'inkl',
        'sog',
        'bspw'
      ),
      beforeNumber: set(
        'nr',
        's',
        'abs',
        'bd',
        'art',
        'jan',
        'feb',
        'febr',
        'mär',
        'apr',
        'jun',
        'jul',
        'aug',
        'sep',
        'sept',
        'okt',
        'nov',
        'dez'
      ),
      titleUnlessAfterNumber: NONE,
      monthsAfterOrdinal: set(...GERMAN_MONTHS),
      oftenFinal: set('o.ä', 'u.ä', 'u.s.w'),
    },
  ],
  [
    'es',
    {
      always: set(
        'sr',
        'sra',
        'srta',
        'sres',
        'sras',
        'd',
        'dña',
        'dr',
        'dra',
        'lic',
        'ing',
        'prof',
        'sto',
        'sta',
        'ud',
        'uds',
        'p.ej',
        'vs'
      ),
      beforeNumber: set(
        'núm',
        'nro',
        'n',
        'pág',
        'págs',
        'art',
        'vol',
        'cap',
        'ene',
        'feb',
        'mar',
        'abr',
        'jun',
        'jul',
        'ago',
        'sep',
        'sept',
        'set',
        'oct',
        'nov',
        'dic'
      ),
      titleUnlessAfterNumber: NONE,
      monthsAfterOrdinal: NONE,
      oftenFinal: set('a.m', 'p.m'),
    },
  ],
  [
    'ru',
    {
      always: set('т.е', 'т.к', 'т.н', 'т.ч', 'напр', 'см', 'ср', 'гр', 'тов', 'ул', 'пр', 'пер', 'им', 'проф', 'акад', 'ген'),
      beforeNumber: set('д', 'кв', 'стр', 'с', 'рис', 'т', 'ст', 'янв', 'фев', 'февр', 'апр', 'авг', 'сен', 'сент', 'окт', 'нояб', 'дек'),
      titleUnlessAfterNumber: set('г', 'гг'),
      monthsAfterOrdinal: NONE,
      oftenFinal: set('т.д', 'т.п'),
    },
  ],
]);

const NEUTRAL: Abbreviations = {
  always: NONE,
  beforeNumber: NONE,
  titleUnlessAfterNumber: NONE,
  monthsAfterOrdinal: NONE,
  oftenFinal: NONE,
};

/** The abbreviation tables of a language (by primary subtag); empty for languages without one. */
export const abbreviationsFor = (code: string): Abbreviations => BY_LANGUAGE.get(code) ?? NEUTRAL;
