/** Reading-order chains as the article rows show them, for generators that aim at links. */
import type { Random } from './random';
import type { ArticleRow } from './types';

const sameSide = (a: ArticleRow, b: ArticleRow) => a.locale === b.locale && a.published === b.published;

/** The chain through `row` (same locale and publication state), head first; stops at a loop. */
export const chainThrough = (rows: ArticleRow[], row: ArticleRow): ArticleRow[] => {
  const side = rows.filter((other) => sameSide(other, row));
  const byDocument = new Map(side.map((other) => [other.documentId, other]));
  const nextOf = new Map(side.filter((other) => other.previous).map((other) => [other.previous as string, other]));
  const chain = [row];
  const seen = new Set([row.documentId]);
  for (let current = row; current.previous && byDocument.has(current.previous) && !seen.has(current.previous);) {
    current = byDocument.get(current.previous) as ArticleRow;
    seen.add(current.documentId);
    chain.unshift(current);
  }
  for (let current = row; nextOf.has(current.documentId) && !seen.has(nextOf.get(current.documentId)!.documentId);) {
    current = nextOf.get(current.documentId) as ArticleRow;
    seen.add(current.documentId);
    chain.push(current);
  }
  return chain;
};

/** A run of linked drafts of one locale (possibly a single article when nothing is linked). */
export const linkedDrafts = (random: Random, rows: ArticleRow[]): ArticleRow[] => {
  const drafts = rows.filter((row) => !row.published);
  if (drafts.length === 0) return [];
  const linked = drafts.filter((row) => row.previous);
  const chain = chainThrough(rows, random.pick(linked.length > 0 ? linked : drafts));
  const start = random.int(0, Math.max(0, chain.length - 2));
  return chain.slice(start, start + random.int(2, 5));
};

/** `{ from, to }` such that linking `from.previous = to` closes a loop (the head onto the tail). */
export const loopClosingLink = (random: Random, rows: ArticleRow[]): { from: ArticleRow; to: ArticleRow } | undefined => {
  const linked = rows.filter((row) => row.previous && !row.published);
  if (linked.length === 0) return undefined;
  const chain = chainThrough(rows, random.pick(linked));
  if (chain.length < 2) return undefined;
  return { from: chain[0], to: chain[chain.length - 1] };
};
