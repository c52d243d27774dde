import { randomUUID } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import type { BulkJobError, BulkLinkChange, BulkScope } from '../../../../contracts/bulk';
import { getConfig, getService } from '../../accessors';
import type { NewsroomType } from '../../registry';
import { inTransaction } from '../database';
import { localesScope } from '../reading-order/lock-scope';
import { applyChunk } from './apply-chunk';
import { changedPages } from './changed-pages';
import { createJobStore, HEARTBEAT_MS, MAX_JOB_ERRORS, type BulkJob } from './job-store';
import { readArticles, readLinks } from '../orders/rows';
import { planLinkByDate, type BulkOperation } from './plan-link-by-date';

/** A second job for a type and locale while one is queued or running (a 409 at the route). */
export class BulkJobRunningError extends Error {
  constructor(readonly job: BulkJob) {
    super(`A link-by-date job for this type and locale is already ${job.state} (${job.done} of ${job.total} changes done)`);
    this.name = 'BulkJobRunningError';
  }
}

/** Changes named in a dry run's sample. */
export const SAMPLE_SIZE = 20;

export interface LinkByDateTarget {
  type: NewsroomType;
  locale: string | null;
  scope: BulkScope;
}

/**
 * "Link by publication date" jobs: a plan made from the order as it is, then run
 * in the background in chunks, each one transaction under the reading-order lock
 * (through the reading-order service), with its progress stored in the database.
 */
const bulk = ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = createJobStore(strapi);
  const types = () => getService(strapi, 'types');
  const running = new Map<string, Promise<void>>();
  let stopping = false;
  /** Tests pause here between chunks (to cancel half-way); nothing else sets it. */
  let afterChunk: ((jobId: string, done: number) => Promise<void>) | null = null;

  const plan = ({ type, locale, scope }: LinkByDateTarget) =>
    inTransaction(strapi, async (trx) => {
      const tables = types().tables(type);
      const [articles, links] = await Promise.all([readArticles(trx, tables, locale), readLinks(trx, tables, locale)]);
      return { operations: planLinkByDate(scope, articles, links), titles: new Map(articles.map((a) => [a.documentId, a.title])) };
    });

  const runChunk = (job: BulkJob, target: LinkByDateTarget, chunk: BulkOperation[], done: number, errors: BulkJobError[]) =>
    getService(strapi, 'reading-order').change(localesScope(target.type.uid, [target.locale]), async ({ trx }) => {
      const { type, locale } = target;
      const tables = types().tables(type);
      const outcome = await applyChunk(trx, tables, locale, chunk);
      // One revalidation event per chunk: the service emits it once this transaction commits.
      const pages = await changedPages(trx, tables, type.uid, locale, outcome.published);
      if (pages.length > 0) await getService(strapi, 'revalidation').announce(trx, pages);
      errors.push(...outcome.errors.slice(0, Math.max(0, MAX_JOB_ERRORS - errors.length)));
      await jobs.progress(trx, job.id, done + chunk.length, errors);
    });

  const run = async (job: BulkJob, target: LinkByDateTarget, operations: BulkOperation[]) => {
    const errors: BulkJobError[] = [];
    const heartbeat = setInterval(() => void jobs.heartbeat(job.id).catch(() => undefined), HEARTBEAT_MS);
    heartbeat.unref();
    try {
      await jobs.markRunning(job.id);
      const size = getConfig(strapi).bulk.chunkSize;
      for (let done = 0; done < operations.length; done += size) {
        const current = await jobs.find(job.id);
        if (current?.cancelRequested) return await jobs.finish(job.id, 'cancelled', errors);
        if (stopping) {
          errors.push({ message: `Strapi stopped after ${done} of ${operations.length} changes` });
          return await jobs.finish(job.id, 'failed', errors);
        }
        await runChunk(job, target, operations.slice(done, done + size), done, errors);
        await afterChunk?.(job.id, Math.min(done + size, operations.length));
      }
      await jobs.finish(job.id, 'done', errors);
    } catch (error) {
      // The failing chunk rolled back: the orders are as the last committed chunk left them.
      errors.push({ message: `The job stopped: ${(error as Error)?.message ?? error}` });
      await jobs.finish(job.id, 'failed', errors).catch(() => undefined);
      strapi.log.error(`newsroom: bulk job ${job.id} failed: ${(error as Error)?.message ?? error}`);
    } finally {
      clearInterval(heartbeat);
      running.delete(job.id);
    }
  };

  return {
    /** What a link-by-date would change, without changing anything. */
    async dryRun(target: LinkByDateTarget): Promise<{ changes: number; sample: BulkLinkChange[] }> {
      const { operations, titles } = await plan(target);
      const ref = (documentId: string) => ({ documentId, title: titles.get(documentId) ?? '' });
      return {
        changes: operations.length,
        sample: operations
          .slice(0, SAMPLE_SIZE)
          .map(({ action, previous, next, versions }) => ({ action, previous: ref(previous), next: ref(next), versions })),
      };
    },

    /** Plans the job, stores it `queued` and runs it in the background; answers its id at once. */
    async start(target: LinkByDateTarget): Promise<string> {
      await jobs.prepare();
      const id = randomUUID();
      // Under the reading-order lock, so that two starts on any instances cannot both find no job running.
      await getService(strapi, 'reading-order').change(localesScope(target.type.uid, [target.locale]), async ({ trx }) => {
        const active = await jobs.activeFor(target.type.uid, target.locale, trx);
        if (active) throw new BulkJobRunningError(active);
        await jobs.create({ id, type: target.type.uid, locale: target.locale, scope: target.scope, total: 0 }, trx);
      });
      let operations: BulkOperation[];
      try {
        ({ operations } = await plan(target));
        await jobs.setTotal(id, operations.length);
      } catch (error) {
        // The job holds its type and locale until it ends: a failed plan ends it.
        await jobs
          .finish(id, 'failed', [{ message: `The job could not be planned: ${(error as Error)?.message ?? error}` }])
          .catch(() => undefined);
        throw error;
      }
      const job = (await jobs.find(id))!;
      running.set(id, new Promise((resolve) => setImmediate(() => void run(job, target, operations).then(resolve))));
      return id;
    },

    find: (id: string) => jobs.find(id),

    cancel: (id: string) => jobs.requestCancel(id),

    /** Resolves once the jobs of this instance have ended (tests, shutdown). */
    async settled() {
      await Promise.all(running.values());
    },

    /** Shutdown: the jobs of this instance stop before their next chunk, marked failed with how far they got. */
    async stop() {
      stopping = true;
      await this.settled();
    },

    setAfterChunkHook(hook: typeof afterChunk) {
      afterChunk = hook;
    },
  };
};

export type BulkService = ReturnType<typeof bulk>;

export default bulk;
