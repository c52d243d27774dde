import type { Core } from '@strapi/strapi';

import type { PlannedFix, Problem, SeriesVersion } from '../../../../contracts/reading-order-check';
import { getConfig, getService } from '../../accessors';
import type { TouchedArticle } from '../../access/change-permissions';
import type { NewsroomType, TypeTables } from '../../registry';
import { inTransaction, type Transaction } from '../database';
import { problemRefs, visibleProblems, type ArticleVisibility } from '../visibility';
import { localesScope } from '../reading-order/lock-scope';
import { analyse, type ArticleRow, type FoundProblem, type LinkRow } from './analyse';
import { addLinkRows, readCheckRows, removeLinkRows } from './rows';
import { findSplitChains } from './split-chains';
import { withTitles } from './titles';
import type { FoundSeriesProblem } from '../series/check';
import type { IndexChange } from '../series/members';

export interface RepairResult {
  /** The problems the admin may see; `hidden` counts the others, the counts below count them all. */
  problems: PlannedFix[];
  hidden: number;
  linksRemoved: number;
  linksAdded: number;
  seriesListsRewritten: number;
  seriesIndexRows: number;
}

const asProblem = ({ kind, articles, detail }: FoundProblem): Problem => ({ kind, articles, detail });
const asPlannedFix = (problem: FoundProblem): PlannedFix => ({ ...asProblem(problem), fix: problem.fix });

/** The series problems as the routes show them; an out-of-date index is one problem of its own. */
const seriesFixes = (type: NewsroomType, { problems, index }: { problems: FoundSeriesProblem[]; index: IndexChange }): PlannedFix[] => [
  ...problems.map(({ kind, series, articles, detail, fix }) => ({
    kind,
    series,
    articles: articles.map((documentId) => ({ documentId, locale: type.localized ? series.locale : null, status: 'missing' as const })),
    detail,
    fix,
  })),
  ...(index.added + index.removed > 0
    ? [
        {
          kind: 'series-index-out-of-date' as const,
          articles: [],
          detail: `the series index disagrees with the series lists: ${index.added} row(s) missing, ${index.removed} row(s) stale`,
          fix: 'rebuild the index from the lists',
        },
      ]
    : []),
];

/** Series versions a repair rewrites: one per version, whatever the number of its problems. */
const listsRewritten = (problems: FoundSeriesProblem[]) => new Set(problems.map((problem) => JSON.stringify(problem.series))).size;

/** What a repair changes, for its permission check: the articles whose link rows it removes or adds, and the series lists it rewrites. */
export interface RepairChanges {
  articles: TouchedArticle[];
  series: SeriesVersion[];
}

export interface RepairRequest {
  dryRun: boolean;
  visibility: ArticleVisibility;
  /** Called under the lock, before anything is written: throws when the admin may not make these changes. */
  authorize: (changes: RepairChanges) => Promise<void>;
}

/**
 * The articles at either end of the link rows a repair removes or adds (a row that no
 * longer exists is no article); `publishes` where a published version's links change,
 * which readers see at once, as a reorder applied to published versions does.
 */
const changedArticles = (problems: FoundProblem[], articles: ArticleRow[], links: LinkRow[]): TouchedArticle[] => {
  const rows = new Map(articles.map((row) => [row.id, row]));
  const removed = new Set(problems.flatMap((problem) => problem.remove));
  const ends = [...links.filter((link) => removed.has(link.id)), ...problems.flatMap((problem) => problem.add ?? [])].flatMap((link) => [
    rows.get(link.previousId),
    rows.get(link.nextId),
  ]);
  const refs = new Map<string, TouchedArticle>();
  for (const row of ends) {
    if (!row) continue;
    const key = JSON.stringify([row.locale, row.documentId]);
    const publishes = row.published || refs.get(key)?.publishes === true;
    refs.set(key, { documentId: row.documentId, locale: row.locale, publishes });
  }
  return [...refs.values()];
};

/** The problems the admin may see (those whose articles and series it may all read), their articles with titles. */
const visibleOf = async <P extends Problem>(trx: Transaction, tables: TypeTables, visibility: ArticleVisibility, problems: P[]) => {
  const refs = problemRefs(problems);
  const article = await visibility.articles(refs.articles);
  const series = await visibility.series(refs.series);
  const { problems: shown, hidden } = visibleProblems(problems, article, series);
  return { problems: await withTitles(trx, tables, shown), hidden };
};

/**
 * Check and repair of a type's reading order in one locale: the rows are read in
 * bulk, analysed in pure code (analyse.ts), and a repair removes the link rows the
 * analysis names, in one transaction under the reading-order lock.
 */
const readingOrderCheck = ({ strapi }: { strapi: Core.Strapi }) => {
  const tables = (type: NewsroomType) => getService(strapi, 'types').tables(type);

  const find = async (trx: Transaction, type: NewsroomType, locale: string | null) => {
    const { articles, links } = await readCheckRows(trx, tables(type));
    const damage = analyse(articles, links, locale);
    // A chain the site cut while the plugin was away is only worth joining where `onDelete` heals.
    const splits =
      getConfig(strapi).readingOrder.onDelete === 'heal'
        ? findSplitChains(await getService(strapi, 'site-changes').deletedWhileUnserved(type.uid), articles, links, locale)
        : [];
    // Joined only where no damage touches the two ends: the repair first removes links, then adds.
    const removed = new Set(damage.flatMap((problem) => problem.remove));
    const damaged = new Set(links.filter((link) => removed.has(link.id)).flatMap((link) => [link.previousId, link.nextId]));
    const joinable = splits.filter((problem) => problem.add!.every((link) => !damaged.has(link.previousId) && !damaged.has(link.nextId)));
    return { articles, links, problems: [...damage, ...joinable] };
  };

  /** The published pages the removals change, per locale, for the revalidation event. */
  const watchRemovals = async (
    trx: Transaction,
    type: NewsroomType,
    { articles, links }: { articles: ArticleRow[]; links: LinkRow[] },
    removed: Set<number>
  ) => {
    const rows = new Map(articles.map((row) => [row.id, row]));
    const pages = new Map<string | null, Set<string>>();
    for (const link of links) {
      if (!removed.has(link.id)) continue;
      for (const row of [rows.get(link.previousId), rows.get(link.nextId)]) {
        if (!row?.published) continue;
        if (!pages.has(row.locale)) pages.set(row.locale, new Set());
        pages.get(row.locale)!.add(row.documentId);
      }
    }
    for (const [locale, documentIds] of pages) {
      await getService(strapi, 'revalidation').watch(trx, type, locale, [...documentIds]);
    }
  };

  /** The published pages a joined chain changes (its two ends), for the revalidation event. */
  const watchAdditions = async (
    trx: Transaction,
    type: NewsroomType,
    articles: ArticleRow[],
    added: Array<{ previousId: number; nextId: number }>
  ) => {
    const rows = new Map(articles.map((row) => [row.id, row]));
    const ends = added
      .flatMap((link) => [rows.get(link.previousId), rows.get(link.nextId)])
      .filter((row): row is ArticleRow => row?.published === true);
    for (const locale of new Set(ends.map((row) => row.locale))) {
      await getService(strapi, 'revalidation').watch(
        trx,
        type,
        locale,
        ends.filter((row) => row.locale === locale).map((row) => row.documentId)
      );
    }
  };

  return {
    /** The problems of the type's reading order in the locale that the admin may see, and how many it may not. */
    async check(
      type: NewsroomType,
      locale: string | null,
      visibility: ArticleVisibility
    ): Promise<{ problems: Problem[]; hidden: number }> {
      return inTransaction(strapi, async (trx) => {
        const { problems } = await find(trx, type, locale);
        const series = await getService(strapi, 'series').checkLists(trx, type, locale, { repair: false });
        return visibleOf(trx, tables(type), visibility, [
          ...problems.map(asProblem),
          ...seriesFixes(type, series).map(({ fix: _fix, ...problem }) => problem),
        ]);
      });
    },

    /**
     * A dry run reads without the lock and changes nothing; a repair reads again under
     * the lock, has the changes authorized, then removes and rewrites. Either answers
     * the problems the admin may see.
     */
    async repair(type: NewsroomType, locale: string | null, { dryRun, visibility, authorize }: RepairRequest): Promise<RepairResult> {
      const summarise = async (
        trx: Transaction,
        problems: FoundProblem[],
        series: { problems: FoundSeriesProblem[]; index: IndexChange }
      ) => ({
        ...(await visibleOf(trx, tables(type), visibility, [...problems.map(asPlannedFix), ...seriesFixes(type, series)])),
        linksRemoved: problems.reduce((total, problem) => total + problem.remove.length, 0),
        linksAdded: problems.reduce((total, problem) => total + (problem.add?.length ?? 0), 0),
        seriesListsRewritten: listsRewritten(series.problems),
        seriesIndexRows: series.index.added + series.index.removed,
      });
      if (dryRun) {
        return inTransaction(strapi, async (trx) => {
          const { problems } = await find(trx, type, locale);
          return summarise(trx, problems, await getService(strapi, 'series').checkLists(trx, type, locale, { repair: false }));
        });
      }
      return getService(strapi, 'reading-order').change(localesScope(type.uid, [locale]), async ({ trx }) => {
        const { articles, links, problems } = await find(trx, type, locale);
        const damagedLists = await getService(strapi, 'series').checkLists(trx, type, locale, { repair: false });
        await authorize({
          articles: changedArticles(problems, articles, links),
          series: damagedLists.problems.map((problem) => problem.series),
        });
        const removed = new Set(problems.flatMap((problem) => problem.remove));
        if (removed.size > 0) {
          await watchRemovals(trx, type, { articles, links }, removed);
          await removeLinkRows(trx, tables(type), [...removed]);
        }
        const added = problems.flatMap((problem) => problem.add ?? []);
        if (added.length > 0) {
          await watchAdditions(trx, type, articles, added);
          await addLinkRows(trx, tables(type), added);
        }
        // The traces of this locale are used up: joined, or their ends have moved on.
        await getService(strapi, 'site-changes').forgetDeletedWhileUnserved(type.uid, locale);
        return summarise(trx, problems, await getService(strapi, 'series').checkLists(trx, type, locale, { repair: true }));
      });
    },
  };
};

export type ReadingOrderCheckService = ReturnType<typeof readingOrderCheck>;

export default readingOrderCheck;
