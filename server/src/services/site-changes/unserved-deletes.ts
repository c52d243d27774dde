import type { Core, UID } from '@strapi/strapi';

import type { NewsroomType, TypeTables } from '../../registry';
import { inTransaction, type RawLinkRow } from '../database';

/** An article row read to trace a delete. */
interface TracedRow {
  id: number | string;
  documentId: string;
  locale: string | null;
  publishedAt: unknown;
}

/** Where a served type's links live: remembered while it is served, read once it is not (its metadata is gone then). */
interface RememberedTables {
  articles: string;
  columns: Pick<TypeTables['columns'], 'id' | 'documentId' | 'locale' | 'publishedAt'>;
  link: TypeTables['link'];
}

/** A version deleted while the plugin did not serve its type, with the neighbors its link rows named. */
export interface DeletedVersionTrace {
  documentId: string;
  locale: string | null;
  published: boolean;
  previous: string | null;
  next: string | null;
}

/** Traces kept per type: enough for any routine clean-up; past it, the oldest go (a warning says so). */
const MAX_TRACES_PER_TYPE = 10_000;

const TABLES_KEY = 'link-tables';
const SLICE = 500;
/** Strapi's core store names a plugin's keys `plugin_<name>_<key>`. */
const STORE_PREFIX = 'plugin_newsroom_';
const CORE_STORE = 'strapi::core-store';

/**
 * One core-store entry per traced version, so that concurrent deletes (Strapi deletes
 * a document's versions at once) never overwrite each other's traces.
 */
const tracesOf = (uid: string, locale?: string | null) => `deleted-while-unserved:${uid}:${locale === undefined ? '' : `${locale ?? ''}:`}`;
const traceKey = (uid: string, trace: DeletedVersionTrace) =>
  `${tracesOf(uid, trace.locale)}${trace.published ? 'published' : 'draft'}:${trace.documentId}`;

/**
 * Deletes of a site type's articles while the plugin does not serve that type (it
 * was taken out of `contentTypes`): Strapi removes the link rows of a deleted row
 * with it (the link table's foreign keys cascade), so nothing would show where the
 * chain was cut. The plugin listens to those deletes on the type's table and keeps
 * a trace of each deleted version's neighbors in its store (Strapi's core store,
 * in the delete's transaction); once the type is served again, check and repair
 * offer to join the two ends (`split-chain`). A delete made while the whole plugin
 * is off leaves no trace: no plugin code runs then.
 */
export const createUnservedDeletes = (strapi: Core.Strapi) => {
  const store = () => strapi.store({ type: 'plugin', name: 'newsroom' });

  /** The core-store rows of a type's traces (in one locale when given); the prefix is compared exactly, LIKE only narrows. */
  const traceRows = async (uid: string, locale?: string | null): Promise<Array<{ id: number; value: string }>> => {
    const prefix = `${STORE_PREFIX}${tracesOf(uid, locale)}`;
    const rows = await strapi.db.query(CORE_STORE).findMany({ where: { key: { $startsWith: prefix } }, select: ['id', 'key', 'value'] });
    return rows.filter((row: { key: string }) => row.key.startsWith(prefix));
  };
  const traceCount = (uid: string) =>
    strapi.db.query(CORE_STORE).count({ where: { key: { $startsWith: `${STORE_PREFIX}${tracesOf(uid)}` } } });

  const traceDelete = async (uid: string, tables: RememberedTables, where: unknown) => {
    const ids = (await strapi.db.query(uid as UID.ContentType).findMany({ where: where as Record<string, unknown>, select: ['id'] })).map(
      (row: { id: number }) => Number(row.id)
    );
    // In slices: a `deleteMany` (a deleted locale) can name more rows than one statement may bind.
    for (let start = 0; start < ids.length; start += SLICE) await traceRowsDeleted(uid, tables, ids.slice(start, start + SLICE));
  };

  const traceRowsDeleted = async (uid: string, tables: RememberedTables, deleted: number[]) => {
    await inTransaction(strapi, async (trx) => {
      const { columns, link } = tables;
      const linkRows = await trx(link.table)
        .whereIn(link.previous, deleted)
        .orWhereIn(link.next, deleted)
        .select({ previousId: link.previous, nextId: link.next });
      const ids = [...new Set([...deleted, ...linkRows.flatMap((row: RawLinkRow) => [Number(row.previousId), Number(row.nextId)])])];
      const rows = new Map<number, TracedRow>(
        (
          await trx(tables.articles)
            .whereIn(columns.id, ids)
            .select({ id: columns.id, documentId: columns.documentId, locale: columns.locale, publishedAt: columns.publishedAt })
        ).map((row: TracedRow) => [Number(row.id), row])
      );
      const neighbor = (id: number | undefined) => (id === undefined ? null : (rows.get(id)?.documentId ?? null));
      const traces: DeletedVersionTrace[] = deleted.flatMap((id) => {
        const row = rows.get(id);
        if (!row) return [];
        return [
          {
            documentId: row.documentId,
            locale: row.locale ?? null,
            published: row.publishedAt !== null && row.publishedAt !== undefined,
            previous: neighbor(linkRows.find((candidate: RawLinkRow) => Number(candidate.nextId) === id)?.previousId),
            next: neighbor(linkRows.find((candidate: RawLinkRow) => Number(candidate.previousId) === id)?.nextId),
          },
        ];
      });
      for (const trace of traces.filter((candidate) => candidate.previous !== null || candidate.next !== null)) {
        if ((await traceCount(uid)) >= MAX_TRACES_PER_TYPE) {
          strapi.log.warn(`newsroom: ${MAX_TRACES_PER_TYPE} deletes of ${uid} traced while it is not served; later ones are not`);
          return;
        }
        await store().set({ key: traceKey(uid, trace), value: trace });
      }
    });
  };

  return {
    /**
     * Run at bootstrap: remembers where each served type's links live, and listens
     * to the deletes of every remembered type the plugin no longer serves.
     */
    async watch(served: Array<{ type: NewsroomType; tables: TypeTables }>) {
      const remembered = ((await store().get({ key: TABLES_KEY })) as Record<string, RememberedTables> | null) ?? {};
      for (const { type, tables } of served) {
        const { id, documentId, locale, publishedAt } = tables.columns;
        remembered[type.uid] = { articles: tables.articles, columns: { id, documentId, locale, publishedAt }, link: tables.link };
      }
      await store().set({ key: TABLES_KEY, value: remembered });
      const servedUids = new Set<string>(served.map(({ type }) => type.uid));
      for (const [uid, tables] of Object.entries(remembered)) {
        if (servedUids.has(uid) || !strapi.contentTypes[uid as keyof typeof strapi.contentTypes]) continue;
        if (!(await strapi.db.connection.schema.hasTable(tables.link.table))) continue;
        const trace = (event: { params: { where?: unknown } }) => traceDelete(uid, tables, event.params.where ?? {});
        strapi.db.lifecycles.subscribe({ models: [uid], beforeDelete: trace, beforeDeleteMany: trace });
      }
    },

    /** The traces of a type's deletes made while it was not served. */
    async traces(uid: string): Promise<DeletedVersionTrace[]> {
      return (await traceRows(uid)).map((row) => JSON.parse(row.value) as DeletedVersionTrace);
    },

    /** Drops a type's traces in one locale (null: a type without i18n), once a repair has used them. */
    async forget(uid: string, locale: string | null) {
      const ids = (await traceRows(uid, locale)).map((row) => row.id);
      if (ids.length > 0) await strapi.db.query(CORE_STORE).deleteMany({ where: { id: { $in: ids } } });
    },
  };
};
