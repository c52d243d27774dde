/**
 * "Make the chain holding this article exactly this sequence", as pure data: the
 * draft links after the change, and the published links after it when the change
 * is applied to the published order too. No Strapi import.
 */
import { addLink, chainOf, copyLinks, removeLink, type Links } from './graph';

export interface ReorderPlan {
  /** The draft links after the change (every link of the locale). */
  draft: Links;
  /** Articles of the chain left out of the sequence. */
  removed: string[];
  /** Articles of the sequence taken from another chain. */
  taken: string[];
  /**
   * Articles whose draft neighbors may have changed: the chain, the sequence and the
   * articles next to the gaps the taken ones left. Their published links follow
   * when the change is applied to the published order.
   */
  touched: string[];
}

/** Consecutive pairs of a sequence. */
const pairsOf = (sequence: string[]) => sequence.slice(1).map((next, index) => [sequence[index], next] as const);

/** The runs of `sequence` made of articles `keep` accepts, each in order. */
const runsOf = (sequence: string[], keep: (documentId: string) => boolean) => {
  const runs: string[][] = [[]];
  for (const documentId of sequence) {
    if (keep(documentId)) runs[runs.length - 1].push(documentId);
    else if (runs[runs.length - 1].length > 0) runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
};

const unlinkAll = (links: Links, documentIds: Iterable<string>) => {
  for (const documentId of documentIds) {
    const [previous, next] = [links.previousOf.get(documentId), links.nextOf.get(documentId)];
    if (previous !== undefined) removeLink(links, previous, documentId);
    if (next !== undefined) removeLink(links, documentId, next);
  }
};

/**
 * The chain holding `subject` becomes `order` (which holds `subject`, without
 * duplicates). Left-out articles of the chain lose their links, except to the
 * left-out articles they were next to (so cutting a chain after an article keeps
 * the rest as a chain of its own). An article of `order` in another chain leaves
 * it, and that chain closes the gap. A loop the change touches is opened.
 */
export const planReorder = (current: Links, subject: string, order: string[]): ReorderPlan => {
  const draft = copyLinks(current);
  const inOrder = new Set(order);
  const chain = chainOf(current, subject).documentIds;
  const touched = new Set([...chain, ...order]);

  // The other chains the sequence takes articles from, each once.
  const others: string[][] = [];
  const seen = new Set<string>(chain);
  for (const documentId of order) {
    if (seen.has(documentId)) continue;
    const other = chainOf(current, documentId).documentIds;
    for (const member of other) seen.add(member);
    if (other.length > 1) others.push(other);
  }
  const taken = others.flatMap((other) => other.filter((documentId) => inOrder.has(documentId)));

  unlinkAll(draft, [...chain, ...others.flat()]);
  for (const run of runsOf(chain, (documentId) => !inOrder.has(documentId))) {
    for (const [previous, next] of pairsOf(run)) addLink(draft, previous, next);
  }
  for (const other of others) {
    const rest = other.filter((documentId) => !inOrder.has(documentId));
    for (const [previous, next] of pairsOf(rest)) addLink(draft, previous, next);
    // The articles on each side of a gap: their neighbors changed.
    other.forEach((documentId, index) => {
      if (inOrder.has(documentId)) return;
      const [before, after] = [other[index - 1], other[index + 1]];
      if ((before !== undefined && inOrder.has(before)) || (after !== undefined && inOrder.has(after))) touched.add(documentId);
    });
  }
  for (const [previous, next] of pairsOf(order)) addLink(draft, previous, next);

  return { draft, removed: chain.filter((documentId) => !inOrder.has(documentId)), taken, touched: [...touched] };
};

/**
 * Removes the published links that close a loop through a touched article and that
 * the change did not ask for: an old published link can meet the new ones in a circle.
 */
const openLoops = (published: Links, touched: string[], asked: Set<string>) => {
  // Every article has at most one previous, so an article reached from an earlier walk is on a path already
  // checked or on a loop already opened: each article is walked once, whatever the length of the order.
  const walked = new Set<string>();
  for (const start of touched) {
    const loop: Array<[string, string]> = [];
    let current = start;
    while (published.nextOf.has(current) && !walked.has(current)) {
      walked.add(current);
      const next = published.nextOf.get(current)!;
      loop.push([current, next]);
      current = next;
    }
    if (current !== start || loop.length === 0) continue;
    for (const [previous, next] of loop) {
      if (!asked.has(`${previous}>${next}`)) removeLink(published, previous, next);
    }
  }
};

/**
 * The published links after the change is applied to the published order: every
 * published article the change touched takes, as its published neighbors, the
 * nearest published articles along the new draft order (as publishing it would),
 * and what held those places lets go. Published links elsewhere stay as they are,
 * staged draft changes elsewhere included.
 */
export const planPublished = (
  published: Links,
  draft: Links,
  touched: string[],
  isPublished: (documentId: string) => boolean,
  maxSkipped: number
): Links => {
  const result = copyLinks(published);
  const nearest = (from: string, step: Map<string, string>) => {
    let current = step.get(from);
    for (let skipped = 0; current !== undefined && current !== from; current = step.get(current)) {
      if (isPublished(current)) return current;
      skipped += 1;
      if (skipped > maxSkipped) return null;
    }
    return null;
  };
  // An unpublished article the change touched may stand in a gap between published ones (the place an
  // article left, or took): those are touched too, so they link across it or stop doing so, as publishing would.
  const reached = new Set(touched);
  for (const documentId of touched) {
    if (isPublished(documentId)) continue;
    for (const step of [draft.previousOf, draft.nextOf]) {
      const found = nearest(documentId, step);
      if (found !== null) reached.add(found);
    }
  }
  const wanted: Array<[string, string]> = [];
  for (const documentId of [...reached].sort()) {
    if (!isPublished(documentId)) continue;
    const [previous, next] = [nearest(documentId, draft.previousOf), nearest(documentId, draft.nextOf)];
    for (const [from, to] of [
      [result.previousOf.get(documentId), documentId],
      [documentId, result.nextOf.get(documentId)],
    ] as const) {
      if (from !== undefined && to !== undefined) removeLink(result, from, to);
    }
    if (previous !== null) wanted.push([previous, documentId]);
    if (next !== null) wanted.push([documentId, next]);
  }
  for (const [previous, next] of wanted) {
    const [heldNext, heldPrevious] = [result.nextOf.get(previous), result.previousOf.get(next)];
    if (heldNext !== undefined) removeLink(result, previous, heldNext);
    if (heldPrevious !== undefined) removeLink(result, heldPrevious, next);
    addLink(result, previous, next);
  }
  openLoops(result, touched, new Set(wanted.map(([previous, next]) => `${previous}>${next}`)));
  return result;
};
