/**
 * What instances tell each other: the cache tags a committed change made stale, or
 * that everything is. `origin` lets an instance skip its own messages (it applied
 * them when it sent them).
 */
export interface Invalidation {
  origin: string;
  tags: string[] | 'all';
}

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more: stay well under it. */
export const MAX_PAYLOAD_BYTES = 7_500;

/** One or more payloads, each within `maxBytes`, that together carry the invalidation. */
export const encodeInvalidation = ({ origin, tags }: Invalidation, maxBytes = MAX_PAYLOAD_BYTES): string[] => {
  if (tags === 'all') return [JSON.stringify({ o: origin, a: 1 })];
  const payloads: string[] = [];
  let batch: string[] = [];
  // The envelope plus each tag quoted and comma-separated; tags are ASCII (`pageTag`), so characters are bytes.
  const envelope = JSON.stringify({ o: origin, t: [] }).length;
  let size = envelope;
  for (const tag of tags) {
    const added = tag.length + 3;
    if (batch.length > 0 && size + added > maxBytes) {
      payloads.push(JSON.stringify({ o: origin, t: batch }));
      batch = [];
      size = envelope;
    }
    batch.push(tag);
    size += added;
  }
  if (batch.length > 0) payloads.push(JSON.stringify({ o: origin, t: batch }));
  return payloads;
};

/**
 * Reads a payload from the channel. Anything unreadable (another version of the
 * plugin, a stray NOTIFY) counts as "everything is stale": dropping answers is
 * always safe, keeping them may not be.
 */
export const decodeInvalidation = (payload: unknown): Invalidation => {
  try {
    const parsed = typeof payload === 'string' ? JSON.parse(payload) : null;
    const origin = typeof parsed?.o === 'string' ? parsed.o : '';
    if (Array.isArray(parsed?.t) && parsed.t.every((tag: unknown) => typeof tag === 'string')) return { origin, tags: parsed.t };
    return { origin, tags: 'all' };
  } catch {
    return { origin: '', tags: 'all' };
  }
};
