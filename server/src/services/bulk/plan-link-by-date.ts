/**
 * Linking by publication date as a pure function: given the versions of one type
 * and locale and the link rows between them, the link changes that make the wanted
 * order. No Strapi import: unit-tested on its own.
 */
import type { BulkScope } from '../../../../contracts/bulk';

/** One article of the locale: its draft row and, when published, its published row. */
export interface PlanArticle {
  documentId: string;
  title: string;
  draftId: number;
  publishedId: number | null;
  /** When the published version was published (ms); null for a draft-only article. */
  publishedAt: number | null;
}

/** A link row: `nextId` has `previousId` as its previous article. */
export interface PlanRowLink {
  previousId: number;
  nextId: number;
}

export type Version = 'draft' | 'published';

/** Unlinks are row links (they may touch damaged rows); links name documents, resolved to rows when applied. */
export type BulkOperation =
  | { action: 'unlink'; previous: string; next: string; versions: Version[]; rows: PlanRowLink[] }
  | { action: 'link'; previous: string; next: string; versions: Version[] };

/** Date order, ties by documentId: the same sequence on every database and every run. */
export const byPublication = (a: PlanArticle, b: PlanArticle) =>
  (a.publishedAt ?? 0) - (b.publishedAt ?? 0) || (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0);

const rowKey = (link: PlanRowLink) => `${link.previousId}>${link.nextId}`;

interface Index {
  byRow: Map<number, { article: PlanArticle; version: Version }>;
  nextOf: Map<number, number>;
  previousOf: Map<number, number>;
}

const indexOf = (articles: PlanArticle[], links: PlanRowLink[]): Index => {
  const byRow = new Map<number, { article: PlanArticle; version: Version }>();
  for (const article of articles) {
    byRow.set(article.draftId, { article, version: 'draft' });
    if (article.publishedId !== null) byRow.set(article.publishedId, { article, version: 'published' });
  }
  const nextOf = new Map<number, number>();
  const previousOf = new Map<number, number>();
  for (const link of links) {
    nextOf.set(link.previousId, link.nextId);
    previousOf.set(link.nextId, link.previousId);
  }
  return { byRow, nextOf, previousOf };
};

const touchesLink = (index: Index, article: PlanArticle) =>
  [article.draftId, article.publishedId].some((id) => id !== null && (index.nextOf.has(id) || index.previousOf.has(id)));

/**
 * Where `unlinked` articles go: after the last article of an existing order when
 * that article (published, with no next in either version) was published no later
 * than the first of them, so the date order reads on; else they form an order of their own.
 */
const appendAfter = (index: Index, published: PlanArticle[], first: PlanArticle | undefined): PlanArticle | null => {
  if (!first) return null;
  const ends = published.filter(
    (article) => touchesLink(index, article) && !index.nextOf.has(article.draftId) && !index.nextOf.has(article.publishedId!)
  );
  const sorted = ends.sort(byPublication);
  const latest = sorted[sorted.length - 1];
  return latest && byPublication(latest, first) <= 0 ? latest : null;
};

/** The sequence the job makes an order of. */
export const wantedSequence = (scope: BulkScope, articles: PlanArticle[], links: PlanRowLink[]): PlanArticle[] => {
  const published = articles.filter((article) => article.publishedId !== null).sort(byPublication);
  if (scope === 'all') return published;
  const index = indexOf(articles, links);
  const unlinked = published.filter((article) => !touchesLink(index, article));
  const tail = appendAfter(index, published, unlinked[0]);
  return tail ? [tail, ...unlinked] : unlinked;
};

/**
 * The operations, unlinks first: removing links never breaks an invariant, and each
 * link then joins an article with no next to one with no previous, so the orders
 * stay valid after any prefix of them (a cancelled or crashed job).
 */
export const planLinkByDate = (scope: BulkScope, articles: PlanArticle[], links: PlanRowLink[]): BulkOperation[] => {
  const index = indexOf(articles, links);
  const sequence = wantedSequence(scope, articles, links);
  const wanted = new Set<string>();
  const adds: BulkOperation[] = [];
  for (let position = 1; position < sequence.length; position += 1) {
    const [previous, next] = [sequence[position - 1], sequence[position]];
    const versions: Version[] = [];
    for (const [version, from, to] of [
      ['draft', previous.draftId, next.draftId],
      ['published', previous.publishedId!, next.publishedId!],
    ] as const) {
      const key = rowKey({ previousId: from, nextId: to });
      wanted.add(key);
      if (index.nextOf.get(from) !== to) versions.push(version);
    }
    if (versions.length > 0) adds.push({ action: 'link', previous: previous.documentId, next: next.documentId, versions });
  }
  if (scope === 'unlinked') return adds;

  // A full rebuild: every other link of the locale goes, by pair of documents.
  const unlinks = new Map<string, Extract<BulkOperation, { action: 'unlink' }>>();
  for (const link of links) {
    if (wanted.has(rowKey(link))) continue;
    const from = index.byRow.get(link.previousId);
    const to = index.byRow.get(link.nextId);
    // A row of another locale or type, or one that no longer exists: damage, named by its row id.
    const previous = from?.article.documentId ?? `row ${link.previousId}`;
    const next = to?.article.documentId ?? `row ${link.nextId}`;
    const key = `${previous}>${next}`;
    const entry = unlinks.get(key) ?? { action: 'unlink' as const, previous, next, versions: [], rows: [] };
    entry.rows.push(link);
    const version = from?.version ?? to?.version;
    if (version && !entry.versions.includes(version)) entry.versions.push(version);
    unlinks.set(key, entry);
  }
  return [...unlinks.values(), ...adds];
};
