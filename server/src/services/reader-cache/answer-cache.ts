import { LRUCache } from 'lru-cache';

/** A reader answer as it is sent: its serialized body, validators and cache tags. */
export interface CachedAnswer {
  etag: string;
  /** The response body, serialized once (a hit sends it as it is). */
  json: string;
  /** Cache tags of every article the answer shows (`pageTag`): what invalidates it. */
  tags: string[];
}

export interface AnswerCacheOptions {
  /** Most memory the answers may take, in bytes (JSON is counted two bytes a character, as V8 may store it). */
  maxBytes: number;
  /** Longest an answer is kept; 0: until evicted or invalidated. */
  ttlMs: number;
  /** Clock in milliseconds (tests pass their own). */
  now?: () => number;
}

/** Per-entry bookkeeping (key, tags, LRU links) counted on top of the JSON. */
const ENTRY_OVERHEAD_BYTES = 200;

const sizeOf = (key: string, answer: CachedAnswer) =>
  ENTRY_OVERHEAD_BYTES + 2 * (key.length + answer.json.length + answer.etag.length + answer.tags.reduce((sum, tag) => sum + tag.length, 0));

/**
 * Whole reader answers, least recently used first out, bounded in bytes, and
 * invalidated by the tags of the articles they show. Pure: the service wires it to
 * writes and to the other instances.
 *
 * An answer computed while an invalidation came in may predate the write that caused
 * it: take `generation()` before computing and pass it to `set`, which then drops it.
 */
export const createAnswerCache = ({ maxBytes, ttlMs, now }: AnswerCacheOptions) => {
  /** Which keys show each tag, to invalidate without scanning every entry. */
  const keysByTag = new Map<string, Set<string>>();
  let generation = 0;

  const unindex = (key: string, tags: string[]) => {
    for (const tag of tags) {
      const keys = keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) keysByTag.delete(tag);
    }
  };

  const entries = new LRUCache<string, CachedAnswer>({
    maxSize: Math.max(maxBytes, 1),
    sizeCalculation: (answer, key) => sizeOf(key, answer),
    // ttlResolution 0: read the clock on each check rather than a value cached for a millisecond.
    ...(ttlMs > 0 ? { ttl: ttlMs, ttlAutopurge: false, ttlResolution: 0 } : {}),
    ...(now ? { perf: { now } } : {}),
    // Every way out (eviction, expiry, replacement, invalidation) leaves the tag index.
    dispose: (answer, key) => unindex(key, answer.tags),
  });

  return {
    generation: () => generation,

    get: (key: string): CachedAnswer | undefined => entries.get(key),

    /** Keeps the answer unless an invalidation came in since `computedAt`, or it alone exceeds the budget. */
    set(key: string, answer: CachedAnswer, computedAt: number): boolean {
      if (maxBytes <= 0 || computedAt !== generation || sizeOf(key, answer) > maxBytes) return false;
      entries.set(key, answer);
      if (!entries.has(key)) return false;
      for (const tag of answer.tags) {
        let keys = keysByTag.get(tag);
        if (!keys) keysByTag.set(tag, (keys = new Set()));
        keys.add(key);
      }
      return true;
    },

    /** Drops every answer that shows one of `tags`. */
    invalidate(tags: Iterable<string>) {
      generation += 1;
      for (const tag of tags) {
        for (const key of [...(keysByTag.get(tag) ?? [])]) entries.delete(key);
      }
    },

    clear() {
      generation += 1;
      entries.clear();
    },

    /** Entries and bytes held, for tests and diagnostics. */
    stats: () => ({ entries: entries.size, bytes: entries.calculatedSize, tags: keysByTag.size }),
  };
};

export type AnswerCache = ReturnType<typeof createAnswerCache>;
