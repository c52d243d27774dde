/** How many answers a client keeps for revalidation; the oldest goes first. */
const ETAG_MEMORY_SIZE = 200;

interface Remembered {
  etag: string;
  body: unknown;
}

/**
 * The answers kept for conditional requests, by URL, least recently used first out.
 * Bounded, so a long-running server that renders many articles does not grow without end.
 */
export const createEtagMemory = (size = ETAG_MEMORY_SIZE) => {
  const entries = new Map<string, Remembered>();
  return {
    get(url: string): Remembered | undefined {
      const entry = entries.get(url);
      if (entry) {
        entries.delete(url);
        entries.set(url, entry);
      }
      return entry;
    },
    set(url: string, entry: Remembered) {
      entries.delete(url);
      entries.set(url, entry);
      if (entries.size > size) entries.delete(entries.keys().next().value as string);
    },
  };
};
