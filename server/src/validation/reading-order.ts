import { errors, validateYupSchema, yup } from '@strapi/utils';
import type { Core } from '@strapi/strapi';

import type { UpdateLinksRequest } from '../../../contracts/reading-order';
import type { NewsroomType } from '../registry';
import {
  assertPlainValues,
  contentTypeUid,
  documentKey,
  localeCode,
  printableText,
  queryValidator,
  wholeNumber,
} from './common';

/** How far the editors' neighborhood view may reach each way. */
export const MAX_NEIGHBORHOOD_STEPS = 50;

const steps = wholeNumber(0, MAX_NEIGHBORHOOD_STEPS, 2);

const neighborhoodQuery = yup.object({
  type: contentTypeUid(),
  locale: localeCode(),
  before: steps,
  after: steps,
});

/** Largest page of link candidates. */
export const MAX_CANDIDATES_PAGE_SIZE = 50;

const candidatesQuery = yup.object({
  type: contentTypeUid(),
  locale: localeCode(),
  q: printableText(200).default(''),
  exclude: documentKey().min(1),
  page: wholeNumber(1, Number.MAX_SAFE_INTEGER, 1),
  pageSize: wholeNumber(1, MAX_CANDIDATES_PAGE_SIZE, 10),
});

/** A documentId, `null` to unlink, or absent to keep. */
const linkTarget = documentKey()
  .nullable()
  .test('non-empty', '${path} must be a documentId or null', (value) => value !== '');

const updateLinksBody = yup
  .object({
    locale: localeCode(),
    previous: linkTarget,
    next: linkTarget,
    dryRun: yup.boolean(),
  })
  .noUnknown(true, 'unknown field(s): ${unknown}')
  .required();

export const validateNeighborhoodQuery = queryValidator<{ type?: string; locale?: string; before: number; after: number }>(
  neighborhoodQuery
);

export const validateCandidatesQuery = queryValidator<{
  type?: string;
  locale?: string;
  q: string;
  exclude?: string;
  page: number;
  pageSize: number;
}>(candidatesQuery);

export const validateUpdateLinksBody = (body: unknown) => {
  assertPlainValues(body, ['locale', 'previous', 'next', 'dryRun'], { allowNull: true });
  return validateYupSchema(updateLinksBody)(body) as Promise<UpdateLinksRequest>;
};
