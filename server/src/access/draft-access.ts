import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { ARTICLE_UID } from '../constants';
import { forbidden } from '../errors';
import { holdsAnyAction, type ContentApiAuth } from './content-api-auth';

/** Whoever may write articles works on drafts and may read them; nobody else. */
const WRITE_ACTIONS = [`${ARTICLE_UID}.create`, `${ARTICLE_UID}.update`];

/** Whether the caller (users-permissions role or API token) holds one of the article write actions. */
const mayWriteArticles = (strapi: Core.Strapi, auth: ContentApiAuth | undefined): Promise<boolean> =>
  holdsAnyAction(strapi, auth, WRITE_ACTIONS);

/** Refuses drafts to a caller that may not write articles; `status` other than draft/published is a 400. */
export const assertDraftAccess = async (strapi: Core.Strapi, auth: ContentApiAuth | undefined, status: unknown) => {
  if (status === undefined || status === 'published') return;
  if (status !== 'draft') {
    throw new errors.ValidationError('status must be "published" or "draft"', { field: 'status' });
  }
  if (!(await mayWriteArticles(strapi, auth))) {
    throw forbidden('Drafts are only available to callers that may create or update articles', {
      action: WRITE_ACTIONS,
      subject: ARTICLE_UID,
      reason: 'permission',
    });
  }
};
