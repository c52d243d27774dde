/**
 * "Move this article between these two", as pure data: the draft links after the
 * move and the articles whose published links follow it. No Strapi import.
 */
import { addLink, copyLinks, removeLink, type Links } from './graph';

export interface MovePlan {
  /** The draft links after the move. */
  draft: Links;
  /**
   * The articles whose neighbors change: the moved one and its old and new neighbors
   * (their published links follow when the move is applied to readers, with the
   * nearest published articles across any unpublished ones among them: `planPublished`).
   */
  touched: string[];
}

/**
 * Takes `article` out of its place (its old neighbors close the gap) and puts it
 * between `previous` and `next` (null at an end), which must be next to each other
 * once it is out. The same links as a reorder of the two chains to these sequences.
 */
export const planMove = (current: Links, article: string, previous: string | null, next: string | null): MovePlan => {
  const draft = copyLinks(current);
  const [oldPrevious, oldNext] = [current.previousOf.get(article), current.nextOf.get(article)];
  if (oldPrevious !== undefined) removeLink(draft, oldPrevious, article);
  if (oldNext !== undefined) removeLink(draft, article, oldNext);
  if (oldPrevious !== undefined && oldNext !== undefined) addLink(draft, oldPrevious, oldNext);
  if (previous !== null && next !== null) removeLink(draft, previous, next);
  if (previous !== null) addLink(draft, previous, article);
  if (next !== null) addLink(draft, article, next);

  const ends = [oldPrevious, oldNext, previous ?? undefined, next ?? undefined];
  const touched = new Set([article, ...ends.filter((documentId): documentId is string => documentId !== undefined)]);
  return { draft, touched: [...touched] };
};
