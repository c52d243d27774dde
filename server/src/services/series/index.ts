import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { pageTag, seriesTag } from '../../../../contracts/reader';
import type { RevalidatePage } from '../../../../contracts/revalidation';
import type { ArticleSeriesResponse, SeriesArticlesResponse, SeriesMember, SeriesSummary } from '../../../../contracts/series';
import { getService } from '../../accessors';
import { defaultLocale } from '../../locales';
import { SERIES_UID } from '../../constants';
import type { NewsroomType } from '../../registry';
import { textOf, type ArticleRecord } from '../../registry/article-rows';
import { inTransaction, type Transaction } from '../database';
import { linkRuleError } from '../reading-order/errors';
import { localesScope, siteScope, type LockScope } from '../reading-order/lock-scope';
import { statusOf } from '../reading-order/versions';
import {
  entryRefs,
  entrySeries,
  everythingVisible,
  readableIn,
  visibleEntries,
  visibleMembers,
  type ArticleRef,
  type ArticleVisibility,
} from '../visibility';
import { createMemberStore } from './members';
import { analyseSeriesLists, type FoundSeriesProblem } from './check';
import type { IndexChange } from './members';
import { keepHidden, membershipViolation, placeIn, withoutArticle, type MembershipViolation } from './plan';

/** What the asking admin may do with a series' articles, once the series' type is known. */
export interface SeriesAccess {
  /** What it may read of them: the answers leave out the others. */
  visibility(type: NewsroomType, articleLocale: string | null): Promise<ArticleVisibility>;
}

export interface SeriesEditAccess extends SeriesAccess {
  /** Called before anything is written with the articles the edit adds, removes or names unreadable: throws when the admin may not change them. */
  authorize(type: NewsroomType, articles: ArticleRef[]): Promise<void>;
}

/**
 * The access of code that acts for no admin (a script, the playground's seed, a
 * plugin of the site): it sees and may change every article, as the document
 * service lets it. The admin routes always pass the asking admin's access.
 */
export const UNRESTRICTED: SeriesEditAccess = {
  visibility: async () => everythingVisible,
  authorize: async () => undefined,
};

/**
 * Series: the membership rules and the draft/publish life of a series' article
 * list. Every membership write runs inside the reading-order service's change (one
 * transaction holding the reading-order lock), so two instances can never interleave
 * two edits of one series.
 */
/** A series row as the query engine answers it (the columns this service reads). */
interface SeriesRecord {
  id: number;
  documentId: string;
  title: string | null;
  slug: string | null;
  locale: string;
  articleType: string;
  publishedAt: string | Date | null;
  updatedAt: string | Date;
}

interface ArticleVersions {
  draft?: ArticleRecord;
  published?: ArticleRecord;
}

const series = ({ strapi }: { strapi: Core.Strapi }) => {
  const members = createMemberStore(strapi);
  const types = () => getService(strapi, 'types');
  const query = () => strapi.db.query(SERIES_UID);

  /** The series' versions in one locale: its draft (required) and its published version (if any). */
  const versionsOf = async (documentId: string, locale: string) => {
    const rows = (await query().findMany({ where: { documentId, locale } })) as SeriesRecord[];
    const own = rows.filter((row) => row.locale === locale);
    return { draft: own.find((row) => row.publishedAt === null), published: own.find((row) => row.publishedAt !== null) };
  };

  const summaryOf = (draft: SeriesRecord, published: SeriesRecord | undefined): SeriesSummary => ({
    documentId: draft.documentId,
    title: draft.title ?? '',
    slug: draft.slug ?? '',
    locale: draft.locale ?? null,
    articleType: draft.articleType,
    status: statusOf(draft, published),
  });

  /** The draft of the series in the locale and the served type of its articles, or a 404 / 400. */
  const seriesOrFail = async (documentId: string, locale: string) => {
    const { draft, published } = await versionsOf(documentId, locale);
    if (!draft) throw new errors.NotFoundError(`No series "${documentId}" in locale "${locale}"`);
    const type = types().find(draft.articleType);
    if (!type) {
      throw new errors.ValidationError(`The series holds articles of "${draft.articleType}", a type the plugin does not serve`, {
        field: 'articleType',
      });
    }
    return { draft, published, type, articleLocale: type.localized ? locale : null };
  };

  /** The articles' drafts and published versions in one locale, by documentId (one statement per 500). */
  const articlesOf = async (type: NewsroomType, articleLocale: string | null, documentIds: string[]) => {
    const { title, slug } = type.fields;
    const found = new Map<string, ArticleVersions>();
    for (let start = 0; start < documentIds.length; start += 500) {
      const rows = (await strapi.db.query(type.uid).findMany({
        where: { documentId: { $in: documentIds.slice(start, start + 500) }, locale: articleLocale },
        select: ['id', 'documentId', 'locale', title, slug, 'publishedAt', 'updatedAt'],
      })) as ArticleRecord[];
      for (const row of rows) {
        if ((row.locale ?? null) !== articleLocale) continue;
        const entry = found.get(row.documentId) ?? {};
        entry[row.publishedAt === null ? 'draft' : 'published'] = row;
        found.set(row.documentId, entry);
      }
    }
    return found;
  };

  const memberOf = (type: NewsroomType, documentId: string, position: number, versions: ArticleVersions | undefined): SeriesMember => {
    const shown = versions?.draft ?? versions?.published;
    return {
      documentId,
      title: textOf(shown?.[type.fields.title]),
      slug: textOf(shown?.[type.fields.slug]),
      status: versions?.draft ? statusOf(versions.draft, versions.published) : 'draft',
      publishedAt: versions?.published?.publishedAt ? new Date(versions.published.publishedAt).toISOString() : null,
      position,
    };
  };

  /**
   * Refuses (400, nothing written) a list that breaks a membership rule: duplicates,
   * or ids that are no draft of the series' type in its locale, saying whether they
   * are of another locale, of another served type, or unknown.
   */
  const assertMembership = async (type: NewsroomType, articleLocale: string | null, articles: string[]) => {
    const members = await articlesOf(type, articleLocale, articles);
    const member = new Set([...members].flatMap(([documentId, versions]) => (versions.draft ? [documentId] : [])));
    const missing = articles.filter((documentId) => !member.has(documentId));
    const existing = async (uid: string) =>
      missing.length === 0
        ? []
        : (
            (await strapi.db
              .query(uid)
              .findMany({ where: { documentId: { $in: missing.slice(0, 500) } }, select: ['documentId'] })) as Array<{ documentId: string }>
          ).map((row) => row.documentId);
    const otherLocale = new Set(await existing(type.uid));
    const otherType = new Set<string>();
    for (const other of types().all()) {
      if (other.uid !== type.uid) for (const documentId of await existing(other.uid)) otherType.add(documentId);
    }
    const violation = membershipViolation(articles, { member, otherLocale, otherType });
    if (!violation) return;
    const named = violation.details.articles.slice(0, 10).join(', ');
    const messages: Record<MembershipViolation['reason'], string> = {
      duplicate: `an article is at most once in a series: ${named}`,
      'other-locale': `articles must be ${type.displayName} articles in locale "${articleLocale}": ${named} are not`,
      'other-type': `the series holds ${type.displayName} articles only: ${named} are of another type`,
      unknown: `articles names no ${type.displayName} article: ${named}`,
    };
    throw linkRuleError(messages[violation.reason], violation.details);
  };

  /** The published pages of `documentIds`, for `newsroom.revalidate`: their series info changed. */
  const seriesPages = async (type: NewsroomType, articleLocale: string | null, documentIds: string[]): Promise<RevalidatePage[]> => {
    const found = await articlesOf(type, articleLocale, [...new Set(documentIds)]);
    return [...found].flatMap(([documentId, versions]) =>
      versions.published
        ? [
            {
              type: type.uid,
              documentId,
              locale: articleLocale,
              slug: textOf(versions.published[type.fields.slug]),
              tag: pageTag(documentId, articleLocale),
              reasons: ['series-changed' as const],
            },
          ]
        : []
    );
  };

  /** What readers see of a series changes: its published members' pages, and every answer showing the type's series. */
  const announce = async (trx: Transaction, type: NewsroomType, articleLocale: string | null, documentIds: string[]) => {
    const revalidation = getService(strapi, 'revalidation');
    await revalidation.dropTags(trx, [seriesTag(type.uid, articleLocale)]);
    const pages = await seriesPages(type, articleLocale, documentIds);
    if (pages.length > 0) await revalidation.announce(trx, pages);
  };

  /** The draft list of the series in the locale, with the members the admin may not read left out. */
  const draftArticles = async (
    trx: Transaction,
    documentId: string,
    locale: string,
    access: SeriesAccess
  ): Promise<SeriesArticlesResponse['data']> => {
    const { draft, published, type, articleLocale } = await seriesOrFail(documentId, locale);
    const rows = await members.list(trx, documentId, locale, 'draft');
    const ids = rows.map((row) => row.articleDocumentId);
    const found = await articlesOf(type, articleLocale, ids);
    const visibility = await access.visibility(type, articleLocale);
    const readable = await visibility.articles(ids.map((id) => ({ documentId: id, locale: articleLocale })));
    return visibleMembers(
      {
        series: summaryOf(draft, published),
        articles: rows.map((row) => memberOf(type, row.articleDocumentId, row.position, found.get(row.articleDocumentId))),
      },
      readableIn(readable, articleLocale)
    );
  };

  /** The articles each locale's versions of the series hold now (draft and published), before a Strapi action on it. */
  const articlesByLocale = async (trx: Transaction, documentId: string, locales: string[]): Promise<Map<string, string[]>> => {
    const lists = new Map<string, string[]>();
    for (const locale of locales) {
      const rows = [
        ...(await members.list(trx, documentId, locale, 'draft')),
        ...(await members.list(trx, documentId, locale, 'published')),
      ];
      lists.set(
        locale,
        rows.map((row) => row.articleDocumentId)
      );
    }
    return lists;
  };

  return {
    /**
     * Run at bootstrap, after the reading-order lock is ready: the index table, the lists
     * of a site upgraded from index-only storage, then the index rebuilt from the lists
     * (they may have changed while this instance was down: an import, a transfer, the
     * plugin turned off).
     */
    async prepare() {
      await members.prepare();
      await getService(strapi, 'reading-order').change(siteScope(), async ({ trx }) => {
        const adopted = await members.adoptIndexedLists(trx);
        if (adopted > 0) strapi.log.info(`newsroom: ${adopted} series lists moved from the index table into their series`);
        await members.reindex(trx, {});
      });
    },

    /** Rebuilds the index from every series' lists (after changes made around the plugin); says what changed. */
    reindexAll: (trx: Transaction) => members.reindex(trx, {}),

    /** Rebuilds the index rows of one series (every locale) from its lists: after Strapi copied them (a clone). */
    reindexSeries: (trx: Transaction, documentId: string) => members.reindex(trx, { documentId }),

    /** Drops the index rows of a deleted locale's series (their rows are gone with the locale). */
    reindexLocale: (trx: Transaction, locale: string) => members.reindex(trx, { locale }),

    /** The draft order of a series in one locale, as the admin may see it. */
    articles: (documentId: string, locale: string, access: SeriesAccess = UNRESTRICTED) =>
      inTransaction(strapi, (trx) => draftArticles(trx, documentId, locale, access)),

    /**
     * Makes the draft series in the locale `articles` (no duplicates, checked by the
     * caller): drafts of the series' type in its locale, in that order, with the
     * members the admin may not read (and does not name) kept where they are. Readers
     * see it once the series is published.
     */
    async setArticles(
      documentId: string,
      locale: string,
      articles: string[],
      access: SeriesEditAccess = UNRESTRICTED
    ): Promise<SeriesArticlesResponse['data']> {
      const readingOrder = getService(strapi, 'reading-order');
      const scopeOf = (found: { type: NewsroomType; articleLocale: string | null }): LockScope =>
        localesScope(found.type.uid, [found.articleLocale]);
      // The series' type and locale decide the locks. It is read again under them: a series that holds no
      // articles may change type meanwhile, and the inner change then takes that type's locks as well.
      return readingOrder.change(scopeOf(await seriesOrFail(documentId, locale)), async () => {
        const found = await seriesOrFail(documentId, locale);
        return readingOrder.change(scopeOf(found), async ({ trx }) => {
          const { draft, type, articleLocale } = found;
          if (!type.localized) {
            const defaultCode = await defaultLocale(strapi);
            if (locale !== defaultCode) {
              throw new errors.ValidationError(
                `${type.displayName} articles have no locale: their series hold them in the default locale "${defaultCode}" only`,
                { field: 'locale' }
              );
            }
          }
          await assertMembership(type, articleLocale, articles);
          const current = (await members.list(trx, documentId, locale, 'draft')).map((row) => row.articleDocumentId);
          const visibility = await access.visibility(type, articleLocale);
          const readable = readableIn(
            await visibility.articles(current.map((id) => ({ documentId: id, locale: articleLocale }))),
            articleLocale
          );
          const list = keepHidden(current, articles, (id) => !readable(id));
          if (current.join() === list.join()) return draftArticles(trx, documentId, locale, access);
          const [before, after] = [new Set(current), new Set(list)];
          // Added, removed, or moved though the admin may not read it (named by id): each needs the update permission.
          const touched = [
            ...list.filter((id) => !before.has(id)),
            ...current.filter((id) => !after.has(id)),
            ...articles.filter((id) => before.has(id) && !readable(id)),
          ];
          await access.authorize(
            type,
            touched.map((id) => ({ documentId: id, locale: articleLocale }))
          );
          await members.replace(trx, documentId, locale, 'draft', list);
          // Like a change of its fields, a change of its list makes a published series Modified in the
          // Content Manager (which then offers to publish it): readers see the list once it is published.
          await query().update({ where: { id: draft.id }, data: { updatedAt: new Date() } });
          return draftArticles(trx, documentId, locale, access);
        });
      });
    },

    /** The series an article is in (draft membership), with its place and neighbors in each (those the admin may read). */
    articleSeries(
      type: NewsroomType,
      documentId: string,
      locale: string | null,
      access: SeriesAccess = UNRESTRICTED
    ): Promise<ArticleSeriesResponse['data']> {
      return inTransaction(strapi, async (trx) => {
        const own = (await members.ofArticles(trx, type.uid, [documentId])).filter(
          (row) => row.status === 'draft' && (locale === null || row.locale === locale)
        );
        const result: ArticleSeriesResponse['data'] = [];
        for (const membership of own) {
          const { draft, published } = await versionsOf(membership.seriesDocumentId, membership.locale);
          if (!draft) continue;
          const list = (await members.list(trx, membership.seriesDocumentId, membership.locale, 'draft')).map(
            (row) => row.articleDocumentId
          );
          const place = placeIn(list, documentId);
          if (!place) continue;
          const found = await articlesOf(
            type,
            locale,
            [place.previous, place.next].filter((id): id is string => id !== null)
          );
          const ref = (id: string | null) => (id ? { documentId: id, title: memberOf(type, id, 0, found.get(id)).title } : null);
          result.push({
            series: summaryOf(draft, published),
            position: place.position,
            total: place.total,
            previous: ref(place.previous),
            next: ref(place.next),
          });
        }
        const visibility = await access.visibility(type, locale);
        const series = await visibility.series(entrySeries(result));
        const readable = readableIn(await visibility.articles(entryRefs(result, locale)), locale);
        return visibleEntries(result, series, readable).sort((a, b) => a.series.title.localeCompare(b.series.title));
      });
    },

    /**
     * The other published pages whose series info readers see moved when these pages
     * changed, for `newsroom.revalidate`: an article that entered or left what readers
     * see (`renumbers`: published, unpublished, deleted) renumbers every other published
     * member of its published series; one whose teaser changed is shown by its neighbors
     * there. Read after the commit, from the published lists.
     */
    async coMemberPages(
      type: NewsroomType,
      articleLocale: string | null,
      changed: Array<{ documentId: string; renumbers: boolean }>
    ): Promise<RevalidatePage[]> {
      if (changed.length === 0) return [];
      const connection = strapi.db.connection;
      const byId = new Map(changed.map((page) => [page.documentId, page.renumbers]));
      const memberships = (await members.ofArticles(connection, type.uid, [...byId.keys()])).filter(
        (row) => row.status === 'published' && (articleLocale === null || row.locale === articleLocale)
      );
      const affected = new Set<string>();
      for (const key of new Set(memberships.map((row) => `${row.seriesDocumentId}|${row.locale}`))) {
        const [seriesDocumentId, locale] = key.split('|');
        const list = (await members.list(connection, seriesDocumentId, locale, 'published')).map((row) => row.articleDocumentId);
        const found = await articlesOf(type, articleLocale, list);
        const visible = list.filter((documentId) => found.get(documentId)?.published || byId.has(documentId));
        visible.forEach((documentId, index) => {
          if (!byId.has(documentId)) return;
          const reached = byId.get(documentId) ? visible : [visible[index - 1], visible[index + 1]];
          for (const other of reached) if (other !== undefined) affected.add(other);
        });
      }
      for (const documentId of byId.keys()) affected.delete(documentId);
      return seriesPages(type, articleLocale, [...affected]);
    },

    /** Whether any version of the series in any locale holds articles (its `articleType` is then fixed). */
    hasArticles: (trx: Transaction, documentId: string) => members.hasArticles(trx, documentId),

    articlesByLocale,

    /**
     * After Strapi published, unpublished, discarded or deleted the series in these
     * locales: its rows, and the lists they hold, were copied or dropped by Strapi
     * itself (a publication copies the draft list to readers, a discard brings the
     * published one back), so the index follows them. Readers are told when what they
     * see may have changed (`readersAffected`: everything but a discarded draft).
     */
    async afterSeriesAction(
      trx: Transaction,
      documentId: string,
      before: Map<string, string[]>,
      readersAffected: boolean,
      articleType: string | undefined
    ) {
      const type = articleType ? types().find(articleType) : undefined;
      const after = await articlesByLocale(trx, documentId, [...before.keys()]);
      for (const [locale, articles] of before) {
        await members.reindex(trx, { documentId, locale });
        if (type && readersAffected) await announce(trx, type, type.localized ? locale : null, [...articles, ...(after.get(locale) ?? [])]);
      }
    },

    /**
     * The damage in the series lists of a type in one locale (null: a type without i18n,
     * whose series may be in any locale) and in the index they derive; with `repair`, each
     * damaged list is rewritten (entries only removed) and the index rebuilt, inside the
     * caller's reading-order change. Readers are told of every published list it changed.
     */
    async checkLists(
      trx: Transaction,
      type: NewsroomType,
      locale: string | null,
      { repair }: { repair: boolean }
    ): Promise<{ problems: FoundSeriesProblem[]; index: IndexChange }> {
      const rows = (await members.seriesRows(trx, locale === null ? {} : { locale })).filter((row) => row.articleType === type.uid);
      const listed = [...new Set(rows.flatMap((row) => row.list))];
      const present = new Set<string>();
      for (let start = 0; start < listed.length; start += 500) {
        const found = (await strapi.db.query(type.uid).findMany({
          where: { documentId: { $in: listed.slice(start, start + 500) } },
          select: ['documentId', 'locale'],
        })) as Array<{ documentId: string; locale?: string | null }>;
        for (const row of found) present.add(JSON.stringify([type.localized ? row.locale : null, row.documentId]));
      }
      const exists = (seriesLocale: string, documentId: string) =>
        present.has(JSON.stringify([type.localized ? seriesLocale : null, documentId]));
      const problems = analyseSeriesLists(rows, exists);
      const scope = locale === null ? {} : { locale };
      // What the index lacked as found, before the rewrites below fix part of it: a repair reports what its dry run did.
      const index = await members.reindex(trx, scope, { dryRun: true });
      if (!repair) return { problems, index };
      const rewritten = new Map<string, FoundSeriesProblem>();
      // The last problem of a version carries the list that fixes all of its problems.
      for (const problem of problems) rewritten.set(JSON.stringify(problem.series), problem);
      for (const { series: version, list } of rewritten.values()) {
        const before = rows.find(
          (row) => row.documentId === version.documentId && row.locale === version.locale && row.status === version.status
        );
        await members.replace(trx, version.documentId, version.locale, version.status, list);
        if (version.status === 'published') await announce(trx, type, type.localized ? version.locale : null, before?.list ?? list);
      }
      await members.reindex(trx, scope);
      return { problems, index };
    },

    /**
     * An article is deleted in these locales: it leaves every series there (draft and
     * published), which close the gap. Readers are told only where they saw it:
     * a published list naming an article that was never published showed nothing of
     * it (readers count published articles only), so its removal changes no answer.
     */
    async removeArticle(
      trx: Transaction,
      type: NewsroomType,
      documentId: string,
      locales: Array<string | null>,
      publishedIn: Set<string | null>
    ) {
      const rows = (await members.ofArticles(trx, type.uid, [documentId])).filter((row) => !type.localized || locales.includes(row.locale));
      for (const row of rows) {
        const list = (await members.list(trx, row.seriesDocumentId, row.locale, row.status)).map((item) => item.articleDocumentId);
        const rest = withoutArticle(list, documentId);
        await members.replace(trx, row.seriesDocumentId, row.locale, row.status, rest);
        const articleLocale = type.localized ? row.locale : null;
        if (row.status === 'published' && publishedIn.has(articleLocale)) await announce(trx, type, articleLocale, rest);
      }
    },
  };
};

export type SeriesService = ReturnType<typeof series>;

export default series;
