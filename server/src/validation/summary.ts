import { errors } from '@strapi/utils';

import { suggestSummaryBody } from '../../../contracts/schemas/summary';
import { parseBody } from './request';

/** `{ body, title?, locale? }` or `{ documentId, locale? }`, exactly one of the two. */
export const validateSuggestBody = (input: unknown) => {
  const parsed = parseBody(suggestSummaryBody, input);
  const given = (['body', 'documentId'] as const).filter((key) => parsed[key] !== undefined);
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
