import { countBodyWords } from '../summary/limits';

/**
 * Words in an article body (blocks, or text/Markdown/HTML), read the way the summary
 * engine reads it (headings, code, captions and quotes left out, see text-from-body.ts).
 * Scripts written without spaces (Chinese, Japanese) count one word per run.
 * Uncapped: on a write path, check the body with `checkBodyLimits` (summary/limits.ts) first.
 */
export const countWords = (body: unknown): number => countBodyWords(body);

/** Whole minutes, rounded up; 0 only for an empty body. */
export const readingTimeMinutes = (words: number, wordsPerMinute: number): number =>
  words === 0 ? 0 : Math.max(1, Math.ceil(words / wordsPerMinute));
