import { hasControlCharacter } from './text';
import { errors, validateYupSchema, yup } from '@strapi/utils';

import type { LinkByDateRequest } from '../../../contracts/bulk';
import { assertPlainValues, contentTypeUid, localeCode } from './common';

const linkByDateBody = yup
  .object({
    type: contentTypeUid(),
    locale: localeCode().nullable(),
    scope: yup.mixed().oneOf(['unlinked', 'all'], 'scope must be "unlinked" or "all"').required('scope is required'),
    // Required: a missing flag must not start a job that rewrites a whole archive.
    dryRun: yup.boolean().required('dryRun is required (true or false)'),
  })
  .noUnknown(true, 'unknown field(s): ${unknown}')
  .required();

/** The body of POST /bulk/link-by-date; strict: `"true"` is not a boolean. */
export const validateLinkByDateBody = (body: unknown) => {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new errors.ValidationError('The body must be a JSON object');
  }
  assertPlainValues(body, ['type', 'locale', 'scope', 'dryRun'], { allowNull: true });
  return validateYupSchema(linkByDateBody)(body) as Promise<LinkByDateRequest>;
};

/** Job ids are UUIDs; anything else names no job (checked without a regex on user text). */
export const isJobId = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.length !== 36 || hasControlCharacter(value)) return false;
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index];
    const dash = index === 8 || index === 13 || index === 18 || index === 23;
    if (dash ? char !== '-' : !'0123456789abcdef'.includes(char)) return false;
  }
  return true;
};
