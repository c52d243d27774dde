import { errors, validateYupSchema, yup } from '@strapi/utils';

import type { SuggestSummaryRequest } from '../../../contracts/summary';
import { assertPlainValues, documentKey, localeCode, printableText } from './common';

/** Longest title accepted for a suggestion: the form's title, not stored, so looser than the attribute's cap. */
const MAX_TITLE_LENGTH = 1000;

const suggestBody = yup
  .object({
    body: yup.mixed(),
    documentId: documentKey().min(1),
    locale: localeCode(),
    title: printableText(MAX_TITLE_LENGTH),
  })
  .noUnknown(true, 'unknown field(s): ${unknown}')
  .required();

/** `{ body, title?, locale? }` or `{ documentId, locale? }`, exactly one of the two. */
export const validateSuggestBody = async (input: unknown) => {
  assertPlainValues(input, ['documentId', 'locale', 'title']);
  const parsed = (await validateYupSchema(suggestBody)(input)) as SuggestSummaryRequest;
  const given = ['body', 'documentId'].filter((key) => parsed[key as 'body' | 'documentId'] !== undefined);
  if (given.length !== 1) {
    throw new errors.ValidationError('Send either "body" or "documentId"', {
      fields: ['body', 'documentId'],
    });
  }
  // A stored article's own title is used; a second one would leave unclear which counts.
  if (parsed.documentId !== undefined && parsed.title !== undefined) {
    throw new errors.ValidationError('"title" goes with "body"; with "documentId" the draft\'s title is used', {
      field: 'title',
    });
  }
  return parsed;
};
