/**
 * Character tests and a forward search with memory, shared by the text scanners.
 * The scanners replace regular expressions that backtracked quadratically on user
 * text; every helper here looks at each character a bounded number of times.
 */

/** The characters JavaScript's `\s` matches. */
export const isSpace = (code: number): boolean =>
  (code >= 0x09 && code <= 0x0d) ||
  code === 0x20 ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/** The characters JavaScript's `\w` matches (without the `u` flag): ASCII letters, digits and `_`. */
export const isWordChar = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;

export const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

export const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Index of the first non-whitespace character at or after `from` (the length when none). */
export const skipSpace = (text: string, from: number): number => {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  return i;
};

/** Index after at most `max` spaces (U+0020) from `from`: Markdown's "up to three spaces of indentation". */
export const skipIndent = (text: string, from = 0, max = 3): number => {
  let i = from;
  while (i < from + max && text.charCodeAt(i) === 0x20) i += 1;
  return i;
};

/**
 * Wraps a search `(from) => index | -1` so that look-ups from positions that never
 * move backwards scan each character once: an answer found from `a` is also the
 * answer for every start between `a` and that answer, and "none" stays "none".
 * Without it, a scanner that looks for a closer after each of 100,000 openers
 * ("[[[[...") would rescan the rest of the text each time.
 */
export const forwardSearch = (search: (from: number) => number): ((from: number) => number) => {
  let askedFrom = Number.POSITIVE_INFINITY;
  let answer = -1;
  return (from) => {
    if (from >= askedFrom && (answer === -1 || from <= answer)) return answer;
    askedFrom = from;
    answer = search(from);
    return answer;
  };
};

/** `forwardSearch` over `text.indexOf(needle)`. */
export const nextIndexOf = (text: string, needle: string): ((from: number) => number) =>
  forwardSearch((from) => text.indexOf(needle, from));
