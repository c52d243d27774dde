/**
 * Key points an editor wrote in the type's mapped key-points field: a text field with
 * one point a line (bullets such as "- ", "* ", "• " or "1. " are dropped), or a JSON
 * field holding a list of strings. Loops over characters; no pattern runs on the text.
 */

/** Most key points read from the editor's field: a bound on the answer, far above what a reader scans. */
export const MAX_EDITOR_KEY_POINTS = 20;

const BULLETS = new Set(['-', '*', '•', '–', '—', '·', '‣', '▪']);

const isDigit = (char: string): boolean => char >= '0' && char <= '9';

/** The line without a leading list marker ("- ", "• ", "3. ", "3) "). */
const withoutBullet = (line: string): string => {
  if (BULLETS.has(line[0]) && line[1] === ' ') return line.slice(2).trim();
  let i = 0;
  while (i < line.length && i < 3 && isDigit(line[i])) i += 1;
  if (i > 0 && (line[i] === '.' || line[i] === ')') && line[i + 1] === ' ') return line.slice(i + 2).trim();
  return line;
};

/** The editor's key points, in their order: non-empty lines (or list items), trimmed, at most MAX_EDITOR_KEY_POINTS. */
export const editorKeyPoints = (value: unknown): string[] => {
  let items: unknown[];
  if (typeof value === 'string') items = value.split('\n');
  else if (Array.isArray(value)) items = value;
  else return [];
  const points: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') continue;
    const point = withoutBullet(item.trim());
    if (point !== '') points.push(point);
    if (points.length === MAX_EDITOR_KEY_POINTS) break;
  }
  return points;
};
