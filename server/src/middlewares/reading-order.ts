import type { Core } from '@strapi/strapi';

import { errors } from '@strapi/utils';

import { getService } from '../accessors';
import { ARTICLE_UID } from '../constants';
import { linkRuleError } from '../services/reading-order/errors';
import { parseRelationInput, RelationInputError, type LinkIntent } from '../services/reading-order/relation-input';

/** The attributes that carry the reading order, as the content API and Content Manager name them. */
export const LINK_FIELDS = { previous: 'previousArticle', next: 'nextArticle' } as const;

type DocumentContext = {
  uid: string;
  action: string;
  params: Record<string, any>;
};
type Next = () => Promise<any>;

export const parseLinks = (data: Record<string, unknown>): { previous: LinkIntent; next: LinkIntent } => {
  try {
    return {
      previous: parseRelationInput(LINK_FIELDS.previous, data[LINK_FIELDS.previous]),
      next: parseRelationInput(LINK_FIELDS.next, data[LINK_FIELDS.next]),
    };
  } catch (error) {
    if (!(error instanceof RelationInputError)) throw error;
    throw linkRuleError(error.message, { rule: 'invalid-input', field: error.field, articles: [] });
  }
};

/** Create and update write one locale; `'*'` or a list would leave the links without a locale to live in. */
const singleLocale = (locale: unknown) => {
  if (locale === undefined || locale === null || (typeof locale === 'string' && locale !== '*' && locale.trim() !== '')) return;
  throw new errors.ValidationError('locale must be one locale code when an article is written', { path: ['locale'] });
};

const withoutLinks = (data: Record<string, unknown>) => {
  const { [LINK_FIELDS.previous]: _previous, [LINK_FIELDS.next]: _next, ...rest } = data;
  return rest;
};

/**
 * Routes every write of an article (REST, GraphQL, Content Manager, document
 * service calls from other code) through the reading-order rules. Link fields are
 * taken out of the data and written by the service after Strapi's own write, in
 * the same locked transaction.
 */
export const readingOrderMiddleware =
  (strapi: Core.Strapi) =>
  async (context: DocumentContext, next: Next): Promise<unknown> => {
    if (context.uid !== ARTICLE_UID) return next();
    const service = getService(strapi, 'reading-order');
    const { params } = context;

    switch (context.action) {
      case 'create':
      case 'update':
      case 'clone': {
        const data = (params.data ?? {}) as Record<string, unknown>;
        const links = parseLinks(data);
        const changesLinks = links.previous.kind !== 'unchanged' || links.next.kind !== 'unchanged';
        const publishes = context.action !== 'clone' && params.status === 'published';
        if (!changesLinks && !publishes && context.action !== 'clone') return next();
        singleLocale(params.locale);

        return service.change(async (change) => {
          const locale = (await service.localesOf(change.trx, params.documentId, params.locale))[0];
          const subject = context.action === 'update' ? (params.documentId as string) : null;
          const prepared = changesLinks
            ? await service.prepareDraftChange(change.trx, { documentId: subject, locale, ...links, fields: LINK_FIELDS })
            : null;
          context.params = { ...params, data: withoutLinks(data) };

          const result = await next();
          const documentId: string | undefined = result?.documentId;
          if (!documentId) return result;
          if (context.action === 'clone') await service.unlinkDrafts(change.trx, documentId);
          if (prepared) await service.applyDraftChange(change, prepared, documentId, locale);
          if (publishes) await service.syncPublished(change.trx, documentId, [locale]);
          return result;
        });
      }

      case 'publish':
        return service.change(async (change) => {
          const locales = await service.localesOf(change.trx, params.documentId, params.locale);
          const result = await next();
          await service.syncPublished(change.trx, params.documentId, locales);
          return result;
        });

      case 'unpublish':
        // Removing the published versions removes their links; the drafts keep theirs for the next publication.
        return service.change(async (change) => {
          const locales = await service.localesOf(change.trx, params.documentId, params.locale);
          const captured = await service.capture(change.trx, params.documentId, locales);
          const result = await next();
          await service.closeUnpublishedGap(change.trx, captured);
          return result;
        });

      case 'discardDraft':
        return service.change(async (change) => {
          const locales = await service.localesOf(change.trx, params.documentId, params.locale);
          const captured = await service.capture(change.trx, params.documentId, locales);
          const result = await next();
          await service.restoreAfterDiscard(change, params.documentId, captured);
          return result;
        });

      case 'delete':
        return service.change(async (change) => {
          const locales = await service.localesOf(change.trx, params.documentId, params.locale);
          const captured = await service.capture(change.trx, params.documentId, locales);
          const result = await next();
          await service.healAfterDelete(change.trx, captured);
          return result;
        });

      default:
        return next();
    }
  };
