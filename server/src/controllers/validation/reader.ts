import { errors, validateYupSchema, yup } from '@strapi/utils';

import { localeCode, wholeNumber } from './common';

/** How far the reader's reading-order list may reach each way. */
export const MAX_READER_ORDER_STEPS = 50;

const steps = wholeNumber(0, MAX_READER_ORDER_STEPS, 5);

const localeOnly = yup.object({ locale: localeCode() });
const orderQuery = localeOnly.shape({ before: steps, after: steps });

/** A slug or documentId: a non-empty path segment of sensible length. */
export const validateKey = (key: unknown): string => {
  if (typeof key !== 'string' || key.trim() === '' || key.length > 255) {
    throw new errors.ValidationError('slugOrDocumentId must be a slug or a documentId', { field: 'slugOrDocumentId' });
  }
  return key.trim();
};

export const validateLocaleQuery = (query: unknown) =>
  validateYupSchema(localeOnly, { strict: false })(query) as Promise<{ locale?: string }>;

export const validateOrderQuery = (query: unknown) =>
  validateYupSchema(orderQuery, { strict: false })(query) as Promise<{ locale?: string; before: number; after: number }>;
