import fc from 'fast-check';

import { countWords } from '../../reader/reading-time';
import { SummaryInputError } from '../errors';
import { BodyTooLargeError, checkBodyLimits, countBodyWords, jsonByteLength } from '../limits';
import { countWordsInText } from '../word-count';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

const caught = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('jsonByteLength', () => {
  const utf8Json = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

  it('is the UTF-8 size of JSON.stringify for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => jsonByteLength(value, Number.POSITIVE_INFINITY) === utf8Json(value)),
      { seed: 7, numRuns: 2000 }
    );
  });

  it.each([
    ['escapes', 'quote " backslash \\ newline \n tab \t control \u0001'],
    ['two- and three-byte characters', 'é – 日本'],
    ['a surrogate pair (one 4-byte character)', '😀'],
    ['lone surrogates (written \\uXXXX)', '\ud800 x \udfff'],
  ])('counts %s as JSON.stringify writes them', (_, text) => {
    expect(jsonByteLength({ body: [text] }, Number.POSITIVE_INFINITY)).toBe(utf8Json({ body: [text] }));
  });

  it('leaves out what JSON leaves out, and writes null for it in arrays', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1], d: new Date(0), e: Number.NaN };
    expect(jsonByteLength(value, Number.POSITIVE_INFINITY)).toBe(utf8Json(value));
  });

  it('accepts a body of exactly the cap and refuses one byte more', () => {
    const body = [paragraph('The tram line opens on Monday.')];
    const size = utf8Json(body);
    expect(jsonByteLength(body, size)).toBe(size);
    const error = caught(() => jsonByteLength(body, size - 1));
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toMatchObject({ name: 'BodyTooLargeError', limit: 'bytes', max: size - 1 });
  });

  it('stops reading once past the cap', () => {
    let readLast = false;
    const body = {
      first: 'x'.repeat(200),
      last: {
        get text() {
          readLast = true;
          return 'y';
        },
      },
    };
    expect(() => jsonByteLength(body, 100)).toThrow(BodyTooLargeError);
    expect(readLast).toBe(false);
  });

  it('measures values nested a million levels deep, which JSON.stringify cannot', () => {
    let nested: unknown = [];
    for (let i = 0; i < 1_000_000; i += 1) nested = [nested];
    expect(jsonByteLength(nested, Number.POSITIVE_INFINITY)).toBe(2_000_002);
    expect(() => jsonByteLength(nested, 1_000)).toThrow(BodyTooLargeError);
  });
});

describe('countWordsInText', () => {
  const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

  it('counts runs of letters and digits joined by inner apostrophes and hyphens', () => {
    expect(countWordsInText("It's a well-known fact: 42 trams, rock 'n' roll -- e-mail’s.")).toBe(10);
    expect(countWordsInText('東京 と 大阪')).toBe(3);
    expect(countWordsInText('')).toBe(0);
  });

  it('counts what the word pattern of the reader API matched', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', '1', '東', '𝐀', "'", '’', '-', ' ', '.', '\n'), maxLength: 40 }),
        (text) => countWordsInText(text) === (text.match(WORD)?.length ?? 0)
      ),
      { seed: 11, numRuns: 5000 }
    );
  });

  it('stops one word past `stopAbove`', () => {
    expect(countWordsInText('one two three four five', 2)).toBe(3);
  });
});

describe('countBodyWords', () => {
  it('counts as countWords does, for every body format', () => {
    for (const body of [
      'One two three',
      '<p>One <em>two</em></p><h1>Title</h1>',
      [paragraph("It's well-known."), paragraph('Two.')],
      null,
    ]) {
      expect(countBodyWords(body, 1_000)).toBe(countWords(body));
    }
  });

  it('accepts a body of exactly the cap and refuses one word more', () => {
    const body = [paragraph('one two three'), paragraph('four five')];
    expect(countBodyWords(body, 5)).toBe(5);
    expect(caught(() => countBodyWords(body, 4))).toMatchObject({ limit: 'words', max: 4 });
  });

  it('stops reading the body once past the cap', () => {
    let readLast = false;
    const last = {
      type: 'text',
      get text() {
        readLast = true;
        return 'more words';
      },
    };
    const body = [paragraph('one two three four five six'), { type: 'paragraph', children: [last] }];
    expect(() => countBodyWords(body, 5)).toThrow(BodyTooLargeError);
    expect(readLast).toBe(false);
  });

  it('stops within a single long paragraph of a string body', () => {
    const body = 'word '.repeat(500_000);
    expect(caught(() => countBodyWords(body, 200_000))).toMatchObject({ limit: 'words', max: 200_000 });
  });
});

describe('checkBodyLimits', () => {
  const limits = { maxBodyBytes: 2_000_000, maxBodyWords: 200_000 };

  it('returns the size as JSON and the word count of a body within both caps', () => {
    const body = [paragraph('The tram line opens on Monday.')];
    expect(checkBodyLimits(body, limits)).toEqual({ bytes: Buffer.byteLength(JSON.stringify(body)), words: 6 });
  });

  it('checks the size first, so words are never counted in an oversized body', () => {
    const body = 'word '.repeat(1_000);
    expect(caught(() => checkBodyLimits(body, { maxBodyBytes: 100, maxBodyWords: 10 }))).toMatchObject({
      limit: 'bytes',
      max: 100,
    });
    expect(caught(() => checkBodyLimits(body, { maxBodyBytes: 10_000, maxBodyWords: 10 }))).toMatchObject({
      limit: 'words',
      max: 10,
    });
  });

  it('refuses a body of the wrong shape as textFromBody does', () => {
    expect(() => checkBodyLimits(42, limits)).toThrow(SummaryInputError);
  });
});
