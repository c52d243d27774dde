/**
 * The text guards, each written once. PostgreSQL refuses a NUL in text and JSON with
 * an error (a 500), and control characters have no place in an id, a locale or a
 * search, so every route and write path refuses them with these before a query runs.
 */

/** Control characters (NUL included). */
export const hasControlCharacter = (text: string) => {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True if any string (or key) in `value` holds a NUL character; an explicit stack, so depth cannot overflow. */
export const containsNul = (value: unknown): boolean => {
  const stack: unknown[] = [value];
  const seen = new WeakSet<object>();
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return true;
      continue;
    }
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
    } else if (isRecord(current)) {
      for (const [key, child] of Object.entries(current)) {
        if (key.includes('\u0000')) return true;
        stack.push(child);
      }
    }
  }
  return false;
};

/** A NUL written in a URL (`%00`, any case); the text is searched literally, no pattern. */
export const hasEncodedNul = (url: string) => url.toLowerCase().includes('%00');
