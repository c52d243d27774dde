import type { Core } from '@strapi/strapi';

import type { PlannedFix, Problem } from '../../../../contracts/reading-order-check';
import { getService } from '../../accessors';
import type { NewsroomType } from '../../registry';
import { inTransaction, type Transaction } from '../database';
import { analyse, type ArticleRow, type FoundProblem, type LinkRow } from './analyse';
import { readCheckRows, removeLinkRows } from './rows';

export interface RepairResult {
  problems: PlannedFix[];
  linksRemoved: number;
}

const asProblem = ({ kind, articles, detail }: FoundProblem): Problem => ({ kind, articles, detail });
const asPlannedFix = (problem: FoundProblem): PlannedFix => ({ ...asProblem(problem), fix: problem.fix });

/**
 * Check and repair of a type's reading order in one locale: the rows are read in
 * bulk, analysed in pure code (analyse.ts), and a repair removes the link rows the
 * analysis names, in one transaction under the reading-order lock.
 */
const readingOrderCheck = ({ strapi }: { strapi: Core.Strapi }) => {
  const tables = (type: NewsroomType) => getService(strapi, 'types').tables(type);

  const find = async (trx: Transaction, type: NewsroomType, locale: string | null) => {
    const { articles, links } = await readCheckRows(trx, tables(type));
    return { articles, links, problems: analyse(articles, links, locale) };
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

  return {
    async check(type: NewsroomType, locale: string | null): Promise<Problem[]> {
      const { problems } = await inTransaction(strapi, (trx) => find(trx, type, locale));
      return problems.map(asProblem);
    },

    /** A dry run reads without the lock and changes nothing; a repair reads again under the lock, then removes. */
    async repair(type: NewsroomType, locale: string | null, dryRun: boolean): Promise<RepairResult> {
      const summarise = (problems: FoundProblem[]) => ({
        problems: problems.map(asPlannedFix),
        linksRemoved: problems.reduce((total, problem) => total + problem.remove.length, 0),
      });
      if (dryRun) return summarise((await inTransaction(strapi, (trx) => find(trx, type, locale))).problems);
      return getService(strapi, 'reading-order').change(async ({ trx }) => {
        const { articles, links, problems } = await find(trx, type, locale);
        const removed = new Set(problems.flatMap((problem) => problem.remove));
        if (removed.size > 0) {
          await watchRemovals(trx, type, { articles, links }, removed);
          await removeLinkRows(trx, tables(type), [...removed]);
        }
        return summarise(problems);
      });
    },
  };
};

export type ReadingOrderCheckService = ReturnType<typeof readingOrderCheck>;

export default readingOrderCheck;
