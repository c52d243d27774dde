import { createHash } from 'node:crypto';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { feedTag, pageTag, scopeTag, seriesTag, typeTag, type FeedFormat } from '../../../../contracts/reader';
import { getService } from '../../accessors';
import type { NewsroomType, ReadingScope } from '../../registry';
import { etagOf } from '../reader/etag';
import { renderAtom } from './atom';
import { renderJsonFeed } from './json-feed';
import type { FeedDocument } from './model';
import { renderRss } from './rss';

/** What a feed lists: the newest articles, a series in its order, or the articles with one scope value. */
export type FeedSource = { kind: 'newest' } | { kind: 'series'; key: string } | { kind: 'scope'; scope: ReadingScope; value: string };

export interface FeedRequest {
  type: NewsroomType;
  /** The articles' locale (null: a type without i18n). */
  locale: string | null;
  /** The locale code of the request (a series has one even when its articles have none). */
  localeCode: string;
  source: FeedSource;
  format: FeedFormat;
  limit: number;
  /** Where the feed is served, absolute (its self link). */
  selfUrl: string;
}

/** A rendered feed: its text, the ETag of that text, and the cache tags of what it shows. */
export interface FeedAnswer {
  etag: string;
  text: string;
  tags: string[];
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** A name-based UUID (version 5 layout, SHA-1) as a URN: the same parts always give the same id. */
export const stableUrn = (parts: string[]): string => {
  const hex = createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const uuid = hex.join('');
  return `urn:uuid:${uuid.slice(0, 8)}-${uuid.slice(8, 12)}-${uuid.slice(12, 16)}-${uuid.slice(16, 20)}-${uuid.slice(20)}`;
};

/** An empty feed's `updated`: fixed, so its ETag does not change from one request to the next. */
const EPOCH = new Date(0).toISOString();

const render = (format: FeedFormat, feed: FeedDocument): string => {
  if (format === 'rss') return renderRss(feed);
  if (format === 'atom') return renderAtom(feed);
  return JSON.stringify(renderJsonFeed(feed));
};

/**
 * Feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) of published articles: the newest of a type
 * in a locale, a published series in its order, or the articles having one value of a
 * scope (a category). Items link to the pages the `urls` option names, with the summary
 * as their description.
 */
const feed = ({ strapi }: { strapi: Core.Strapi }) => {
  const reader = () => getService(strapi, 'reader');

  /**
   * A relation scope's value as the documentId of the related document (given as its
   * documentId, or its slug when the related type has one); a 404 when there is none.
   */
  const relatedDocumentId = async (type: NewsroomType, scope: ReadingScope, value: string): Promise<string> => {
    const target = strapi.contentType(type.uid as never)?.attributes?.[scope.name] as { target?: string } | undefined;
    const targetType = target?.target ? strapi.contentType(target.target as never) : undefined;
    const bySlug = targetType?.attributes && 'slug' in targetType.attributes ? [{ slug: value }] : [];
    const found = targetType
      ? await strapi.db.query(targetType.uid).findOne({ where: { $or: [{ documentId: value }, ...bySlug] }, select: ['documentId'] })
      : null;
    if (!found?.documentId) throw new errors.NotFoundError(`No ${scope.name} "${value}"`, { field: 'value' });
    return found.documentId;
  };

  /** The articles, the feed's own words, and the cache tags beyond its articles' pages. */
  const gather = async (request: FeedRequest) => {
    const { type, locale, source, limit } = request;
    if (source.kind === 'series') {
      const { series, articles } = await reader().seriesArticles(source.key, request.localeCode, limit);
      return {
        articles,
        idParts: ['series', series.documentId],
        title: series.title,
        description: series.description?.trim() || series.title,
        homeUrl: await reader().seriesUrl({ slug: series.slug, documentId: series.documentId, locale: series.locale }),
        tags: [seriesTag(type.uid, locale)],
      };
    }
    if (source.kind === 'scope') {
      const value = source.scope.kind === 'relation' ? await relatedDocumentId(type, source.scope, source.value) : source.value;
      const articles = await reader().newestArticles(type, locale, limit, { name: source.scope.name, value });
      // A field value no published article has is unknown (a relation's value exists on its own).
      if (source.scope.kind === 'field' && articles.length === 0) {
        throw new errors.NotFoundError(`No published ${type.displayName} has ${source.scope.name} "${source.value}"`, { field: 'value' });
      }
      return {
        articles,
        idParts: ['scope', source.scope.name, value],
        title: `${type.displayName}: ${source.scope.name} ${source.value}`,
        description: `The newest ${type.displayName} articles with ${source.scope.name} ${source.value}`,
        homeUrl: null,
        tags: [scopeTag(type.uid, locale)],
      };
    }
    return {
      articles: await reader().newestArticles(type, locale, limit),
      idParts: ['newest'],
      title: type.displayName,
      description: `The newest ${type.displayName} articles`,
      homeUrl: null,
      tags: [],
    };
  };

  return {
    async feed(request: FeedRequest): Promise<FeedAnswer> {
      const { type, locale, format } = request;
      const gathered = await gather(request);
      const items = [];
      for (const article of gathered.articles) {
        items.push({
          id: stableUrn(['article', type.uid, locale ?? '', article.documentId]),
          title: article.title,
          url: await reader().articleUrl(type, { slug: article.slug, documentId: article.documentId, locale }),
          summary: article.summary ?? null,
          published: article.publishedAt,
          updated: article.updatedAt,
        });
      }
      const document: FeedDocument = {
        id: stableUrn(['feed', type.uid, locale ?? '', ...gathered.idParts]),
        title: gathered.title,
        description: gathered.description,
        selfUrl: request.selfUrl,
        homeUrl: gathered.homeUrl,
        language: locale,
        updated: items.reduce((latest, item) => (item.updated > latest ? item.updated : latest), EPOCH),
        items,
      };
      const text = render(format, document);
      return {
        etag: etagOf(['feed', text]),
        text,
        tags: [
          ...new Set(items.length > 0 ? gathered.articles.map((article) => pageTag(article.documentId, locale)) : []),
          typeTag(type.uid, locale),
          feedTag(type.uid, locale),
          ...gathered.tags,
        ],
      };
    },
  };
};

export type FeedService = ReturnType<typeof feed>;

export default feed;
