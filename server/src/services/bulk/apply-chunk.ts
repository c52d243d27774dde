import type { BulkJobError } from '../../../../contracts/bulk';
import type { TypeTables } from '../../registry';
import type { Transaction } from '../database';
import { readLinks } from '../orders/rows';
import { batches, insertLinkPairs, removeLinkPairs } from '../orders/write-links';
import type { BulkOperation, PlanRowLink, Version } from './plan-link-by-date';

/** The current draft and published rows of the documents, in one locale. */
const readVersions = async (trx: Transaction, tables: TypeTables, locale: string | null, documentIds: string[]) => {
  const { articles, columns: c } = tables;
  const rows = new Map<string, number>();
  const publishedDocuments = new Map<number, string>();
  for (const batch of batches(documentIds, 500)) {
    const query = trx(articles)
      .select({ id: c.id, documentId: c.documentId, locale: c.locale, publishedAt: c.publishedAt })
      .whereIn(c.documentId, batch);
    for (const row of await (locale === null ? query.whereNull(c.locale) : query.where(c.locale, locale))) {
      if ((row.locale ?? null) !== locale) continue;
      rows.set(`${row.documentId}|${row.publishedAt === null ? 'draft' : 'published'}`, Number(row.id));
      if (row.publishedAt !== null) publishedDocuments.set(Number(row.id), row.documentId);
    }
  }
  return {
    rowOf: (documentId: string, version: Version) => rows.get(`${documentId}|${version}`),
    /** The document of a published row, if the row is one. */
    publishedDocument: (rowId: number) => publishedDocuments.get(rowId),
  };
};

/** A link between two published articles that the chunk added or removed: what readers see changes on both pages. */
export interface PublishedLinkChange {
  previous: string;
  next: string;
}

export interface ChunkOutcome {
  errors: BulkJobError[];
  published: PublishedLinkChange[];
}

/**
 * Applies planned operations against the order as it is now (call it under the
 * lock): the order may have moved on since the plan, so every link is checked
 * again, and one that would give an article a second previous or next, or close a
 * loop, is skipped and reported.
 */
export const applyChunk = async (
  trx: Transaction,
  tables: TypeTables,
  locale: string | null,
  operations: BulkOperation[]
): Promise<ChunkOutcome> => {
  const documentIds = [...new Set(operations.flatMap((op) => [op.previous, op.next]))];
  const { rowOf, publishedDocument } = await readVersions(trx, tables, locale, documentIds);
  const nextOf = new Map<number, number>();
  const previousOf = new Map<number, number>();
  for (const link of await readLinks(trx, tables, locale)) {
    nextOf.set(link.previousId, link.nextId);
    previousOf.set(link.nextId, link.previousId);
  }
  const tailOf = (rowId: number) => {
    const seen = new Set<number>();
    let current = rowId;
    while (nextOf.has(current) && !seen.has(current)) {
      seen.add(current);
      current = nextOf.get(current)!;
    }
    return current;
  };

  const removals: PlanRowLink[] = [];
  const additions: PlanRowLink[] = [];
  const errors: BulkJobError[] = [];
  for (const op of operations) {
    if (op.action === 'unlink') {
      for (const row of op.rows) {
        if (nextOf.get(row.previousId) !== row.nextId) continue;
        removals.push(row);
        nextOf.delete(row.previousId);
        previousOf.delete(row.nextId);
      }
      continue;
    }
    for (const version of op.versions) {
      const [from, to] = [rowOf(op.previous, version), rowOf(op.next, version)];
      const fail = (message: string) => errors.push({ message: `${version}: ${message}`, previous: op.previous, next: op.next });
      if (from === undefined || to === undefined) fail(`an article has no ${version} version any more`);
      else if (nextOf.get(from) === to) continue;
      else if (nextOf.has(from) || previousOf.has(to)) fail('an article was linked elsewhere since the job was planned');
      else if (tailOf(to) === from) fail('the link would close a loop');
      else {
        additions.push({ previousId: from, nextId: to });
        nextOf.set(from, to);
        previousOf.set(to, from);
      }
    }
  }

  await removeLinkPairs(trx, tables, removals);
  await insertLinkPairs(trx, tables, additions);
  const published = [...removals, ...additions].flatMap((row) => {
    const [previous, next] = [publishedDocument(row.previousId), publishedDocument(row.nextId)];
    return previous !== undefined && next !== undefined ? [{ previous, next }] : [];
  });
  return { errors, published };
};
