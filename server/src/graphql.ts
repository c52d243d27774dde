import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from './accessors';
import { PLUGIN_ID } from './constants';
import { validateKey } from './controllers/validation/reader';
import { resolveLocale } from './controllers/validation/reading-order';

/** The GraphQL type name `@strapi/plugin-graphql` gives `plugin::newsroom.article`. */
const ARTICLE_TYPE = 'NewsroomArticle';

/**
 * Reader fields cost two statements each, and a query can ask for them on every
 * article of a page under many aliases. One GraphQL request gets this many reader
 * look-ups; past it the field answers an error instead of more database work.
 */
export const MAX_READER_LOOKUPS_PER_REQUEST = 200;

const lookupsByRequest = new WeakMap<object, number>();

const countLookup = (context: object) => {
  const used = (lookupsByRequest.get(context) ?? 0) + 1;
  lookupsByRequest.set(context, used);
  if (used > MAX_READER_LOOKUPS_PER_REQUEST) {
    throw new errors.ValidationError(
      `A request may ask for reader data (newsroomRead, neighbors, summarySource, readingTimeMinutes) at most ${MAX_READER_LOOKUPS_PER_REQUEST} times`
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

/**
 * When `@strapi/plugin-graphql` is installed: the reader API's data on the article
 * type (`neighbors`, `summarySource`, `readingTimeMinutes`) and a `newsroomRead`
 * query, with the same users-permissions actions as the REST routes.
 */
export const registerGraphql = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const reader = () => getService(strapi, 'reader');
  const defaultLocale = () => strapi.plugin('i18n').service('locales').getDefaultLocale();

  /** Reader data of the published version of an article object, or null for a never-published one. */
  const published = <T>(
    parent: { documentId: string; locale?: string },
    context: object,
    read: (key: string, locale: string) => Promise<{ body: { data: T } }>
  ) => {
    countLookup(context);
    return notFoundToNull(async () => (await read(parent.documentId, parent.locale ?? (await defaultLocale()))).body.data);
  };

  graphql.service('extension').use(({ nexus }: { nexus: any }) => ({
    types: [
      nexus.objectType({
        name: 'NewsroomTeaser',
        definition(t: any) {
          t.nonNull.string('documentId');
          t.nonNull.string('title');
          t.nonNull.string('slug');
          t.string('summary');
          t.nonNull.string('publishedAt');
          t.nonNull.string('source', { description: "'linked' (reading order) or 'computed' (publishedAt fallback)" });
        },
      }),
      nexus.objectType({
        name: 'NewsroomNeighbors',
        definition(t: any) {
          t.field('previous', { type: 'NewsroomTeaser' });
          t.field('next', { type: 'NewsroomTeaser' });
        },
      }),
      nexus.objectType({
        name: 'NewsroomRead',
        definition(t: any) {
          t.nonNull.string('documentId');
          t.nonNull.string('title');
          t.nonNull.string('slug');
          t.nonNull.string('locale');
          t.nonNull.string('publishedAt');
          t.field('body', { type: 'JSON' });
          t.field('cover', { type: 'JSON' });
          t.string('summary');
          t.nonNull.string('summarySource');
          t.nonNull.int('readingTimeMinutes');
          t.field('previous', { type: 'NewsroomTeaser' });
          t.field('next', { type: 'NewsroomTeaser' });
        },
      }),
      nexus.extendType({
        type: ARTICLE_TYPE,
        definition(t: any) {
          t.field('neighbors', {
            type: 'NewsroomNeighbors',
            description: 'Published previous/next articles for readers (null for a never-published article)',
            resolve: (parent: any, _args: unknown, context: object) =>
              published(parent, context, (key, locale) => reader().neighbors(key, locale)),
          });
          t.string('summarySource', {
            resolve: async (parent: any, _args: unknown, context: object) =>
              (await published(parent, context, (key, locale) => reader().summary(key, locale)))?.summarySource ?? null,
          });
          t.int('readingTimeMinutes', {
            resolve: async (parent: any, _args: unknown, context: object) =>
              (await published(parent, context, (key, locale) => reader().summary(key, locale)))?.readingTimeMinutes ?? null,
          });
        },
      }),
      nexus.extendType({
        type: 'Query',
        definition(t: any) {
          t.field('newsroomRead', {
            type: 'NewsroomRead',
            description: 'A published article page in one call: the article, its summary and its neighbors',
            args: { slug: nexus.nonNull(nexus.stringArg()), locale: nexus.stringArg() },
            resolve: (_parent: unknown, { slug, locale }: { slug: string; locale?: string }, context: object) => {
              countLookup(context);
              const key = validateKey(slug, 'slug');
              return notFoundToNull(async () => (await reader().read(key, await resolveLocale(strapi, locale ?? undefined))).body.data);
            },
          });
        },
      }),
    ],
    resolversConfig: {
      'Query.newsroomArticle': { policies: [DRAFT_ACCESS] },
      'Query.newsroomArticles': { policies: [DRAFT_ACCESS] },
      'Query.newsroomArticles_connection': { policies: [DRAFT_ACCESS] },
      'Query.newsroomRead': { auth: { scope: [`plugin::${PLUGIN_ID}.reader.read`] } },
      [`${ARTICLE_TYPE}.neighbors`]: { auth: { scope: [`plugin::${PLUGIN_ID}.reader.neighbors`] } },
      [`${ARTICLE_TYPE}.summarySource`]: { auth: { scope: [`plugin::${PLUGIN_ID}.reader.summary`] } },
      [`${ARTICLE_TYPE}.readingTimeMinutes`]: { auth: { scope: [`plugin::${PLUGIN_ID}.reader.summary`] } },
    },
  }));
};
