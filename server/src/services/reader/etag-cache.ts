/**
 * The ETags this instance answered recently, so that a revalidation (`If-None-Match`)
 * can be answered 304 without reading the database. Every article write on this
 * instance clears it; a write on another instance is seen after `ttlMs` at most.
 */
/** What an answer is remembered by: its ETag, and the cache tags its headers carry. */
export interface RememberedAnswer {
  etag: string;
  tags: string[];
}

export const createEtagCache = (maxEntries = 10_000) => {
  const entries = new Map<string, { answer: RememberedAnswer; expires: number }>();
  /** Bumped by every clear: an answer computed across a clear may predate the write that caused it. */
  let generation = 0;

  return {
    /** Take before computing an answer; pass to `set`, which then ignores the ETag if a write came in between. */
    generation: () => generation,

    get(key: string, now = Date.now()): RememberedAnswer | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires <= now) {
        entries.delete(key);
        return undefined;
      }
      return entry.answer;
    },

    set(key: string, answer: RememberedAnswer, ttlMs: number, computedAt: number, now = Date.now()) {
      if (ttlMs <= 0 || computedAt !== generation) return;
      entries.delete(key);
      // Maps keep insertion order: the first key is the oldest entry.
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, { answer, expires: now + ttlMs });
    },

    clear() {
      generation += 1;
      entries.clear();
    },
  };
};

export type EtagCache = ReturnType<typeof createEtagCache>;
