import { errors } from '@strapi/utils';

import { readingOrderQuery } from '../../../../contracts/schemas/reader';
import { reorderBody } from '../../../../contracts/schemas/orders';
import { updateLinksBody } from '../../../../contracts/schemas/reading-order';
import { seriesArticlesQuery } from '../../../../contracts/schemas/series';
import { parseBody, parseQuery } from '../request';

/** The error a call throws, as Strapi answers it: message and details. */
const refusal = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    if (!(error instanceof errors.ValidationError)) throw error;
    return { message: error.message, details: error.details };
  }
  throw new Error('expected a ValidationError');
};

describe('request validation through the routes’ zod schemas', () => {
  it('casts query numbers, applies defaults and ignores parameters the route does not take', () => {
    expect(parseQuery(readingOrderQuery, { before: ' 3 ', locale: ' en ', other: 'x' })).toEqual({ before: 3, after: 5, locale: 'en' });
  });

  it('answers a bad query value in yup’s wording, with its path', () => {
    expect(refusal(() => parseQuery(readingOrderQuery, { before: '51' }))).toEqual({
      message: 'before must be less than or equal to 50',
      details: { errors: [{ path: ['before'], message: 'before must be less than or equal to 50', name: 'ValidationError', value: 51 }] },
    });
    expect(refusal(() => parseQuery(readingOrderQuery, { before: 'abc' })).message).toBe('before must be a whole number');
    expect(refusal(() => parseQuery(readingOrderQuery, { before: '1.5' })).message).toBe('before must be an integer');
    expect(refusal(() => parseQuery(readingOrderQuery, { locale: 'en\u0000' })).message).toBe('locale must not contain control characters');
  });

  it('refuses a parameter given twice or as an object, naming it', () => {
    expect(refusal(() => parseQuery(readingOrderQuery, { locale: ['en', 'fr'] }))).toEqual({
      message: 'locale must be given once, as a plain value',
      details: { field: 'locale' },
    });
  });

  it('refuses unknown parameters of a strict query, naming them', () => {
    expect(refusal(() => parseQuery(seriesArticlesQuery, { locales: 'fr' }, { strict: true }))).toEqual({
      message: 'unknown query parameter(s): locales',
      details: { fields: ['locales'] },
    });
  });

  it('counts several problems as yup does', () => {
    const { message, details } = refusal(() => parseBody(reorderBody, {}));
    expect(message).toBe('2 errors occurred');
    expect((details as { errors: Array<{ message: string }> }).errors.map((error) => error.message)).toEqual([
      'order is required: the whole chain, first article first',
      'apply is required ("published" or "draft")',
    ]);
  });

  it('refuses untrimmed text and a string as a boolean in a strict body', () => {
    expect(refusal(() => parseBody(updateLinksBody, { next: '   ' })).message).toBe('next must be a trimmed string');
    expect(refusal(() => parseBody(updateLinksBody, { dryRun: 'true' })).message).toBe(
      'dryRun must be a `boolean` type, but the final value was: `"true"`.'
    );
    expect(refusal(() => parseBody(updateLinksBody, { foo: 1 })).message).toBe('unknown field(s): foo');
  });
});
