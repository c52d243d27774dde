import type { Core } from '@strapi/strapi';

import type { BulkJobError, BulkJobState, BulkScope } from '../../../../contracts/bulk';
import type { Transaction } from '../database';

/**
 * Bulk jobs live in a table the plugin owns (as `newsroom_locks` does), so that
 * every instance reports their progress and a cancel from any instance reaches the
 * runner. Strapi's schema sync leaves tables it did not create alone.
 */
const JOB_TABLE = 'newsroom_bulk_jobs';

/** Errors kept per job: enough to name what went wrong, bounded whatever the archive. */
export const MAX_JOB_ERRORS = 100;

/**
 * A running job writes a heartbeat every few seconds; one silent for longer than
 * this lost its instance (a crash or a kill) and is reported `failed`, with how far it got.
 */
export const HEARTBEAT_MS = 5_000;
export const STALE_AFTER_MS = 60_000;

export interface BulkJob {
  id: string;
  type: string;
  locale: string | null;
  scope: BulkScope;
  state: BulkJobState;
  done: number;
  total: number;
  errors: BulkJobError[];
  cancelRequested: boolean;
  heartbeatAt: number;
}

type Knex = Transaction | Core.Strapi['db']['connection'];

/** A row of the jobs table as the driver answers it (numbers may come back as strings, booleans as 0/1). */
interface JobTableRow {
  id: string;
  content_type: string;
  locale: string | null;
  scope: BulkJob['scope'];
  state: BulkJobState;
  done: number | string;
  total: number | string;
  errors: string | null;
  cancel_requested: boolean | number;
  heartbeat_at: number | string;
}

const fromRow = (row: JobTableRow): BulkJob => ({
  id: row.id,
  type: row.content_type,
  locale: row.locale ?? null,
  scope: row.scope,
  state: row.state,
  done: Number(row.done),
  total: Number(row.total),
  errors: JSON.parse(row.errors ?? '[]'),
  cancelRequested: Boolean(row.cancel_requested),
  heartbeatAt: Number(row.heartbeat_at),
});

const ACTIVE: BulkJobState[] = ['queued', 'running'];

export const createJobStore = (strapi: Core.Strapi) => {
  const db = () => strapi.db.connection;
  let ready: Promise<void> | null = null;

  const createTable = async () => {
    const knex = db();
    if (await knex.schema.hasTable(JOB_TABLE)) return;
    try {
      await knex.schema.createTable(JOB_TABLE, (table) => {
        table.string('id', 36).primary();
        table.string('content_type', 255).notNullable();
        table.string('locale', 64).nullable();
        table.string('scope', 16).notNullable();
        table.string('state', 16).notNullable();
        table.integer('done').notNullable().defaultTo(0);
        table.integer('total').notNullable().defaultTo(0);
        table.text('errors', 'longtext').nullable();
        table.boolean('cancel_requested').notNullable().defaultTo(false);
        table.bigInteger('created_at').notNullable();
        table.bigInteger('heartbeat_at').notNullable();
      });
    } catch (error) {
      // Another instance made it first.
      if (!(await knex.schema.hasTable(JOB_TABLE))) throw error;
    }
  };

  /** The table is made on first use, once per process. */
  const ensureTable = () =>
    (ready ??= createTable().catch((error) => {
      ready = null;
      throw error;
    }));
  // A function, not a query: a knex query is a thenable, so awaiting one runs it.
  const table = async (knex: Knex = db()) => {
    await ensureTable();
    return () => knex(JOB_TABLE);
  };

  return {
    /** Makes the table now, outside any transaction (SQLite's one connection may be held by the caller's later). */
    prepare: () => ensureTable(),

    /** The queued or running job of a type and locale, if any (a job whose instance stopped is marked failed first). */
    async activeFor(type: string, locale: string | null, knex: Knex): Promise<BulkJob | null> {
      const rows = await (await table(knex))().where({ content_type: type }).whereIn('state', ACTIVE).select('id', 'locale');
      // Compared exactly in code: MariaDB's collation would match `EN` to `en`.
      const candidates = rows.filter((row: { locale: string | null }) => (row.locale ?? null) === locale);
      for (const { id } of candidates) {
        const row = await (await table(knex))().where({ id }).first();
        const job = row ? fromRow(row) : null;
        if (job && Date.now() - job.heartbeatAt <= STALE_AFTER_MS) return job;
      }
      return null;
    },

    async create(job: Pick<BulkJob, 'id' | 'type' | 'locale' | 'scope' | 'total'>, knex?: Knex) {
      const now = Date.now();
      await (
        await table(knex)
      )().insert({
        id: job.id,
        content_type: job.type,
        locale: job.locale,
        scope: job.scope,
        state: 'queued',
        done: 0,
        total: job.total,
        errors: '[]',
        cancel_requested: false,
        created_at: now,
        heartbeat_at: now,
      });
    },

    /** The job, with the staleness rule applied: an active job without a heartbeat for `STALE_AFTER_MS` is marked failed. */
    async find(id: string): Promise<BulkJob | null> {
      const row = await (await table())().where({ id }).first();
      if (!row) return null;
      const job = fromRow(row);
      if (!ACTIVE.includes(job.state) || Date.now() - job.heartbeatAt <= STALE_AFTER_MS) return job;
      const errors = [
        ...job.errors,
        {
          message: `The instance running the job stopped (no heartbeat for ${STALE_AFTER_MS / 1000} s) after ${job.done} of ${job.total} changes`,
        },
      ].slice(-MAX_JOB_ERRORS);
      // Conditional: a runner that was only slow and wrote a heartbeat meanwhile keeps its job.
      await (
        await table()
      )()
        .where({ id })
        .whereIn('state', ACTIVE)
        .where('heartbeat_at', job.heartbeatAt)
        .update({ state: 'failed', errors: JSON.stringify(errors) });
      return fromRow(await (await table())().where({ id }).first());
    },

    /** Asks the runner to stop before its next chunk; a job that has ended is left as it is. */
    async requestCancel(id: string) {
      await (await table())().where({ id }).whereIn('state', ACTIVE).update({ cancel_requested: true });
    },

    async heartbeat(id: string) {
      await (await table())().where({ id }).whereIn('state', ACTIVE).update({ heartbeat_at: Date.now() });
    },

    /** Progress after a chunk, written in the chunk's own transaction so it is exactly what was committed. */
    async progress(trx: Transaction, id: string, done: number, errors: BulkJobError[]) {
      await (
        await table(trx)
      )()
        .where({ id })
        .update({ state: 'running', done, errors: JSON.stringify(errors.slice(0, MAX_JOB_ERRORS)), heartbeat_at: Date.now() });
    },

    async finish(id: string, state: BulkJobState, errors: BulkJobError[]) {
      await (
        await table()
      )()
        .where({ id })
        .update({ state, errors: JSON.stringify(errors.slice(0, MAX_JOB_ERRORS)), heartbeat_at: Date.now() });
    },

    async setTotal(id: string, total: number) {
      await (await table())().where({ id }).update({ total, heartbeat_at: Date.now() });
    },

    async markRunning(id: string) {
      await (await table())().where({ id }).update({ state: 'running', heartbeat_at: Date.now() });
    },
  };
};
