import type { Core } from '@strapi/strapi';

import { holdsAnyAction, type ContentApiAuth } from './content-api-auth';
import type { NewsroomType } from '../registry';
import { forbidden } from '../errors';

/**
 * The reader API never shows what the type's own routes would refuse: the caller's
 * role (users-permissions) or API token must hold the type's `find` or `findOne`
 * as well as the reader route itself.
 */
export const assertMayRead = async (strapi: Core.Strapi, auth: ContentApiAuth | undefined, type: NewsroomType) => {
  if (!(await holdsAnyAction(strapi, auth, [`${type.uid}.find`, `${type.uid}.findOne`]))) {
    throw forbidden(`Reading ${type.displayName} needs the find or findOne permission of ${type.uid}`, {
      action: [`${type.uid}.find`, `${type.uid}.findOne`],
      subject: type.uid,
      reason: 'permission',
    });
  }
};
