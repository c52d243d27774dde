import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { Cover, ReaderOrderItem, SummarySource, Teaser } from '../../../../contracts/reader';
import { getConfig } from '../../accessors';
import { SummaryInputError } from '../summary';
import { etagOf } from './etag';
import { createEtagCache } from './etag-cache';
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

const iso = (value: unknown): string => new Date(value as string | number | Date).toISOString();

/**
 * The reader API: published articles only, a fixed number of SQL statements per
 * call, and an ETag for every answer.
 */
const reader = ({ strapi }: { strapi: Core.Strapi }) => {
  let store: ReturnType<typeof createReaderStore> | undefined;
  const db = () => (store ??= createReaderStore(strapi));
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

  const readingTimeOf = (row: ArticleRow) => {
    let words = row.wordCount;
    if (words === null || words === undefined) {
      try {
        words = countWords(parseJson(row.body));
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

  const findArticle = async (key: string, locale: string) => {
    const row = await db().findPublished(knex(), key, locale);
    if (!row) throw new errors.NotFoundError(`No published article "${key}" in locale "${locale}"`);
    return row;
  };

  /** The nearest published article each way: linked first, then (if configured) by date. */
  const neighborsOf = async (row: ArticleRow) => {
    const { fallback } = config().readingOrder;
    const walked = await db().walk(knex(), row.id, 1);
    const linked = (direction: NeighborRow['direction']) => {
      const found = walked.find((item) => item.direction === direction && item.documentId !== row.documentId);
      return found ? teaserOf(found, 'linked') : null;
    };
    let previous = linked('previous');
    let next = linked('next');
    if (fallback === 'publishedAt' && (!previous || !next)) {
      const dated = await db().byPublishedAt(knex(), row);
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

  const etags = createEtagCache();

  return {
    /** The ETag this instance answered for `cacheKey` within `reader.etagCacheMs`, if any. */
    rememberedEtag: (cacheKey: string) => etags.get(cacheKey),
    /** Take before computing an answer and pass to `rememberEtag`. */
    etagGeneration: () => etags.generation(),
    rememberEtag: (cacheKey: string, etag: string, generation: number) =>
      etags.set(cacheKey, etag, config().reader.etagCacheMs, generation),
    /** Called on every article write on this instance. */
    forgetEtags: () => etags.clear(),

    /** Everything an article page shows, in one call. */
    async read(key: string, locale: string) {
      const row = await findArticle(key, locale);
      const neighbors = await neighborsOf(row);
      const data = {
        documentId: row.documentId,
        title: row.title,
        slug: row.slug,
        locale: row.locale,
        publishedAt: iso(row.publishedAt),
        body: parseJson(row.body),
        cover: coverOf(row),
        ...summaryOf(row),
        readingTimeMinutes: readingTimeOf(row),
        ...neighbors,
      };
      const etag = etagOf([row.id, row.updatedAt, row.coverId, row.coverUpdatedAt, ...neighborStamps(neighbors), configStamp()]);
      return { etag, body: { data, meta: {} } };
    },

    async neighbors(key: string, locale: string) {
      const row = await findArticle(key, locale);
      const neighbors = await neighborsOf(row);
      return { etag: etagOf([row.documentId, ...neighborStamps(neighbors), configStamp()]), body: { data: neighbors } };
    },

    async summary(key: string, locale: string) {
      const row = await findArticle(key, locale);
      const data = { ...summaryOf(row), readingTimeMinutes: readingTimeOf(row) };
      return { etag: etagOf([row.id, row.updatedAt, configStamp()]), body: { data } };
    },

    /** The published articles around one, in reading order, walking past unpublished ones. */
    async readingOrder(key: string, locale: string, before: number, after: number) {
      const row = await findArticle(key, locale);
      // One step more than asked tells whether the order goes on.
      const walked = await db().walk(knex(), row.id, Math.max(before, after) + 1);
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
      const etag = etagOf([...data.flatMap((entry) => [entry.documentId, entry.publishedAt, entry.title, entry.summary]), before, after, configStamp()]);
      return {
        etag,
        body: { data, meta: { before, after, hasMoreBefore: behind.hasMore, hasMoreAfter: ahead.hasMore } },
      };
    },
  };
};

export type ReaderService = ReturnType<typeof reader>;

export default reader;
