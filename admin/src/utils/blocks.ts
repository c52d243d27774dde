import { countWords as countBodyWords } from '../../../server/src/services/reader/reading-time';

/**
 * Words in the body the form holds, counted by the same code as the reader API's
 * `readingTimeMinutes`, so editors see what readers will get. A body the form holds
 * mid-edit that cannot be read counts as no words.
 */
export const countWords = (body: unknown): number => {
  try {
    return countBodyWords(body);
  } catch {
    return 0;
  }
};

export { readingTimeMinutes } from '../../../server/src/services/reader/reading-time';
