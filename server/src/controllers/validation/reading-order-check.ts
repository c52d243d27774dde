import { validateYupSchema, yup } from '@strapi/utils';

import type { RepairRequest } from '../../../../contracts/reading-order-check';
import { assertPlainValues, contentTypeUid, localeCode, queryValidator } from './common';

export const validateCheckQuery = queryValidator<{ type?: string; locale?: string }>(
  yup.object({ type: contentTypeUid(), locale: localeCode() })
);

const repairBody = yup
  .object({
    type: contentTypeUid(),
    locale: localeCode(),
    // Strict: `"false"` as a string must not run a repair a script meant as a dry run.
    dryRun: yup.boolean().strict().required('dryRun must be true or false'),
  })
  .noUnknown(true, 'unknown field(s): ${unknown}')
  .required()
  .typeError('the body must be a JSON object');

export const validateRepairBody = async (body: unknown): Promise<RepairRequest> => {
  assertPlainValues(body, ['type', 'locale', 'dryRun']);
  return (await validateYupSchema(repairBody, { strict: false })(body)) as RepairRequest;
};
