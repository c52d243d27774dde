import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type {
  Cover,
  NeighborsResponse,
  ReadResponse,
  ReaderOrderItem,
  ReaderOrderResponse,
  SummaryResponse,
  SummarySource,
  Teaser,
} from '../../../../contracts/reader';
import { pageTag, scopeTag } from '../../../../contracts/reader';
import { getConfig, getService } from '../../accessors';
import type { Transaction } from '../database';
import type { NewsroomType, ReadingScope } from '../../registry';
import { articleBody, bodyPopulate } from '../../registry/article-rows';
import { SummaryInputError } from '../summary';
import { etagOf } from './etag';
import { countWords, readingTimeMinutes } from './reading-time';
import { createReaderStore, type ArticleRow, type NeighborRow } from './store';

const parseJson = (value: unknown) => {
  if (typeof value !== 'string') return value ?? null;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

type Knex = Core.Strapi['db']['connection'] | Transaction;

/** What readers see of one article page (see `pageView`): compared before and after a change. */
export interface PageView {
  /**
   * The published row, when it was written, and what the plugin computes for it
   * (word count, the summary shown): a new publication replaces the first two, the
   * backfill of rows written before the plugin served their type changes the others.
   */
  row: string;
  slug: string;
  /** The fields other pages show of this one in their teasers. */
  teaser: unknown[];
  previous: { documentId: string; stamp: unknown[] } | null;
  next: { documentId: string; stamp: unknown[] } | null;
}

/** A reader answer: the response body (typed by its contract) and its ETag. */
export interface ReaderAnswer<Body> {
  etag: string;
  body: Body;
  /** Cache tags of every article the answer shows (`pageTag`). */
  tags: string[];
}

/** The tags of the articles an answer shows, all in one locale. */
const tagsOf = (locale: string | null, documentIds: Array<string | undefined>): string[] => [
  ...new Set(documentIds.filter((id): id is string => id !== undefined).map((id) => pageTag(id, locale))),
];

/** A scoped answer also carries its scope's tag: any change of the type's published order may move its neighbors. */
const scopedTags = (type: NewsroomType, locale: string | null, scope: ReadingScope | null, documentIds: Array<string | undefined>) => [
  ...tagsOf(locale, documentIds),
  ...(scope ? [scopeTag(type.uid, locale)] : []),
];

const iso = (value: unknown): string => new Date(value as string | number | Date).toISOString();

/**
 * The reader API: published articles only, a fixed number of SQL statements per
 * call, and an ETag for every answer.
 */
const reader = ({ strapi }: { strapi: Core.Strapi }) => {
  const stores = new Map<string, ReturnType<typeof createReaderStore>>();
  const db = (type: NewsroomType) => {
    let store = stores.get(type.uid);
    if (!store) {
      store = createReaderStore(strapi, type, getService(strapi, 'types').tables(type));
      stores.set(type.uid, store);
    }
    return store;
  };
  const knex = () => strapi.db.connection;
  const config = () => getConfig(strapi);

  /** Options that change answers without changing any row take part in every ETag. */
  const configStamp = () => {
    const { readingOrder, reader: readerOptions, summary } = config();
    return JSON.stringify([readingOrder.fallback, readerOptions.wordsPerMinute, summary.auto]);
  };

  const summaryOf = (row: { summary: string | null; autoSummary: string | null }): { summary: string | null; summarySource: SummarySource } => {
    if (row.summary?.trim()) return { summary: row.summary, summarySource: 'editor' };
    if (config().summary.auto && row.autoSummary?.trim()) return { summary: row.autoSummary, summarySource: 'auto' };
    return { summary: null, summarySource: 'none' };
  };

  /** The body as the type stores it: a column, or components read with Strapi's query engine (one more statement). */
  const bodyOf = async (type: NewsroomType, row: ArticleRow): Promise<unknown> => {
    if (type.bodyShape.kind !== 'components') return parseJson(row.body);
    const found = await strapi.db.query(type.uid as any).findOne({ where: { id: row.id }, select: ['id'], populate: bodyPopulate(type) });
    return found?.[type.fields.body] ?? null;
  };

  const readingTimeOf = (type: NewsroomType, row: ArticleRow, body: () => Promise<unknown>) => async () => {
    let words = row.wordCount;
    if (words === null || words === undefined) {
      try {
        words = countWords(articleBody(type, await body()));
      } catch (error) {
        if (!(error instanceof SummaryInputError)) throw error;
        words = 0;
      }
    }
    return readingTimeMinutes(Number(words), config().reader.wordsPerMinute);
  };

  const teaserOf = (row: NeighborRow, source: Teaser['source']): Teaser => ({
    documentId: row.documentId,
    title: row.title ?? '',
    slug: row.slug ?? '',
    summary: summaryOf(row).summary,
    publishedAt: iso(row.publishedAt),
    source,
  });

  const coverOf = (row: ArticleRow): Cover | null =>
    row.coverId === null || row.coverId === undefined
      ? null
      : {
          id: Number(row.coverId),
          documentId: row.coverDocumentId ?? '',
          name: row.coverName ?? '',
          alternativeText: row.coverAlternativeText,
          caption: row.coverCaption,
          width: row.coverWidth,
          height: row.coverHeight,
          formats: parseJson(row.coverFormats),
          mime: row.coverMime ?? '',
          url: row.coverUrl ?? '',
        };

  const findArticle = async (type: NewsroomType, key: string, locale: string | null) => {
    const row = await db(type).findPublished(knex(), key, locale);
    if (!row) {
      const where = locale === null ? '' : ` in locale "${locale}"`;
      throw new errors.NotFoundError(`No published ${type.displayName} "${key}"${where}`);
    }
    return row;
  };

  /**
   * The nearest published article each way: linked first, then (if configured) by
   * date; with a scope, by date among the articles sharing its value (curated links
   * do not know scopes).
   */
  const neighborsOf = async (type: NewsroomType, row: ArticleRow, connection: Knex = knex(), scope: ReadingScope | null = null) => {
    if (scope) {
      const dated = await db(type).byPublishedAt(connection, row, getService(strapi, 'types').scopeTables(type, scope.name));
      const computed = (direction: NeighborRow['direction']) => {
        const found = dated.find((item) => item.direction === direction);
        return found ? teaserOf(found, 'computed') : null;
      };
      return { previous: computed('previous'), next: computed('next') };
    }
    const { fallback } = config().readingOrder;
    const walked = await db(type).walk(connection, row.id, 1);
    const linked = (direction: NeighborRow['direction']) => {
      const found = walked.find((item) => item.direction === direction && item.documentId !== row.documentId);
      return found ? teaserOf(found, 'linked') : null;
    };
    let previous = linked('previous');
    let next = linked('next');
    if (fallback === 'publishedAt' && (!previous || !next)) {
      const dated = await db(type).byPublishedAt(connection, row);
      const computed = (direction: NeighborRow['direction']) => {
        const found = dated.find((item) => item.direction === direction);
        return found ? teaserOf(found, 'computed') : null;
      };
      previous ??= computed('previous');
      next ??= computed('next');
    }
    return { previous, next };
  };

  const neighborStamps = ({ previous, next }: { previous: Teaser | null; next: Teaser | null }) =>
    [previous, next].flatMap((teaser) => (teaser ? [teaser.documentId, teaser.publishedAt, teaser.title, teaser.summary, teaser.source] : ['-']));

  return {
    /**
     * What readers see of one article page, for telling whether a change altered it:
     * its own answer's fields and its neighbors' teasers; null when not published.
     * Reads through `connection` (a transaction's, to see its uncommitted writes).
     */
    async pageView(type: NewsroomType, documentId: string, locale: string | null, connection: Knex): Promise<PageView | null> {
      const row = await db(type).findPublished(connection, documentId, locale);
      if (!row || row.documentId !== documentId) return null;
      const { previous, next } = await neighborsOf(type, row, connection);
      return {
        row: JSON.stringify([row.id, iso(row.updatedAt), row.wordCount ?? null, summaryOf(row).summary]),
        slug: row.slug,
        teaser: [row.title, row.slug, summaryOf(row).summary, iso(row.publishedAt)],
        previous: previous && { documentId: previous.documentId, stamp: [previous.title, previous.slug, previous.summary, previous.publishedAt, previous.source] },
        next: next && { documentId: next.documentId, stamp: [next.title, next.slug, next.summary, next.publishedAt, next.source] },
      };
    },

    /** The most recently published article of a locale (see the store). */
    latestPublished: (type: NewsroomType, locale: string | null, connection: Knex) => db(type).latestPublished(connection, locale),

    /** Everything an article page shows, in one call. */
    async read(type: NewsroomType, key: string, locale: string | null, scope: ReadingScope | null = null): Promise<ReaderAnswer<ReadResponse>> {
      const row = await findArticle(type, key, locale);
      const neighbors = await neighborsOf(type, row, knex(), scope);
      const body = await bodyOf(type, row);
      const data = {
        documentId: row.documentId,
        title: row.title,
        slug: row.slug,
        locale: row.locale,
        publishedAt: iso(row.publishedAt),
        body,
        cover: coverOf(row),
        ...summaryOf(row),
        readingTimeMinutes: await readingTimeOf(type, row, async () => body)(),
        ...neighbors,
      };
      // The summary and reading time too: the plugin computes them for rows written before it served the type, without touching `updatedAt`.
      const etag = etagOf([
        type.uid,
        row.id,
        row.updatedAt,
        row.coverId,
        row.coverUpdatedAt,
        data.summary,
        data.readingTimeMinutes,
        ...neighborStamps(neighbors),
        scope?.name ?? null,
        configStamp(),
      ]);
      const tags = scopedTags(type, row.locale, scope, [row.documentId, neighbors.previous?.documentId, neighbors.next?.documentId]);
      return { etag, body: { data, meta: {} }, tags };
    },

    async neighbors(type: NewsroomType, key: string, locale: string | null, scope: ReadingScope | null = null): Promise<ReaderAnswer<NeighborsResponse>> {
      const row = await findArticle(type, key, locale);
      const neighbors = await neighborsOf(type, row, knex(), scope);
      return {
        etag: etagOf([type.uid, row.documentId, ...neighborStamps(neighbors), scope?.name ?? null, configStamp()]),
        body: { data: neighbors },
        tags: scopedTags(type, row.locale, scope, [row.documentId, neighbors.previous?.documentId, neighbors.next?.documentId]),
      };
    },

    async summary(type: NewsroomType, key: string, locale: string | null): Promise<ReaderAnswer<SummaryResponse>> {
      const row = await findArticle(type, key, locale);
      const data = { ...summaryOf(row), readingTimeMinutes: await readingTimeOf(type, row, () => bodyOf(type, row))() };
      return {
        etag: etagOf([type.uid, row.id, row.updatedAt, data.summary, data.readingTimeMinutes, configStamp()]),
        body: { data },
        tags: tagsOf(row.locale, [row.documentId]),
      };
    },

    /** The published articles around one, in reading order, walking past unpublished ones. */
    async readingOrder(
      type: NewsroomType,
      key: string,
      locale: string | null,
      before: number,
      after: number
    ): Promise<ReaderAnswer<ReaderOrderResponse>> {
      const row = await findArticle(type, key, locale);
      // One step more than asked tells whether the order goes on.
      const walked = await db(type).walk(knex(), row.id, Math.max(before, after) + 1);
      // A loop in damaged data repeats articles, on either side: each is listed once,
      // and a side stops at the first article already listed.
      const seen = new Set([row.documentId]);
      const side = (direction: NeighborRow['direction'], limit: number) => {
        const published: NeighborRow[] = [];
        for (const item of walked.filter((candidate) => candidate.direction === direction)) {
          if (seen.has(item.documentId) || published.length > limit) break;
          seen.add(item.documentId);
          published.push(item);
        }
        return { items: published.slice(0, limit), hasMore: published.length > limit };
      };
      const ahead = side('next', after);
      const behind = side('previous', before);
      const item = (teaser: Teaser, current: boolean): ReaderOrderItem => {
        const { source: _source, ...rest } = teaser;
        return { ...rest, current };
      };
      const current = { ...teaserOf({ ...row, direction: 'next', depth: 0 }, 'linked') };
      const data = [
        ...behind.items.reverse().map((entry) => item(teaserOf(entry, 'linked'), false)),
        item(current, true),
        ...ahead.items.map((entry) => item(teaserOf(entry, 'linked'), false)),
      ];
      const etag = etagOf([type.uid, ...data.flatMap((entry) => [entry.documentId, entry.publishedAt, entry.title, entry.summary]), before, after, configStamp()]);
      return {
        etag,
        body: { data, meta: { before, after, hasMoreBefore: behind.hasMore, hasMoreAfter: ahead.hasMore } },
        tags: tagsOf(row.locale, data.map((entry) => entry.documentId)),
      };
    },
  };
};

export type ReaderService = ReturnType<typeof reader>;

export default reader;
