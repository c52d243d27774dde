/**
 * Word counting by a scan over code points (a regular expression with a repeated
 * group would do the same, but this one also stops at a cap).
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

export const isLetterOrDigit = (codePoint: number): boolean => {
  if (codePoint < 0x80) {
    return (codePoint >= 0x30 && codePoint <= 0x39) || ((codePoint | 0x20) >= 0x61 && (codePoint | 0x20) <= 0x7a);
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
};

/** Apostrophes and hyphens join letters into one word ("don't", "well-known"), never start or end one. */
export const isJoiner = (codePoint: number): boolean => codePoint === 0x27 || codePoint === 0x2019 || codePoint === 0x2d;

/**
 * Words in `text`: runs of letters or digits, with inner apostrophes and hyphens.
 * Scripts written without spaces (Chinese, Japanese) count one word per run.
 * Stops as soon as the count exceeds `stopAbove`, returning `stopAbove + 1`.
 */
export const countWordsInText = (text: string, stopAbove: number = Number.POSITIVE_INFINITY): number => {
  let count = 0;
  // 'word': inside a word; 'joined': a joiner right after a word (a letter next continues it).
  let state: 'word' | 'joined' | 'between' = 'between';
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) as number;
    i += codePoint > 0xffff ? 2 : 1;
    if (isLetterOrDigit(codePoint)) {
      if (state === 'between') {
        count += 1;
        if (count > stopAbove) return count;
      }
      state = 'word';
    } else {
      state = state === 'word' && isJoiner(codePoint) ? 'joined' : 'between';
    }
  }
  return count;
};
