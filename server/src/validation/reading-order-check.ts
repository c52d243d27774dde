import { errors, validateYupSchema, yup } from '@strapi/utils';

import type { RepairRequest } from '../../../contracts/reading-order-check';
import { assertPlainValues, contentTypeUid, localeCode, queryValidator, refuseUnknownKeys } from './common';

export const validateCheckQuery = queryValidator<{
  type?: string;
  locale?: string;
}>(yup.object({ type: contentTypeUid(), locale: localeCode() }));

const repairBody = yup
  .object({
    type: contentTypeUid(),
    locale: localeCode(),
    // Strict: `"false"` as a string must not run a repair a script meant as a dry run.
    dryRun: yup.boolean().strict().required('dryRun must be true or false'),
  })
  .required()
  .typeError('the body must be a JSON object');

const REPAIR_FIELDS = ['type', 'locale', 'dryRun'];

export const validateRepairBody = async (body: unknown): Promise<RepairRequest> => {
  assertPlainValues(body, REPAIR_FIELDS);
  if (!Array.isArray(body)) refuseUnknownKeys(body, REPAIR_FIELDS);
  return (await validateYupSchema(repairBody, { strict: false })(body)) as RepairRequest;
};
