import { errors, validateYupSchema, yup } from '@strapi/utils';
import type { Core } from '@strapi/strapi';

import type { UpdateLinksRequest } from '../../../../contracts/reading-order';
import { localeCode, wholeNumber } from './common';

/** How far the editors' neighbourhood view may reach each way. */
export const MAX_NEIGHBOURHOOD_STEPS = 50;

const steps = wholeNumber(0, MAX_NEIGHBOURHOOD_STEPS, 2);

const neighbourhoodQuery = yup.object({
  locale: localeCode(),
  before: steps,
  after: steps,
});

/** Largest page of link candidates. */
export const MAX_CANDIDATES_PAGE_SIZE = 50;

const candidatesQuery = yup.object({
  locale: localeCode(),
  q: yup.string().trim().max(200).default(''),
  exclude: yup.string().trim().min(1),
  page: wholeNumber(1, Number.MAX_SAFE_INTEGER, 1),
  pageSize: wholeNumber(1, MAX_CANDIDATES_PAGE_SIZE, 10),
});

/** A documentId, `null` to unlink, or absent to keep. */
const linkTarget = yup
  .string()
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

/** A locale code the app knows, or the default locale when none is given. */
export const resolveLocale = async (strapi: Core.Strapi, locale: string | undefined): Promise<string> => {
  const locales = strapi.plugin('i18n').service('locales');
  if (locale === undefined) return locales.getDefaultLocale();
  if (!(await locales.findByCode(locale))) {
    throw new errors.ValidationError(`Unknown locale "${locale}"`, { field: 'locale' });
  }
  return locale;
};

export const validateNeighbourhoodQuery = (query: unknown) =>
  validateYupSchema(neighbourhoodQuery, { strict: false })(query) as Promise<{
    locale?: string;
    before: number;
    after: number;
  }>;

export const validateCandidatesQuery = (query: unknown) =>
  validateYupSchema(candidatesQuery, { strict: false })(query) as Promise<{
    locale?: string;
    q: string;
    exclude?: string;
    page: number;
    pageSize: number;
  }>;

export const validateUpdateLinksBody = (body: unknown) =>
  validateYupSchema(updateLinksBody)(body) as Promise<UpdateLinksRequest>;
