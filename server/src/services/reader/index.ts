import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type {
  ContinueResponse,
  Cover,
  NeighborsResponse,
  SeriesArticle,
  SeriesPlacement,
  SeriesResponse,
  ReadResponse,
  ReaderOrderItem,
  ReaderOrderResponse,
  SummaryResponse,
  SummarySource,
  Teaser,
  TocEntry,
} from '../../../../contracts/reader';
import { pageTag, scopeTag, seriesTag, typeTag } from '../../../../contracts/reader';
import { relatedTag, type RelatedResponse } from '../../../../contracts/related';
import { getConfig, getService } from '../../accessors';
import { SERIES_UID } from '../../constants';
import type { Transaction } from '../database';
import type { NewsroomType, ReadingScope } from '../../registry';
import type { ScopeTables } from '../../registry/tables';
import { articleBody, bodyPopulate } from '../../registry/article-rows';
import { defaultLocale } from '../../locales';
import { SummaryInputError } from '../summary/errors';
import { lengthForWords, type SummaryFormat, type SummaryLength } from '../summary/lengths';
import { readerSummary } from '../summary/reader-summary';
import { etagOf } from './etag';
import { createPageData, type PageKey } from './page-data';
import { tableOfContents } from './toc';
import { countWords, readingTimeMinutes } from './reading-time';
import { createSeriesStore, type MemberSource, type SeriesMemberRow, type SeriesRow } from './series-store';
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

/** A published article as a feed lists it. */
export interface FeedArticle {
  documentId: string;
  title: string;
  slug: string;
  summary?: string | null;
  publishedAt: string;
  updatedAt: string;
}

/** An article as readers see it: its published row, its summary and its neighbors' teasers. */
export interface PublishedPage {
  row: ArticleRow;
  summary: string | null;
  previous: Teaser | null;
  next: Teaser | null;
}

/** A reader answer: the response body (typed by its contract) and its ETag. */
export interface ReaderAnswer<Body> {
  etag: string;
  body: Body;
  /** Cache tags of every article the answer shows (`pageTag`). */
  tags: string[];
}

/** The tags of the articles an answer shows, all of one type and locale, then the type's own tag (`typeTag`, for a purge of the whole type). */
const tagsOf = (type: NewsroomType, locale: string | null, documentIds: Array<string | undefined>): string[] => [
  ...new Set(documentIds.filter((id): id is string => id !== undefined).map((id) => pageTag(id, locale))),
  typeTag(type.uid, locale),
];

/**
 * The tags of an article answer: its articles; a scoped answer also its scope's tag
 * (any change of the type's published order may move its neighbors), and one that
 * shows series the type's series tag (a publication in a series renumbers it).
 */
const answerTags = (
  type: NewsroomType,
  locale: string | null,
  scope: ReadingScope | null,
  neighbors: { previous: Teaser | null; next: Teaser | null; series: SeriesPlacement[] },
  documentId: string
) => [
  ...tagsOf(type, locale, [
    documentId,
    neighbors.previous?.documentId,
    neighbors.next?.documentId,
    ...neighbors.series.flatMap((placement) => [placement.previous?.documentId, placement.next?.documentId]),
  ]),
  ...(scope ? [scopeTag(type.uid, locale)] : []),
  ...(neighbors.series.length > 0 ? [seriesTag(type.uid, locale)] : []),
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
  const seriesStore = createSeriesStore(strapi);
  const memberSource = (type: NewsroomType, articleLocale: string | null): MemberSource => ({
    uid: type.uid,
    tables: getService(strapi, 'types').tables(type),
    articleLocale,
  });

  /** Options that change answers without changing any row take part in every ETag. */
  const configStamp = () => {
    const { readingOrder, reader: readerOptions, summary, urls, structuredData } = config();
    return JSON.stringify([readingOrder.fallback, readingOrder.wrap, readerOptions.wordsPerMinute, summary.auto, urls, structuredData]);
  };

  const summaryOf = (row: {
    summary: string | null;
    autoSummary: string | null;
  }): { summary: string | null; summarySource: SummarySource } => {
    if (row.summary?.trim()) return { summary: row.summary, summarySource: 'editor' };
    if (config().summary.auto && row.autoSummary?.trim()) return { summary: row.autoSummary, summarySource: 'auto' };
    return { summary: null, summarySource: 'none' };
  };

  /** The body as the type stores it: a column, or components read with Strapi's query engine (one more statement). */
  const bodyOf = async (type: NewsroomType, row: ArticleRow): Promise<unknown> => {
    if (type.bodyShape.kind !== 'components') return parseJson(row.body);
    const found = await strapi.db.query(type.uid).findOne({ where: { id: row.id }, select: ['id'], populate: bodyPopulate(type) });
    return found?.[type.fields.body] ?? null;
  };

  /** The body's word count: stored at write time, counted for rows written before the plugin served the type. */
  const wordsOf = async (type: NewsroomType, row: ArticleRow, body: () => Promise<unknown>): Promise<number> => {
    if (row.wordCount !== null && row.wordCount !== undefined) return Number(row.wordCount);
    try {
      return countWords(articleBody(type, await body()));
    } catch (error) {
      if (!(error instanceof SummaryInputError)) throw error;
      return 0;
    }
  };

  const readingTimeOf = (type: NewsroomType, row: ArticleRow, body: () => Promise<unknown>) => async () =>
    readingTimeMinutes(await wordsOf(type, row, body), config().reader.wordsPerMinute);

  /** The mapped key-points field: a JSON attribute comes back from the database as its JSON text. */
  const keyPointsField = (type: NewsroomType, value: unknown): unknown => {
    if (type.fields.keyPoints === null) return undefined;
    const attribute = strapi.contentType(type.uid as UID.ContentType)?.attributes[type.fields.keyPoints] as { type?: string } | undefined;
    return attribute?.type === 'json' ? parseJson(value) : value;
  };

  /** The table of contents; a body the readers refuse (it could not be written today) has none. */
  const tocOf = (type: NewsroomType, body: unknown): TocEntry[] => {
    try {
      return tableOfContents(articleBody(type, body), config().reader.wordsPerMinute);
    } catch (error) {
      if (!(error instanceof SummaryInputError)) throw error;
      return [];
    }
  };

  const pageData = createPageData(strapi);

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
   * `readingOrder.wrap`: where the computed order ends (the newest article has no next,
   * the oldest no previous), it goes round to the other end, marked `wrapped`; one more
   * statement, for the two articles at the ends only. Curated links never wrap.
   */
  const wrapAround = async (
    type: NewsroomType,
    row: ArticleRow,
    neighbors: { previous: Teaser | null; next: Teaser | null },
    connection: Knex,
    scopeTables?: ScopeTables
  ) => {
    if (!config().readingOrder.wrap || (neighbors.previous && neighbors.next)) return neighbors;
    const ends = await db(type).ends(connection, row, scopeTables);
    const end = (direction: NeighborRow['direction']): Teaser | null => {
      const found = ends.find((item) => item.direction === direction);
      return found ? { ...teaserOf(found, 'computed'), wrapped: true } : null;
    };
    return { previous: neighbors.previous ?? end('previous'), next: neighbors.next ?? end('next') };
  };

  /**
   * The nearest published article each way: linked first, then (if configured) by
   * date; with a scope, by date among the articles sharing its value (curated links
   * do not know scopes).
   */
  const neighborsOf = async (type: NewsroomType, row: ArticleRow, connection: Knex = knex(), scope: ReadingScope | null = null) => {
    if (scope) {
      const scopeTables = getService(strapi, 'types').scopeTables(type, scope.name);
      const dated = await db(type).byPublishedAt(connection, row, scopeTables);
      const computed = (direction: NeighborRow['direction']) => {
        const found = dated.find((item) => item.direction === direction);
        return found ? teaserOf(found, 'computed') : null;
      };
      return wrapAround(type, row, { previous: computed('previous'), next: computed('next') }, connection, scopeTables);
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
      return wrapAround(type, row, { previous, next }, connection);
    }
    return { previous, next };
  };

  const teaserStamp = (teaser: Teaser | null) =>
    teaser ? [teaser.documentId, teaser.publishedAt, teaser.title, teaser.summary, teaser.source, teaser.wrapped === true] : ['-'];

  const neighborStamps = ({ previous, next, series }: { previous: Teaser | null; next: Teaser | null; series: SeriesPlacement[] }) => [
    ...teaserStamp(previous),
    ...teaserStamp(next),
    ...series.flatMap((placement) => [
      placement.documentId,
      placement.slug,
      placement.title,
      placement.position,
      placement.total,
      ...teaserStamp(placement.previous),
      ...teaserStamp(placement.next),
    ]),
  ];

  /**
   * Every published series the article is in, with its place and neighbors among the
   * series' published articles; one statement. A type without i18n has its series in
   * the default locale, so series of every locale are read for it.
   */
  const seriesOf = async (type: NewsroomType, row: ArticleRow, connection: Knex = knex()): Promise<SeriesPlacement[]> => {
    const locale = row.locale ?? null;
    const rows = await seriesStore.around(connection, memberSource(type, locale), type.localized ? locale : null, row.documentId);
    const placements: SeriesPlacement[] = [];
    for (const own of rows.filter((member) => member.documentId === row.documentId)) {
      const at = (position: number) =>
        rows.find((member) => member.seriesDocumentId === own.seriesDocumentId && member.position === position);
      const teaser = (member: SeriesMemberRow | undefined) =>
        member ? teaserOf({ ...member, direction: 'next', depth: 1 }, 'linked') : null;
      placements.push({
        documentId: own.seriesDocumentId,
        slug: own.seriesSlug,
        title: own.seriesTitle,
        position: own.position,
        total: own.total,
        previous: teaser(at(own.position - 1)),
        next: teaser(at(own.position + 1)),
      });
    }
    return placements;
  };

  const seriesArticleOf = (member: SeriesMemberRow): SeriesArticle => {
    const { source: _source, ...teaser } = teaserOf({ ...member, direction: 'next', depth: 1 }, 'linked');
    return { ...teaser, position: member.position };
  };

  /** The published series, or a 404; and where its articles are read from (a 404 too if the plugin no longer serves their type). */
  const findSeries = async (key: string, locale: string): Promise<{ found: SeriesRow; type: NewsroomType }> => {
    const found = await seriesStore.find(knex(), key, locale);
    const type = found ? getService(strapi, 'types').find(found.articleType) : undefined;
    if (!found || !type) throw new errors.NotFoundError(`No published series "${key}" in locale "${locale}"`);
    return { found, type };
  };

  return {
    /**
     * The published version of an article with the summary readers see and its
     * neighbors (null when not published), for the revalidation service's page views.
     * Reads through `connection` (a transaction's, to see its uncommitted writes).
     */
    async publishedPage(type: NewsroomType, documentId: string, locale: string | null, connection: Knex): Promise<PublishedPage | null> {
      const row = await db(type).findPublished(connection, documentId, locale);
      if (!row || row.documentId !== documentId) return null;
      const { previous, next } = await neighborsOf(type, row, connection);
      return { row, summary: summaryOf(row).summary, previous, next };
    },

    /** The most recently published article of a locale (see the store). */
    latestPublished: (type: NewsroomType, locale: string | null, connection: Knex) => db(type).latestPublished(connection, locale),

    /** Everything an article page shows, in one call. */
    async read(
      type: NewsroomType,
      key: string,
      locale: string | null,
      scope: ReadingScope | null = null
    ): Promise<ReaderAnswer<ReadResponse>> {
      const row = await findArticle(type, key, locale);
      const neighbors = { ...(await neighborsOf(type, row, knex(), scope)), series: await seriesOf(type, row) };
      const body = await bodyOf(type, row);
      const cover = coverOf(row);
      const summary = summaryOf(row);
      const minutes = await readingTimeOf(type, row, async () => body)();
      const data = {
        documentId: row.documentId,
        title: row.title,
        slug: row.slug,
        locale: row.locale,
        publishedAt: iso(row.publishedAt),
        body,
        cover,
        ...summary,
        readingTimeMinutes: minutes,
        ...neighbors,
        toc: tocOf(type, body),
        jsonLd: await pageData.jsonLd(type, row, {
          summary: summary.summary,
          cover,
          readingTimeMinutes: minutes,
          wordCount: await wordsOf(type, row, async () => body),
          series: neighbors.series,
        }),
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
      return { etag, body: { data, meta: {} }, tags: answerTags(type, row.locale, scope, neighbors, row.documentId) };
    },

    async neighbors(
      type: NewsroomType,
      key: string,
      locale: string | null,
      scope: ReadingScope | null = null
    ): Promise<ReaderAnswer<NeighborsResponse>> {
      const row = await findArticle(type, key, locale);
      const neighbors = { ...(await neighborsOf(type, row, knex(), scope)), series: await seriesOf(type, row) };
      return {
        etag: etagOf([type.uid, row.documentId, ...neighborStamps(neighbors), scope?.name ?? null, configStamp()]),
        body: { data: neighbors },
        tags: answerTags(type, row.locale, scope, neighbors, row.documentId),
      };
    },

    /**
     * The published articles of the same type and locale most alike in content (the
     * `related` service's index), optionally sharing a scope's value; three statements.
     */
    async related(
      type: NewsroomType,
      key: string,
      locale: string | null,
      scope: ReadingScope | null,
      limit: number
    ): Promise<ReaderAnswer<RelatedResponse>> {
      const row = await findArticle(type, key, locale);
      const scoring = await getService(strapi, 'related').scoring(knex(), type, row);
      const scopeTables = scope ? getService(strapi, 'types').scopeTables(type, scope.name) : undefined;
      const rows = scoring ? await db(type).ranked(knex(), scoring, row, limit, scopeTables) : [];
      const data = rows.map((found) => {
        const { source: _source, ...teaser } = teaserOf(found, 'computed');
        return { ...teaser, score: scoring ? scoring.score(found.dot) : 0 };
      });
      return {
        etag: etagOf([type.uid, row.id, row.updatedAt, scope?.name ?? null, limit, configStamp(), JSON.stringify(data)]),
        body: { data },
        tags: [
          ...tagsOf(type, row.locale, [row.documentId, ...data.map((item) => item.documentId)]),
          relatedTag(type.uid, row.locale),
          ...(scope ? [scopeTag(type.uid, row.locale)] : []),
        ],
      };
    },

    /**
     * The summary for readers: a paragraph (by default) or key points, at a length
     * (by default the one the word count picks). Automatic ones other than the stored
     * paragraph are made from the published body here; the reader cache keeps them.
     */
    async summary(
      type: NewsroomType,
      key: string,
      locale: string | null,
      format: SummaryFormat = 'paragraph',
      asked?: SummaryLength
    ): Promise<ReaderAnswer<SummaryResponse>> {
      const row = await findArticle(type, key, locale);
      let body: Promise<unknown> | undefined;
      const readBody = () => (body ??= bodyOf(type, row));
      const words = await wordsOf(type, row, readBody);
      const length = asked ?? lengthForWords(words);
      const stored = {
        summary: row.summary,
        autoSummary: row.autoSummary,
        keyPoints: keyPointsField(type, row.keyPoints),
        title: row.title ?? '',
        summaryMaxLength: getService(strapi, 'types').summaryMaxLength(type),
      };
      // Read in the language the stored summary was made in: a type without i18n in the default locale's.
      const source = async () => ({ body: articleBody(type, await readBody()), locale: row.locale ?? (await defaultLocale(strapi)) });
      const shown = await readerSummary(stored, source, { format, length, auto: config().summary.auto });
      const data = { ...shown, format, length, readingTimeMinutes: readingTimeMinutes(words, config().reader.wordsPerMinute) };
      return {
        etag: etagOf([
          type.uid,
          row.id,
          row.updatedAt,
          format,
          length,
          data.summary,
          data.keyPoints,
          data.summarySource,
          data.readingTimeMinutes,
          configStamp(),
        ]),
        body: { data },
        tags: tagsOf(type, row.locale, [row.documentId]),
      };
    },

    /**
     * The newest published articles of a locale (a feed), newest first; with `scope`, only
     * those having one value of it (a related documentId, or the field's value). One statement.
     */
    async newestArticles(
      type: NewsroomType,
      locale: string | null,
      limit: number,
      scope?: { name: string; value: string }
    ): Promise<FeedArticle[]> {
      const scopeValue = scope ? { tables: getService(strapi, 'types').scopeTables(type, scope.name), value: scope.value } : undefined;
      const rows = await db(type).newest(knex(), locale, limit, scopeValue);
      return rows.map((row) => ({ ...teaserOf(row, 'computed'), updatedAt: iso(row.updatedAt) }));
    },

    /** A published series (a 404 for none) with its first `limit` published articles, in its order; two statements. */
    async seriesArticles(
      key: string,
      locale: string,
      limit: number
    ): Promise<{ series: SeriesRow; type: NewsroomType; articles: Array<FeedArticle & { position: number }> }> {
      const { found, type } = await findSeries(key, locale);
      const members = await seriesStore.members(
        knex(),
        memberSource(type, type.localized ? locale : null),
        found.locale ?? locale,
        found.documentId,
        1,
        limit
      );
      return { series: found, type, articles: members.map((member) => ({ ...seriesArticleOf(member), updatedAt: iso(member.updatedAt) })) };
    },

    /** The public URL of an article page (`urls`), or null. */
    articleUrl: (type: NewsroomType, page: PageKey) => pageData.articleUrl(type, page),

    /** The public URL of a series page (`urls` under the series uid), or null. */
    seriesUrl: (page: PageKey) => pageData.urlOf(SERIES_UID, page),

    /** The type of a published series' articles (a 404 for no such series), for the permission check before the cache. */
    async seriesType(key: string, locale: string): Promise<NewsroomType> {
      return (await findSeries(key, locale)).type;
    },

    /** A published series with one page of its published articles, in order; two statements (three past the last page). */
    async series(key: string, locale: string, page: number, pageSize: number): Promise<ReaderAnswer<SeriesResponse>> {
      const { found, type } = await findSeries(key, locale);
      const articleLocale = type.localized ? locale : null;
      const source = memberSource(type, articleLocale);
      const from = (page - 1) * pageSize + 1;
      const members = await seriesStore.members(knex(), source, found.locale ?? locale, found.documentId, from, from + pageSize - 1);
      const total = members[0]?.total ?? (await seriesStore.count(knex(), source, found.locale ?? locale, found.documentId));
      const articles = members.map(seriesArticleOf);
      const data = {
        documentId: found.documentId,
        slug: found.slug,
        title: found.title,
        description: found.description ?? null,
        locale: found.locale,
        articleType: found.articleType,
        articles,
      };
      return {
        etag: etagOf([
          'series',
          found.documentId,
          found.updatedAt,
          page,
          pageSize,
          total,
          ...articles.flatMap((article) => [article.documentId, article.position, article.publishedAt, article.title, article.summary]),
          configStamp(),
        ]),
        body: { data, meta: { pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } } },
        tags: [
          ...tagsOf(
            type,
            articleLocale,
            articles.map((article) => article.documentId)
          ),
          seriesTag(type.uid, articleLocale),
        ],
      };
    },

    /**
     * The first article of a published series the reader has not read (`read`: the
     * documentIds the client says it has read; the server keeps nothing about readers).
     */
    async continueSeries(key: string, locale: string, read: Set<string>): Promise<ReaderAnswer<ContinueResponse>> {
      const { found, type } = await findSeries(key, locale);
      const articleLocale = type.localized ? locale : null;
      const members = await seriesStore.members(
        knex(),
        memberSource(type, articleLocale),
        found.locale ?? locale,
        found.documentId,
        1,
        Number.MAX_SAFE_INTEGER
      );
      const next = members.find((member) => !read.has(member.documentId));
      const data = next ? seriesArticleOf(next) : null;
      const meta = { total: members.length, read: members.filter((member) => read.has(member.documentId)).length };
      return {
        etag: etagOf([
          'continue',
          found.documentId,
          found.updatedAt,
          data?.documentId ?? '-',
          data?.publishedAt ?? '-',
          data?.title ?? '-',
          data?.summary ?? '-',
          meta.total,
          meta.read,
          configStamp(),
        ]),
        body: { data, meta },
        tags: [...tagsOf(type, articleLocale, [data?.documentId]), seriesTag(type.uid, articleLocale)],
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
      const etag = etagOf([
        type.uid,
        ...data.flatMap((entry) => [entry.documentId, entry.publishedAt, entry.title, entry.summary]),
        before,
        after,
        configStamp(),
      ]);
      return {
        etag,
        body: { data, meta: { before, after, hasMoreBefore: behind.hasMore, hasMoreAfter: ahead.hasMore } },
        tags: tagsOf(
          type,
          row.locale,
          data.map((entry) => entry.documentId)
        ),
      };
    },
  };
};

export type ReaderService = ReturnType<typeof reader>;

export default reader;
