import { errors, validateYupSchema, yup } from '@strapi/utils';

import type { RepairRequest } from '../../../../contracts/reading-order-check';
import { assertPlainValues, contentTypeUid, localeCode, queryValidator } from './common';

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
  // Checked here: Strapi's yup validation strips unknown keys instead of refusing them, and a typo must not pass silently.
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const unknown = Object.keys(body).filter((key) => !REPAIR_FIELDS.includes(key));
    if (unknown.length > 0) throw new errors.ValidationError(`unknown field(s): ${unknown.join(', ')}`, { fields: unknown });
  }
  return (await validateYupSchema(repairBody, { strict: false })(body)) as RepairRequest;
};
