import type { TypeTables } from '../../registry';
import type { PlanRowLink } from '../bulk/plan-link-by-date';
import type { Transaction } from '../database';
import type { Links } from './graph';

/** Rows per statement: well under the bind-parameter limits of SQLite, PostgreSQL and MySQL. */
const ROWS_PER_STATEMENT = 200;

export const batches = <T>(items: T[], size = ROWS_PER_STATEMENT): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

export interface LinkRowChanges {
  remove: PlanRowLink[];
  add: PlanRowLink[];
}

/**
 * The link rows to remove and add so that the rows of `documentIds` (one version:
 * draft or published) carry exactly the links `wanted` gives them. A row that is
 * damage (to another locale or type, to no row, a copy of another) goes too.
 */
export const rowChanges = (
  rows: PlanRowLink[],
  wanted: Links,
  documentIds: Iterable<string>,
  rowOf: (documentId: string) => number | undefined,
  documentOf: (rowId: number) => string | undefined
): LinkRowChanges => {
  const affected = new Map<number, string>();
  for (const documentId of documentIds) {
    const rowId = rowOf(documentId);
    if (rowId !== undefined) affected.set(rowId, documentId);
  }
  const kept = new Set<string>();
  const remove: PlanRowLink[] = [];
  for (const row of rows) {
    if (!affected.has(row.previousId) && !affected.has(row.nextId)) continue;
    const [previous, next] = [documentOf(row.previousId), documentOf(row.nextId)];
    const key = `${row.previousId}>${row.nextId}`;
    const isWanted = previous !== undefined && next !== undefined && wanted.nextOf.get(previous) === next;
    if (isWanted && !kept.has(key)) kept.add(key);
    else remove.push(row);
  }
  // Removing a copy removes its twin too (rows are removed by pair): the link is added again.
  const readded = new Set<string>();
  const add: PlanRowLink[] = remove.filter((row) => {
    const key = `${row.previousId}>${row.nextId}`;
    if (!kept.has(key) || readded.has(key)) return false;
    readded.add(key);
    return true;
  });
  for (const documentId of affected.values()) {
    for (const [previous, next] of [
      [wanted.previousOf.get(documentId), documentId],
      [documentId, wanted.nextOf.get(documentId)],
    ] as const) {
      if (previous === undefined || next === undefined) continue;
      const [previousId, nextId] = [rowOf(previous), rowOf(next)];
      if (previousId === undefined || nextId === undefined) continue;
      const key = `${previousId}>${nextId}`;
      // A link between two affected rows is met from both ends: added once.
      if (kept.has(key)) continue;
      kept.add(key);
      add.push({ previousId, nextId });
    }
  }
  return { remove, add };
};

/** Removes link rows by their pair of row ids (every copy of a pair). */
export const removeLinkPairs = async (trx: Transaction, tables: TypeTables, rows: PlanRowLink[]) => {
  const { link } = tables;
  for (const batch of batches(rows)) {
    await trx(link.table)
      .where((query: { orWhere(pair: Record<string, number>): unknown }) => {
        for (const row of batch) query.orWhere({ [link.previous]: row.previousId, [link.next]: row.nextId });
      })
      .delete();
  }
};

export const insertLinkPairs = async (trx: Transaction, tables: TypeTables, rows: PlanRowLink[]) => {
  const { link } = tables;
  for (const batch of batches(rows)) {
    await trx(link.table).insert(batch.map((row) => ({ [link.previous]: row.previousId, [link.next]: row.nextId })));
  }
};

/** Writes the changes, removals first. */
export const applyRowChanges = async (trx: Transaction, tables: TypeTables, { remove, add }: LinkRowChanges) => {
  const pairs = new Map(remove.map((row) => [`${row.previousId}>${row.nextId}`, row]));
  await removeLinkPairs(trx, tables, [...pairs.values()]);
  await insertLinkPairs(trx, tables, add);
};
