import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getConfig } from '../accessors';
import { BodyTooLargeError, checkBodyLimits } from './summary/limits';

/**
 * Checks a body against `limits.maxBodyBytes` and `limits.maxBodyWords` before
 * any work on it: a 413 in Strapi's error shape above either. Returns its words.
 */
export const enforceBodyLimits = (strapi: Core.Strapi, body: unknown, field = 'body'): number => {
  const { limits } = getConfig(strapi);
  try {
    return checkBodyLimits(body, limits).words;
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    throw new errors.PayloadTooLargeError(error.message, {
      path: [field],
      limit: error.limit === 'bytes' ? 'limits.maxBodyBytes' : 'limits.maxBodyWords',
      max: error.max,
    });
  }
};
