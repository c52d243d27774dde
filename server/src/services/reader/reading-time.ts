import { textFromBody } from '../summary/text-from-body';

/** A word: letters or digits, with inner apostrophes and hyphens ("don't", "well-known"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Words in an article body (blocks, or text/Markdown/HTML), read the way the summary
 * engine reads it (headings, code, captions and quotes left out, see text-from-body.ts).
 * Scripts written without spaces (Chinese, Japanese) count one word per run.
 */
export const countWords = (body: unknown): number =>
  textFromBody(body, Number.POSITIVE_INFINITY).reduce((total, paragraph) => total + (paragraph.match(WORD)?.length ?? 0), 0);

/** Whole minutes, rounded up; 0 only for an empty body. */
export const readingTimeMinutes = (words: number, wordsPerMinute: number): number =>
  words === 0 ? 0 : Math.max(1, Math.ceil(words / wordsPerMinute));
