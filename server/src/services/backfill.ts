import type { Core } from '@strapi/strapi';

import { getConfig, getService } from '../accessors';
import { defaultLocale } from '../locales';
import type { NewsroomType } from '../registry';
import { articleBody, bodyPopulate, textOf, type ArticleRecord } from '../registry/article-rows';
import { summarize } from './summary';
import { BodyTooLargeError, checkBodyLimits } from './summary/limits';
import { SummaryInputError } from './summary/errors';

/** Rows computed per statement; small, so other requests interleave. */
const BATCH_SIZE = 50;
/** Pause between batches, to leave the event loop and the database to readers. */
const PAUSE_MS = 20;

const pause = () => new Promise((resolve) => setTimeout(resolve, PAUSE_MS));

/**
 * Rows written before the plugin served their type (a site turning it on for an
 * archive) have no word count or automatic summary: computed here after startup, a
 * few rows at a time, with the query engine (the rows' `updatedAt` is left alone:
 * nothing the editors wrote changed). Idempotent, so several instances starting at
 * once only repeat each other's work.
 */
export const createBackfill = (strapi: Core.Strapi) => {
  let stopped = false;

  const computed = async (type: NewsroomType, row: ArticleRecord) => {
    const { limits, summary } = getConfig(strapi);
    const locale = row.locale ?? (await defaultLocale(strapi));
    try {
      const body = articleBody(type, row[type.fields.body] ?? null);
      const words = checkBodyLimits(body, limits).words;
      const title = textOf(row[type.fields.title]) || undefined;
      const maxLength = getService(strapi, 'types').summaryMaxLength(type);
      const autoSummary = summary.auto ? summarize(body, { locale, maxLength, title }).summary || null : null;
      return { [type.owned.wordCount]: words, [type.owned.autoSummary]: autoSummary };
    } catch (error) {
      // A stored body the plugin would refuse today (too large, malformed): counted as empty, never retried.
      if (error instanceof BodyTooLargeError || error instanceof SummaryInputError) return { [type.owned.wordCount]: 0 };
      throw error;
    }
  };

  /**
   * One transaction per batch: the revalidation service sees the published pages
   * before and after, so readers' caches drop them and `newsroom.revalidate` lists
   * them (their reading time and automatic summary, and the teasers showing it, change).
   */
  const computeBatch = async (type: NewsroomType, rows: ArticleRecord[]) => {
    // The CPU work first: the transaction only writes.
    const updates: Array<{ id: number; data: Record<string, unknown> }> = [];
    for (const row of rows) {
      if (stopped) return;
      updates.push({ id: row.id, data: await computed(type, row) });
    }
    const byLocale = new Map<string | null, string[]>();
    for (const row of rows) byLocale.set(row.locale ?? null, [...(byLocale.get(row.locale ?? null) ?? []), row.documentId]);
    await strapi.db.transaction(async ({ trx }) => {
      for (const [locale, documentIds] of byLocale) await getService(strapi, 'revalidation').watch(trx, type, locale, documentIds);
      for (const { id, data } of updates) await strapi.db.query(type.uid).update({ where: { id }, data });
    });
  };

  const backfillType = async (type: NewsroomType) => {
    const query = strapi.db.query(type.uid);
    let lastId = 0;
    while (!stopped) {
      const rows = await query.findMany({
        where: { [type.owned.wordCount]: null, id: { $gt: lastId } },
        select: ['id', 'documentId', 'locale', type.fields.title, ...(type.bodyShape.kind === 'components' ? [] : [type.fields.body])],
        populate: bodyPopulate(type),
        orderBy: { id: 'asc' },
        limit: BATCH_SIZE,
      });
      await computeBatch(type, rows);
      if (stopped) return;
      if (rows.length < BATCH_SIZE) return;
      lastId = rows[rows.length - 1].id;
      await pause();
    }
  };

  return {
    /** Runs in the background after bootstrap; a failure is logged, not thrown. */
    start() {
      void (async () => {
        // Strapi loads webhooks, and runs the app's own bootstrap, after the plugins':
        // waiting until it is loaded lets them hear the revalidation events of the first batch.
        while (!(strapi as { isLoaded?: boolean }).isLoaded && !stopped) await pause();
        for (const type of getService(strapi, 'types').all()) {
          if (stopped) return;
          await backfillType(type);
        }
      })().catch((error) => {
        if (!stopped) strapi.log.error(`newsroom: computing summaries of existing articles failed: ${error?.message ?? error}`);
      });
    },
    /** Called when Strapi stops: no batch starts after this. */
    stop() {
      stopped = true;
    },
  };
};

export type BackfillService = ReturnType<typeof createBackfill>;

export default ({ strapi }: { strapi: Core.Strapi }) => createBackfill(strapi);
