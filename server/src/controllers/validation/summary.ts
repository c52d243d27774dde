import { errors, validateYupSchema, yup } from '@strapi/utils';

import { assertPlainValues, documentKey, localeCode } from './common';

const suggestBody = yup
  .object({
    body: yup.mixed(),
    documentId: documentKey().min(1),
    locale: localeCode(),
  })
  .noUnknown(true, 'unknown field(s): ${unknown}')
  .required();

/** `{ body, locale? }` or `{ documentId, locale? }`, exactly one of the two. */
export const validateSuggestBody = async (input: unknown) => {
  assertPlainValues(input, ['documentId', 'locale']);
  const parsed = (await validateYupSchema(suggestBody)(input)) as { body?: unknown; documentId?: string; locale?: string };
  const given = ['body', 'documentId'].filter((key) => parsed[key as 'body' | 'documentId'] !== undefined);
  if (given.length !== 1) {
    throw new errors.ValidationError('Send either "body" or "documentId"', { fields: ['body', 'documentId'] });
  }
  return parsed;
};
