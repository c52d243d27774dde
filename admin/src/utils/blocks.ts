/**
 * Reading the text out of Strapi's blocks JSON (the `body` of an article as the
 * Content Manager form holds it): nodes with `children`, leaves with `text`.
 */

type BlockNode = { text?: unknown; children?: unknown };

const collectText = (node: unknown, parts: string[]) => {
  if (Array.isArray(node)) {
    node.forEach((child) => collectText(child, parts));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const { text, children } = node as BlockNode;
  if (typeof text === 'string') parts.push(text);
  if (children !== undefined) collectText(children, parts);
};

/** Words in a blocks body; anything that is not blocks counts as no words. */
export const countWords = (body: unknown): number => {
  const parts: string[] = [];
  collectText(body, parts);
  // Each leaf is joined with a space: separate paragraphs must not glue their last and first words.
  return parts.join(' ').split(/\s+/u).filter(Boolean).length;
};

/** Whole minutes to read, rounded up; at least one minute as soon as there is a word. */
export const readingMinutes = (words: number, wordsPerMinute: number): number =>
  words === 0 ? 0 : Math.max(1, Math.ceil(words / wordsPerMinute));
