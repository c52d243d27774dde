import { countWords as countComposedWords } from '../../../server/src/services/reader/reading-time';
import { composeBody, type BodyShape } from '../../../server/src/services/summary/body-shape';
import { bodyChangedSubstantially, bodyFingerprint } from '../../../server/src/services/summary/fingerprint';

/**
 * Words in the body the form holds, read with the type's body shape and counted by
 * the same code as the reader API's `readingTimeMinutes`, so editors see what
 * readers will get. A body the form holds mid-edit that cannot be read counts as no words.
 */
export const countWords = (body: unknown, shape: BodyShape): number => {
  try {
    return countComposedWords(composeBody(body, shape));
  } catch {
    return 0;
  }
};

/**
 * Whether the body the form holds differs substantially from the one the stored
 * fingerprint was taken of. A body that cannot be read mid-edit gives no warning.
 */
export const bodyChangedSince = (fingerprint: string | null, body: unknown, shape: BodyShape): boolean => {
  try {
    return bodyChangedSubstantially(fingerprint, bodyFingerprint(composeBody(body, shape)));
  } catch {
    return false;
  }
};

export { readingTimeMinutes } from '../../../server/src/services/reader/reading-time';
