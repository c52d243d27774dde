import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from './accessors';
import { ARTICLE_UID, PLUGIN_ID } from './constants';
import { assertMayRead } from './access/reader-access';
import type { ContentApiState } from './access/content-api-auth';
import {
  neighborsResponse,
  readData,
  seriesArticle,
  seriesPage,
  seriesPlacement,
  seriesQuery,
  teaser,
  tocEntry,
} from '../../contracts/schemas/reader';
import { readerSummaryData, readerSummaryQuery } from '../../contracts/schemas/summary';
import { resolveScope, validateKey, validateReadIds } from './validation/reader';
import { parseQuery } from './validation/request';
import { resolveLocale, resolveLocaleCode } from './locales';
import { defineGraphqlFields, graphqlObjectType } from './graphql-fields';
import type { DefinitionBlock, Nexus } from './graphql-nexus';
import { relatedArticle, relatedQuery } from '../../contracts/schemas/related';
import type { NewsroomType } from './registry';

/**
 * Reader fields cost two statements each, and a query can ask for them on every
 * article of a page under many aliases. One GraphQL request gets this many reader
 * look-ups; past it the field answers an error instead of more database work.
 */
export const MAX_READER_LOOKUPS_PER_REQUEST = 200;

const lookupsByRequest = new WeakMap<object, number>();

/** `format` and `length` of the `newsroomSummary` field, checked as the REST query is. */
const summaryShapeQuery = { format: readerSummaryQuery.format, length: readerSummaryQuery.length };

const countLookup = (context: object) => {
  const used = (lookupsByRequest.get(context) ?? 0) + 1;
  lookupsByRequest.set(context, used);
  if (used > MAX_READER_LOOKUPS_PER_REQUEST) {
    throw new errors.ValidationError(
      `A request may ask for reader data (newsroomRead, neighbors, newsroomSummary, summarySource, readingTimeMinutes) at most ${MAX_READER_LOOKUPS_PER_REQUEST} times`
    );
  }
};

/** Drafts (`status: DRAFT`) only for callers that may write articles, as on REST. */
const DRAFT_ACCESS = `plugin::${PLUGIN_ID}.draft-access`;

const notFoundToNull = async <T>(work: () => Promise<T>): Promise<T | null> => {
  try {
    return await work();
  } catch (error) {
    if (error instanceof errors.NotFoundError) return null;
    throw error;
  }
};

/** The article object a field of a served type resolves on: the parts the reader fields read. */
interface ArticleObject {
  documentId: string;
  locale?: string | null;
}

/**
 * When `@strapi/plugin-graphql` is installed: the reader API's data on the article
 * type (`neighbors`, `summarySource`, `readingTimeMinutes`) and a `newsroomRead`
 * query, with the same users-permissions actions as the REST routes.
 */
export const registerGraphql = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const reader = () => getService(strapi, 'reader');
  /** The GraphQL object type `@strapi/plugin-graphql` makes of a content type (`NewsroomArticle`, `Post` ...). */
  const typeNameOf = (type: NewsroomType): string => graphql.service('utils').naming.getTypeName(strapi.contentType(type.uid));

  /** A `scope` argument: one of the type's `readingOrder.scopes` (checked as the REST query is), or none. */
  const scopeArg = (type: NewsroomType, scope: string | null | undefined) => {
    if (scope === null || scope === undefined) return null;
    return resolveScope(type, validateKey(scope, 'scope'));
  };

  /** Reader data of the published version of an article object, or null for a never-published one. */
  const published = <T>(
    type: NewsroomType,
    parent: ArticleObject,
    context: object,
    read: (type: NewsroomType, key: string, locale: string | null) => Promise<{ body: { data: T } }>
  ) => {
    countLookup(context);
    return notFoundToNull(async () => {
      const locale = await resolveLocale(strapi, type, parent.locale ?? undefined);
      return (await read(type, parent.documentId, locale)).body.data;
    });
  };

  const storedSummary = (target: NewsroomType, key: string, locale: string | null) =>
    reader().summary(target, key, locale, 'paragraph', 'medium');

  /** `neighbors`, `summarySource` and `readingTimeMinutes` on one served type's object type. */
  const readerFields = (nexus: Nexus, type: NewsroomType) =>
    nexus.extendType({
      type: typeNameOf(type),
      definition(t: DefinitionBlock) {
        t.field('neighbors', {
          type: 'NewsroomNeighbors',
          description:
            'Published previous/next articles for readers (null for a never-published article); `scope`: one of readingOrder.scopes',
          args: { scope: nexus.stringArg() },
          resolve: (parent: ArticleObject, args: { scope?: string | null }, context: object) => {
            const scope = scopeArg(type, args.scope);
            return published(type, parent, context, (target, key, locale) => reader().neighbors(target, key, locale, scope));
          },
        });
        t.nonNull.list.nonNull.field('related', {
          type: 'NewsroomRelatedArticle',
          description:
            'Published articles most alike in content, best first (empty for a never-published article); `limit`: 1 to 20, default 5',
          args: { scope: nexus.stringArg(), limit: nexus.intArg() },
          resolve: async (parent: ArticleObject, args: { scope?: string | null; limit?: number | null }, context: object) => {
            const scope = scopeArg(type, args.scope);
            const { limit } = parseQuery(relatedQuery, { limit: args.limit ?? undefined });
            return (
              (await published(type, parent, context, (target, key, locale) => reader().related(target, key, locale, scope, limit))) ?? []
            );
          },
        });
        t.field('newsroomSummary', {
          type: 'NewsroomSummary',
          description:
            'The summary for readers (null for a never-published article): a paragraph, or key points with format: "keypoints"; length short, medium or long (default: from the word count)',
          args: { format: nexus.stringArg(), length: nexus.stringArg() },
          resolve: (parent: ArticleObject, args: { format?: string | null; length?: string | null }, context: object) => {
            const { format = 'paragraph', length } = parseQuery(summaryShapeQuery, {
              format: args.format ?? undefined,
              length: args.length ?? undefined,
            });
            return published(type, parent, context, (target, key, locale) => reader().summary(target, key, locale, format, length));
          },
        });
        // The stored summary (`medium`), as `read` shows it: these fields never run the summarizer.
        t.string('summarySource', {
          resolve: async (parent: ArticleObject, _args: unknown, context: object) =>
            (await published(type, parent, context, storedSummary))?.summarySource ?? null,
        });
        t.int('readingTimeMinutes', {
          resolve: async (parent: ArticleObject, _args: unknown, context: object) =>
            (await published(type, parent, context, storedSummary))?.readingTimeMinutes ?? null,
        });
      },
    });

  const readerScopes = (types: NewsroomType[]) =>
    Object.fromEntries(
      types.flatMap((type) => {
        const name = typeNameOf(type);
        return [
          [`${name}.neighbors`, { auth: { scope: [`plugin::${PLUGIN_ID}.reader.neighbors`] } }],
          [`${name}.related`, { auth: { scope: [`plugin::${PLUGIN_ID}.reader.related`] } }],
          [`${name}.summarySource`, { auth: { scope: [`plugin::${PLUGIN_ID}.reader.summary`] } }],
          [`${name}.newsroomSummary`, { auth: { scope: [`plugin::${PLUGIN_ID}.reader.summary`] } }],
          [`${name}.readingTimeMinutes`, { auth: { scope: [`plugin::${PLUGIN_ID}.reader.summary`] } }],
        ];
      })
    );

  graphql.service('extension').use(({ nexus }: { nexus: Nexus }) => {
    const types = getService(strapi, 'types').all();
    return {
      types: [
        graphqlObjectType(nexus, teaser),
        graphqlObjectType(nexus, relatedArticle),
        graphqlObjectType(nexus, seriesPlacement),
        graphqlObjectType(nexus, seriesArticle),
        nexus.objectType({
          name: 'NewsroomSeriesPage',
          description: 'A published series with one page of its published articles, in order',
          definition(t: DefinitionBlock) {
            defineGraphqlFields(t, seriesPage);
            t.nonNull.int('total', { description: 'Published articles in the series' });
          },
        }),
        graphqlObjectType(nexus, neighborsResponse.shape.data),
        graphqlObjectType(nexus, tocEntry),
        graphqlObjectType(nexus, readData),
        graphqlObjectType(nexus, readerSummaryData),
        ...types.map((type) => readerFields(nexus, type)),
        nexus.extendType({
          type: 'Query',
          definition(t: DefinitionBlock) {
            t.field('newsroomRead', {
              type: 'NewsroomRead',
              description: 'A published article page in one call: the article, its summary and its neighbors',
              args: {
                type: nexus.stringArg({
                  description: `Content-type uid; default ${getService(strapi, 'types').defaultType().uid}`,
                }),
                slug: nexus.nonNull(nexus.stringArg()),
                locale: nexus.stringArg(),
                scope: nexus.stringArg({ description: 'Neighbors within a scope (readingOrder.scopes), e.g. category' }),
              },
              resolve: async (
                _parent: unknown,
                args: {
                  type?: string | null;
                  slug: string;
                  locale?: string | null;
                  scope?: string | null;
                },
                context: { state?: ContentApiState }
              ) => {
                countLookup(context);
                const type = getService(strapi, 'types').fromParameter(args.type ?? undefined);
                await assertMayRead(strapi, context.state?.auth, type);
                const key = validateKey(args.slug, 'slug');
                const locale = await resolveLocale(strapi, type, args.locale ?? undefined);
                const scope = scopeArg(type, args.scope);
                return notFoundToNull(async () => (await reader().read(type, key, locale, scope)).body.data);
              },
            });
            t.field('newsroomSeries', {
              type: 'NewsroomSeriesPage',
              description: 'A published series with its published articles in order (null for no such series)',
              args: { slug: nexus.nonNull(nexus.stringArg()), locale: nexus.stringArg(), page: nexus.intArg(), pageSize: nexus.intArg() },
              resolve: async (
                _parent: unknown,
                args: { slug: string; locale?: string | null; page?: number | null; pageSize?: number | null },
                context: { state?: ContentApiState }
              ) => {
                countLookup(context);
                const key = validateKey(args.slug, 'slug');
                const query = parseQuery(seriesQuery, { page: args.page ?? undefined, pageSize: args.pageSize ?? undefined });
                const locale = await resolveLocaleCode(strapi, args.locale ?? undefined);
                return notFoundToNull(async () => {
                  await assertMayRead(strapi, context.state?.auth, await reader().seriesType(key, locale));
                  const { body } = await reader().series(key, locale, query.page, query.pageSize);
                  return { ...body.data, total: body.meta.pagination.total };
                });
              },
            });
            t.field('newsroomContinue', {
              type: 'NewsroomSeriesArticle',
              description: 'The first article of a published series not in `read` (null when every one is read)',
              args: {
                series: nexus.nonNull(nexus.stringArg()),
                read: nexus.list(nexus.nonNull(nexus.stringArg())),
                locale: nexus.stringArg(),
              },
              resolve: async (
                _parent: unknown,
                args: { series: string; read?: string[] | null; locale?: string | null },
                context: { state?: ContentApiState }
              ) => {
                countLookup(context);
                const key = validateKey(args.series, 'series');
                const ids = validateReadIds(args.read ?? []);
                const locale = await resolveLocaleCode(strapi, args.locale ?? undefined);
                return notFoundToNull(async () => {
                  await assertMayRead(strapi, context.state?.auth, await reader().seriesType(key, locale));
                  return (await reader().continueSeries(key, locale, ids)).body.data;
                });
              },
            });
          },
        }),
      ],
      resolversConfig: {
        // The built-in article's own queries, while it is registered (`builtInArticle`).
        ...(strapi.contentTypes[ARTICLE_UID]
          ? {
              'Query.newsroomArticle': { policies: [DRAFT_ACCESS] },
              'Query.newsroomArticles': { policies: [DRAFT_ACCESS] },
              'Query.newsroomArticles_connection': { policies: [DRAFT_ACCESS] },
            }
          : {}),
        'Query.newsroomRead': {
          auth: { scope: [`plugin::${PLUGIN_ID}.reader.read`] },
        },
        'Query.newsroomSeries': { auth: { scope: [`plugin::${PLUGIN_ID}.reader.series`] } },
        'Query.newsroomContinue': { auth: { scope: [`plugin::${PLUGIN_ID}.reader.continue`] } },
        ...readerScopes(types),
      },
    };
  });
};
