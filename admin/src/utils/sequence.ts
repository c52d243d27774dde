/**
 * The workspace's edits of a chain, as whole new sequences: every change is saved
 * as the complete order (`PUT /newsroom/orders/:documentId`), so each edit is a pure
 * function from the current sequence to the next one.
 */

/** The sequence with the item at `from` moved to `to` (both indexes of the current sequence). */
export const move = <T>(items: readonly T[], from: number, to: number): T[] => {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
};

/** The sequence with `item` inserted before index `at` (`items.length` appends). */
export const insertAt = <T>(items: readonly T[], item: T, at: number): T[] => [...items.slice(0, at), item, ...items.slice(at)];

export const removeAt = <T>(items: readonly T[], at: number): T[] => items.filter((_item, index) => index !== at);

/** The part kept by "split after": the server leaves the rest linked as a chain of its own. */
export const upTo = <T>(items: readonly T[], at: number): T[] => items.slice(0, at + 1);
