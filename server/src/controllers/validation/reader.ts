import { errors, yup } from '@strapi/utils';

import { contentTypeUid, hasControlCharacter, localeCode, queryValidator, wholeNumber } from './common';

/** How far the reader's reading-order list may reach each way. */
export const MAX_READER_ORDER_STEPS = 50;

const steps = wholeNumber(0, MAX_READER_ORDER_STEPS, 5);

/** `type` and `locale`: every reader and admin route that reads one article takes both. */
const localeOnly = yup.object({ type: contentTypeUid(), locale: localeCode() });
const orderQuery = localeOnly.shape({ before: steps, after: steps });

/** A slug or documentId: a non-empty path segment of sensible length, without control characters. */
export const validateKey = (key: unknown, field = 'slugOrDocumentId'): string => {
  if (typeof key !== 'string' || key.trim() === '' || key.length > 255 || hasControlCharacter(key)) {
    throw new errors.ValidationError(`${field} must be a slug or a documentId`, { field });
  }
  return key.trim();
};

export const validateLocaleQuery = queryValidator<{ type?: string; locale?: string }>(localeOnly);

export const validateOrderQuery = queryValidator<{ type?: string; locale?: string; before: number; after: number }>(orderQuery);
