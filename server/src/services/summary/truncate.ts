const ELLIPSIS = '…';

/**
 * Shortens text to at most `maxLength` characters (UTF-16 code units, as Strapi counts
 * them), cutting at the last word boundary and ending with "…". A single word longer
 * than the room is cut inside the word (never inside a surrogate pair).
 */
export const truncateAtWord = (text: string, maxLength: number): string => {
  if (text.length <= maxLength) return text;
  const room = maxLength - ELLIPSIS.length;
  let cut = text.slice(0, room);
  if (!/\s/.test(text.charAt(room))) {
    const lastSpace = cut.search(/\s\S*$/);
    if (lastSpace > 0) cut = cut.slice(0, lastSpace);
  }
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:(\-–—]+$/u, '')}${ELLIPSIS}`;
};
