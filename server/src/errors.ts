import { errors } from '@strapi/utils';

import type { ForbiddenDetails } from '../../contracts/errors';

/**
 * A 403 that keeps its message and details. Strapi's route `authorize` step catches
 * every ForbiddenError thrown after it (policies, controllers, document-service
 * middlewares) and answers a bare `ctx.forbidden()`, except a PolicyError, whose
 * message is meant to be seen. This is a PolicyError that calls itself a
 * ForbiddenError: the answer is Strapi's error shape, named as every other 403.
 */
export class ForbiddenWithReason extends errors.PolicyError {
  constructor(message: string, details: ForbiddenDetails) {
    super(message, details);
    // Strapi types `name` as the literal 'PolicyError'; answers name every 403 'ForbiddenError'.
    (this as { name: string }).name = 'ForbiddenError';
  }
}

/** The 403 of every refusal the plugin makes: the message says why, `details` which permission is missing. */
export const forbidden = (message: string, details: ForbiddenDetails) => new ForbiddenWithReason(message, details);

/** The Content Manager action of an admin refusal. */
export const contentManagerAction = (action: 'read' | 'create' | 'update' | 'publish') => `plugin::content-manager.explorer.${action}`;

/** The 403 of a request naming an article the admin may not read (the Content Manager's read permission, with its conditions). */
export const cannotRead = (type: { uid: string; displayName: string }, documentId: string, locale: string | null) =>
  forbidden(`You may not read this ${type.displayName}`, {
    action: contentManagerAction('read'),
    subject: type.uid,
    ...(locale === null ? {} : { locale }),
    articles: [documentId],
    reason: 'conditions',
  });
