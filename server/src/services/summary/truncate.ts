const ELLIPSIS = '…';

const isSpace = (char: string): boolean => char === ' ' || char === '\n' || char === '\t' || char === '\u00a0' || char === '\r';

/** Characters left dangling before an ellipsis: spaces, clause punctuation, an opening bracket, dashes. */
const DANGLING = new Set([' ', '\n', '\t', '\u00a0', '\r', ',', ';', ':', '(', '-', '–', '—']);

/** Marks after which a clause ends ("…, which", "…; then", "… – and"). */
const CLAUSE_MARKS = new Set([',', ';', ':', '–', '—']);

const trimDangling = (text: string): string => {
  let end = text.length;
  while (end > 0 && DANGLING.has(text[end - 1])) end -= 1;
  return text.slice(0, end);
};

const withoutLoneHighSurrogate = (text: string): string => {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
};

/** Index of the last whitespace in text[0, end), or -1. Scans once, no pattern. */
const lastSpaceBefore = (text: string, end: number): number => {
  for (let i = end - 1; i >= 0; i -= 1) if (isSpace(text[i])) return i;
  return -1;
};

/**
 * Shortens text to at most `maxLength` characters (UTF-16 code units, as Strapi counts
 * them), cutting at the last word boundary and ending with "…". Only a single word
 * longer than the whole room is cut inside the word (never inside a surrogate pair).
 */
export const truncateAtWord = (text: string, maxLength: number): string => {
  if (text.length <= maxLength) return text;
  const room = maxLength - ELLIPSIS.length;
  let cut = text.slice(0, room);
  if (!isSpace(text.charAt(room))) {
    const lastSpace = lastSpaceBefore(cut, cut.length);
    if (lastSpace > 0) cut = cut.slice(0, lastSpace);
  }
  return `${trimDangling(withoutLoneHighSurrogate(cut))}${ELLIPSIS}`;
};

/**
 * Like truncateAtWord, but prefers to end at a clause boundary (after ",", ";", ":" or a
 * dash followed by a space) when that keeps at least half of the room, so a cut summary
 * reads as a whole thought: "The council approved the tram line…" rather than "The
 * council approved the tram line on Monday after a…".
 */
export const truncateAtClause = (text: string, maxLength: number): string => {
  if (text.length <= maxLength) return text;
  const room = maxLength - ELLIPSIS.length;
  for (let i = Math.min(room, text.length - 1); i >= Math.ceil(room / 2); i -= 1) {
    if (isSpace(text[i]) && i > 0 && CLAUSE_MARKS.has(text[i - 1])) {
      const clause = trimDangling(text.slice(0, i));
      if (clause.length >= room / 2) return `${clause}${ELLIPSIS}`;
    }
  }
  return truncateAtWord(text, maxLength);
};
