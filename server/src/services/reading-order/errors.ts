import { errors } from '@strapi/utils';

import type { ReadingOrderViolation } from '../../../../contracts/reading-order';

/** A broken link rule as Strapi's 400 ValidationError; `details` says which rule and which articles. */
export const linkRuleError = (message: string, details: ReadingOrderViolation) => new errors.ValidationError(message, details);
