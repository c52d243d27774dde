/**
 * A fingerprint of an article body, to tell later whether the body has changed
 * substantially since the summary was written. The server stores the fingerprint
 * of the body when the summary is edited; the admin panel computes the one of the
 * body the editor has now, with this same module, and compares the two.
 *
 * Method: the body's text as the summary engine reads it (text-from-body.ts), cut
 * into lower-case words (the reader API's word rule, word-count.ts), then into
 * shingles of three consecutive words, each hashed with 32-bit FNV-1a. The
 * fingerprint keeps the 128 smallest distinct hashes (a bottom-k sketch), so it
 * has a fixed size whatever the body's length. Two sketches estimate the Jaccard
 * similarity of the two bodies' shingle sets: among the 128 smallest hashes of
 * both together, the share found in both. Bodies of up to about 130 words keep all
 * their shingles and get the exact value.
 *
 * No Strapi import and no Node API: the admin bundles it.
 */
import { textFromBody } from './text-from-body';
import { isJoiner, isLetterOrDigit } from './word-count';

/** Changing the method changes this prefix; fingerprints of another version are not compared. */
const VERSION = 'w3k128:';
const SHINGLE_WORDS = 3;
const SKETCH_SIZE = 128;
/**
 * Below this estimated Jaccard similarity the body "changed substantially": about a
 * third of the text new, gone or rewritten (adding 40 % more text gives 0.71;
 * rewriting one sentence in twenty gives about 0.9; a small body's typo fix can
 * cross it, since one word is then a large share of the text).
 */
export const STALE_SIMILARITY = 0.7;

/** Lower-case words of a text, by the same rule as the word count (letters and digits, inner ' and -). */
const wordsOf = (text: string, into: string[]) => {
  let start = -1;
  let end = -1;
  for (let i = 0; i <= text.length;) {
    const codePoint = i < text.length ? (text.codePointAt(i) as number) : 0x20;
    const next = i + (codePoint > 0xffff ? 2 : 1);
    if (isLetterOrDigit(codePoint)) {
      if (start < 0) start = i;
      end = next;
    } else if (!(start >= 0 && end === i && isJoiner(codePoint))) {
      // A joiner continues a word only when a letter or digit follows it.
      if (start >= 0) into.push(text.slice(start, end).toLowerCase());
      start = -1;
    }
    i = next;
  }
};

const fnv1a = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
};

/** The `SKETCH_SIZE` smallest distinct values, ascending. */
const bottom = (values: Iterable<number>): number[] => {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  return sorted.slice(0, SKETCH_SIZE);
};

/**
 * The fingerprint of a body (blocks, or text/Markdown/HTML, as `summarize` takes):
 * a short string, the same for the same text whatever its markup or spacing.
 *
 * @throws SummaryInputError for a body of the wrong shape (see textFromBody).
 */
export const bodyFingerprint = (body: unknown): string => {
  const words: string[] = [];
  for (const paragraph of textFromBody(body)) wordsOf(paragraph, words);
  const span = Math.min(SHINGLE_WORDS, words.length);
  const hashes: number[] = [];
  for (let i = 0; i + span <= words.length && span > 0; i += 1) {
    hashes.push(fnv1a(words.slice(i, i + span).join(' ')));
  }
  return (
    VERSION +
    bottom(hashes)
      .map((hash) => hash.toString(16).padStart(8, '0'))
      .join('')
  );
};

const hashesOf = (fingerprint: string): Set<number> | null => {
  if (!fingerprint.startsWith(VERSION)) return null;
  const hex = fingerprint.slice(VERSION.length);
  if (hex.length % 8 !== 0 || hex.length / 8 > SKETCH_SIZE || !/^[0-9a-f]*$/.test(hex)) return null;
  const hashes = new Set<number>();
  for (let i = 0; i < hex.length; i += 8) hashes.add(Number.parseInt(hex.slice(i, i + 8), 16));
  return hashes;
};

/**
 * Estimated Jaccard similarity in [0, 1] of the texts of two fingerprints; 1 for two
 * bodies without text. Null when either is not a fingerprint of this version.
 */
export const fingerprintSimilarity = (a: string, b: string): number | null => {
  const left = hashesOf(a);
  const right = hashesOf(b);
  if (!left || !right) return null;
  const union = bottom([...left, ...right]);
  if (union.length === 0) return 1;
  const shared = union.filter((hash) => left.has(hash) && right.has(hash)).length;
  return shared / union.length;
};

/**
 * Whether the body whose fingerprint is `current` has changed substantially since
 * the one whose fingerprint was `stored` (similarity below `STALE_SIMILARITY`).
 * False when there is nothing to compare (no stored fingerprint, another version).
 */
export const bodyChangedSubstantially = (stored: string | null | undefined, current: string): boolean => {
  if (!stored) return false;
  const similarity = fingerprintSimilarity(stored, current);
  return similarity !== null && similarity < STALE_SIMILARITY;
};
