import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../accessors';
import { ARTICLE_UID } from '../constants';
import { parseLinks, withoutLinks } from '../services/reading-order/link-input';

type DocumentContext = {
  uid: string;
  action: string;
  params: Record<string, any>;
};
type Next = () => Promise<any>;

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
export const readingOrderMiddleware =
  (strapi: Core.Strapi) =>
  async (context: DocumentContext, next: Next): Promise<unknown> => {
    if (context.uid !== ARTICLE_UID) return next();
    const service = getService(strapi, 'reading-order');
    const { params } = context;
    const target = { documentId: params.documentId as string, locale: params.locale as unknown };

    switch (context.action) {
      case 'create':
      case 'update':
      case 'clone': {
        const data = (params.data ?? {}) as Record<string, unknown>;
        const links = parseLinks(data);
        const write = { action: context.action, ...target, publishes: context.action !== 'clone' && params.status === 'published', links } as const;
        if (service.writeTouchesOrder(write)) singleLocale(params.locale);
        // Links are taken out of the data: the service writes them after Strapi's write.
        return service.write(write, () => {
          context.params = { ...params, data: withoutLinks(data) };
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
  };
