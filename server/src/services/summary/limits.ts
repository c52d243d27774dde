/**
 * Hard caps on the size of an article body, checked before any other work on it so
 * that one request cannot hold the server: the body's size as JSON, then its words.
 * Both measures stop as soon as their cap is passed. No Strapi import: the server
 * maps `BodyTooLargeError` to a 413 with the plugin's configured limits.
 */
import { readBody } from './text-from-body';
import type { TextSink } from './text-sink';
import { countWordsInText } from './word-count';

export interface BodyLimits {
  /** Largest body, in bytes of its JSON (UTF-8). */
  maxBodyBytes: number;
  /** Most words in the body, counted as `countBodyWords` does. */
  maxBodyWords: number;
}

export type BodyLimit = 'bytes' | 'words';

/**
 * A body over one of the caps. `actual` is not given: measuring stops just past the
 * cap, so all that is known is that the body has more than `max`.
 */
export class BodyTooLargeError extends RangeError {
  readonly limit: BodyLimit;

  readonly max: number;

  readonly actual?: number;

  constructor(limit: BodyLimit, max: number, actual?: number) {
    super(`body has more than ${max} ${limit === 'bytes' ? 'bytes (as JSON)' : 'words'}`);
    this.name = 'BodyTooLargeError';
    this.limit = limit;
    this.max = max;
    if (actual !== undefined) this.actual = actual;
  }
}

const UTF8_TWO_BYTES = 0x80;
const UTF8_THREE_BYTES = 0x800;

/** Bytes of one UTF-16 unit of a JSON string at `i` (a surrogate pair counts 4 on its first unit, 0 on its second). */
const jsonCharBytes = (text: string, i: number): number => {
  const code = text.charCodeAt(i);
  if (code === 0x22 || code === 0x5c) return 2; // \" and \\
  if (code === 0x08 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d) return 2; // \b \t \n \f \r
  if (code < 0x20) return 6; // \u00XX
  if (code < UTF8_TWO_BYTES) return 1;
  if (code < UTF8_THREE_BYTES) return 2;
  const isHigh = code >= 0xd800 && code <= 0xdbff;
  const isLow = code >= 0xdc00 && code <= 0xdfff;
  if (isHigh) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? 4 : 6; // a pair is one 4-byte character; a lone surrogate is \uXXXX
  }
  if (isLow) {
    const previous = text.charCodeAt(i - 1);
    return previous >= 0xd800 && previous <= 0xdbff ? 0 : 6;
  }
  return 3;
};

/**
 * Size of `value` as JSON (`JSON.stringify`, encoded as UTF-8), in bytes, without
 * building the string. Walks with an explicit stack, so deep nesting cannot overflow
 * the call stack, and stops as soon as the size passes `maxBytes`: the work is bounded
 * by `maxBytes`, not by the value (an object's members are listed when the walk
 * reaches the object, their contents only when it reaches them).
 *
 * @throws BodyTooLargeError `{ limit: 'bytes', max: maxBytes }` when the JSON is longer.
 */
export const jsonByteLength = (value: unknown, maxBytes: number): number => {
  let bytes = 0;
  const add = (count: number) => {
    bytes += count;
    if (bytes > maxBytes) throw new BodyTooLargeError('bytes', maxBytes);
  };
  const addString = (text: string) => {
    add(2);
    for (let i = 0; i < text.length; i += 1) add(jsonCharBytes(text, i));
  };
  // Each entry is a value still to write, or the literal text (punctuation) to add between values.
  const pending: Array<{ value: unknown; key: string } | string> = [{ value, key: '' }];
  while (pending.length > 0) {
    const next = pending.pop() as { value: unknown; key: string } | string;
    if (typeof next === 'string') {
      add(next.length);
      continue;
    }
    let item = next.value;
    if (typeof item === 'object' && item !== null && typeof (item as { toJSON?: unknown }).toJSON === 'function') {
      item = (item as { toJSON: (key: string) => unknown }).toJSON(next.key);
    }
    if (typeof item === 'string') addString(item);
    else if (typeof item === 'number') add(Number.isFinite(item) ? String(item).length : 4);
    else if (typeof item === 'boolean') add(item ? 4 : 5);
    else if (typeof item === 'bigint')
      add(String(item).length); // JSON.stringify throws; counted so the cap still holds
    else if (item === null || typeof item !== 'object')
      add(4); // null; undefined and functions only reach here in arrays
    else if (Array.isArray(item)) pushArray(pending, item);
    else pushObject(pending, item as Record<string, unknown>);
  }
  return bytes;
};

type Pending = Array<{ value: unknown; key: string } | string>;

/** Pushes `[a,b,...]` in reverse, so it is popped in order. */
const pushArray = (pending: Pending, array: unknown[]): void => {
  pending.push(']');
  for (let i = array.length - 1; i >= 0; i -= 1) {
    const element = array[i];
    pending.push({ value: typeof element === 'function' || element === undefined ? null : element, key: String(i) });
    if (i > 0) pending.push(',');
  }
  pending.push('[');
};

/** Pushes `{"k":v,...}` in reverse; members JSON leaves out (undefined, functions, symbols) are skipped. */
const pushObject = (pending: Pending, object: Record<string, unknown>): void => {
  const members: Array<[string, unknown]> = [];
  for (const key in object) {
    if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
    const member = object[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    members.push([key, member]);
  }
  pending.push('}');
  for (let i = members.length - 1; i >= 0; i -= 1) {
    const [key, member] = members[i];
    pending.push({ value: member, key });
    pending.push(':');
    pending.push({ value: key, key: '' });
    if (i > 0) pending.push(',');
  }
  pending.push('{');
};

/** Counts the words of each paragraph as the readers find them, and ends the read past the cap. */
class WordTally implements TextSink {
  count = 0;

  readonly full = false;

  constructor(private readonly maxWords: number) {}

  add(paragraph: string): void {
    this.count += countWordsInText(paragraph, this.maxWords - this.count);
    if (this.count > this.maxWords) throw new BodyTooLargeError('words', this.maxWords);
  }
}

/**
 * Words in an article body (blocks, or text/Markdown/HTML), read the way the summary
 * engine reads it (headings, code, captions and quotes left out, see text-from-body.ts).
 * Stops reading as soon as the count passes `maxWords`.
 *
 * @throws BodyTooLargeError `{ limit: 'words', max: maxWords }` past the cap.
 * @throws SummaryInputError for a body of the wrong shape (see textFromBody).
 */
export const countBodyWords = (body: unknown, maxWords: number = Number.POSITIVE_INFINITY): number => {
  const tally = new WordTally(maxWords);
  readBody(body, tally);
  return tally.count;
};

/**
 * Checks a body against both caps, size first (so that counting words never reads
 * more than `maxBodyBytes` of JSON), and returns both measures; `words` is the body's
 * word count, the value to store as `wordCount`. A composed body (`composeBody`) is
 * measured as the JSON of the value it wraps (its `toJSON`), as it is stored.
 *
 * @throws BodyTooLargeError naming the cap passed.
 * @throws SummaryInputError for a body of the wrong shape.
 */
export const checkBodyLimits = (body: unknown, limits: BodyLimits): { bytes: number; words: number } => {
  const bytes = jsonByteLength(body, limits.maxBodyBytes);
  return { bytes, words: countBodyWords(body, limits.maxBodyWords) };
};
