/**
 * The reading orders of one type and locale as pure data: the draft links and the
 * published links between documents, and the chains they form. No Strapi import.
 */
import type { PlanArticle, PlanRowLink } from '../bulk/plan-link-by-date';

/** Links between documents: at most one next and one previous each. */
export interface Links {
  nextOf: Map<string, string>;
  previousOf: Map<string, string>;
}

export interface OrderGraph {
  /** The editors' order: links between draft rows. */
  draft: Links;
  /** What readers follow: links between published rows. */
  published: Links;
}

export const emptyLinks = (): Links => ({ nextOf: new Map(), previousOf: new Map() });

export const copyLinks = (links: Links): Links => ({ nextOf: new Map(links.nextOf), previousOf: new Map(links.previousOf) });

export const addLink = (links: Links, previous: string, next: string) => {
  links.nextOf.set(previous, next);
  links.previousOf.set(next, previous);
};

export const removeLink = (links: Links, previous: string, next: string) => {
  if (links.nextOf.get(previous) === next) links.nextOf.delete(previous);
  if (links.previousOf.get(next) === previous) links.previousOf.delete(next);
};

/** Every link as `previous>next`, for comparing two states. */
export const linkKeys = (links: Links) => new Set([...links.nextOf].map(([previous, next]) => `${previous}>${next}`));

/**
 * The graph of the link rows between the articles' own rows. A row link that is
 * damage (across draft and published, to a row of another locale or type or to no
 * row, or a second next or previous for one article) is left out: the check reports it.
 */
export const buildGraph = (articles: PlanArticle[], links: PlanRowLink[]): OrderGraph => {
  const rows = new Map<number, { documentId: string; published: boolean }>();
  for (const article of articles) {
    rows.set(article.draftId, { documentId: article.documentId, published: false });
    if (article.publishedId !== null) rows.set(article.publishedId, { documentId: article.documentId, published: true });
  }
  const graph: OrderGraph = { draft: emptyLinks(), published: emptyLinks() };
  // Sorted so that which of two conflicting rows counts is the same on every database.
  const sorted = [...links].sort((a, b) => a.previousId - b.previousId || a.nextId - b.nextId);
  for (const link of sorted) {
    const [from, to] = [rows.get(link.previousId), rows.get(link.nextId)];
    if (!from || !to || from.published !== to.published || from.documentId === to.documentId) continue;
    const target = from.published ? graph.published : graph.draft;
    if (target.nextOf.has(from.documentId) || target.previousOf.has(to.documentId)) continue;
    addLink(target, from.documentId, to.documentId);
  }
  return graph;
};

export interface Chain {
  /** In reading order. */
  documentIds: string[];
  /** The links go round; `documentIds` starts at the smallest documentId of the loop. */
  loop: boolean;
}

/** Every chain of two articles or more; an article in none is unlinked. */
export const chainsOf = (links: Links): Chain[] => {
  const chains: Chain[] = [];
  const seen = new Set<string>();
  const walk = (start: string) => {
    const documentIds: string[] = [];
    for (let current: string | undefined = start; current !== undefined && !seen.has(current); current = links.nextOf.get(current)) {
      seen.add(current);
      documentIds.push(current);
    }
    return documentIds;
  };
  for (const first of links.nextOf.keys()) {
    if (!links.previousOf.has(first)) chains.push({ documentIds: walk(first), loop: false });
  }
  // What is left has a previous everywhere: loops.
  const rest = [...links.nextOf.keys()].filter((documentId) => !seen.has(documentId)).sort();
  for (const start of rest) {
    if (!seen.has(start)) chains.push({ documentIds: walk(start), loop: true });
  }
  return chains;
};

/** The chain holding `documentId`: a chain of one when it has no links. */
export const chainOf = (links: Links, documentId: string): Chain => {
  let first = documentId;
  const seen = new Set([documentId]);
  for (let previous = links.previousOf.get(first); previous !== undefined; previous = links.previousOf.get(previous)) {
    if (seen.has(previous)) {
      // A loop: opened at its smallest documentId, as `chainsOf` does.
      const start = [...seen].sort()[0];
      const documentIds = [start];
      for (let next = links.nextOf.get(start); next !== undefined && next !== start; next = links.nextOf.get(next)) documentIds.push(next);
      return { documentIds, loop: true };
    }
    seen.add(previous);
    first = previous;
  }
  const documentIds = [first];
  for (let next = links.nextOf.get(first); next !== undefined; next = links.nextOf.get(next)) documentIds.push(next);
  return { documentIds, loop: false };
};

/**
 * The published links a draft sequence stands for, as publication makes them: each
 * published article to the next published one along the sequence, stepping over at
 * most `maxSkipped` unpublished ones in between (0 without `skipUnpublished`).
 */
export const publishedProjection = (sequence: string[], isPublished: (documentId: string) => boolean, maxSkipped: number) => {
  const pairs: Array<[string, string]> = [];
  let last: string | null = null;
  let skipped = 0;
  for (const documentId of sequence) {
    if (!isPublished(documentId)) {
      skipped += 1;
      continue;
    }
    if (last !== null && skipped <= maxSkipped) pairs.push([last, documentId]);
    last = documentId;
    skipped = 0;
  }
  return pairs;
};
