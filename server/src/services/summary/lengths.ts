/**
 * The shapes and lengths a reader summary comes in (`?format=&length=`), and the
 * length chosen from an article's word count when the reader names none.
 * docs/summaries.md documents every number here; change both together.
 */

export const SUMMARY_FORMATS = ['paragraph', 'keypoints'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

export const SUMMARY_LENGTHS = ['short', 'medium', 'long'] as const;
export type SummaryLength = (typeof SUMMARY_LENGTHS)[number];

/**
 * Word counts at which the default length steps up: below MEDIUM_FROM_WORDS a brief
 * (`short`), from LONG_FROM_WORDS a long read (`long`), `medium` between. A 9,000-word
 * feature gets seven key points, not the three a 300-word brief gets.
 */
export const MEDIUM_FROM_WORDS = 400;
export const LONG_FROM_WORDS = 1_500;

export const lengthForWords = (words: number): SummaryLength =>
  words >= LONG_FROM_WORDS ? 'long' : words >= MEDIUM_FROM_WORDS ? 'medium' : 'short';

/** Key points per length: 3 to 7, fewer only when the article has fewer whole sentences. */
export const KEY_POINT_COUNTS: Readonly<Record<SummaryLength, number>> = { short: 3, medium: 5, long: 7 };

/** Most sentences of an automatic paragraph per length; `medium` is the stored automatic summary. */
export const PARAGRAPH_SENTENCES: Readonly<Record<SummaryLength, number>> = { short: 1, medium: 3, long: 6 };

/** A short paragraph is one sentence of at most this many characters (or the type's limit, if lower). */
export const SHORT_PARAGRAPH_CHARS = 300;

/** A long paragraph may take twice the type's limit, and at least this many characters. */
export const LONG_PARAGRAPH_MIN_CHARS = 1_200;

/** Longest automatic paragraph of a length, for a type whose summaries take at most `typeMaxLength` characters. */
export const paragraphMaxLength = (length: SummaryLength, typeMaxLength: number): number => {
  if (length === 'short') return Math.min(typeMaxLength, SHORT_PARAGRAPH_CHARS);
  if (length === 'long') return Math.max(2 * typeMaxLength, LONG_PARAGRAPH_MIN_CHARS);
  return typeMaxLength;
};
