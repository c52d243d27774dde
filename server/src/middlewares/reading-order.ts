import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../accessors';
import { droppedLinksCollector } from '../history-restore';
import { documentMiddleware, type DocumentMiddleware } from './document-middleware';
import { parseLinks, withoutLinks } from '../services/reading-order/link-input';

/** Create and update write one locale; `'*'` or a list would leave the links without a locale to live in. */
const singleLocale = (locale: unknown) => {
  if (locale === undefined || locale === null || (typeof locale === 'string' && locale !== '*' && locale.trim() !== '')) return;
  throw new errors.ValidationError('locale must be one locale code when an article is written', { path: ['locale'] });
};

/**
 * Routes every write of an article (REST, GraphQL, Content Manager, document
 * service calls from other code) through the reading-order service: it recognises
 * the action and hands Strapi's own write (`next`) to the service method for it,
 * which decides what runs before and after, in one locked transaction.
 */
export const readingOrderMiddleware = (strapi: Core.Strapi): DocumentMiddleware =>
  documentMiddleware(async (context, next) => {
    const type = getService(strapi, 'types').find(context.uid);
    if (!type) return next();
    const service = getService(strapi, 'reading-order');
    const { params } = context;
    const target = { type, documentId: params.documentId as string, locale: params.locale as unknown };

    switch (context.action) {
      case 'create':
      case 'update':
      case 'clone': {
        const data = (params.data ?? {}) as Record<string, unknown>;
        const links = parseLinks(data, type.fields);
        const write = {
          action: context.action,
          ...target,
          publishes: context.action !== 'clone' && params.status === 'published',
          links,
          // A Content History restore keeps the version's text even where its old links no longer fit.
          onDroppedLinks: context.action === 'update' ? droppedLinksCollector(strapi) : undefined,
        } as const;
        if (type.localized && service.writeTouchesOrder(write)) singleLocale(params.locale);
        // Links are taken out of the data: the service writes them after Strapi's write.
        return service.write(write, () => {
          context.params = { ...params, data: withoutLinks(data, type.fields) };
          return next();
        });
      }
      case 'publish':
        return service.publish(target, next);
      case 'unpublish':
        return service.unpublish(target, next);
      case 'discardDraft':
        return service.discardDraft(target, next);
      case 'delete':
        return service.delete(target, next);
      default:
        return next();
    }
  });
