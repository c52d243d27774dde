import type { DeletedVersionTrace } from '../site-changes/unserved-deletes';
import type { ArticleRow, FoundProblem, LinkRow } from './analyse';

/**
 * Chains cut by deletes made while the plugin did not serve the type (see
 * site-changes/unserved-deletes.ts), in pure code: from each traced version whose
 * previous article survives, the walk follows the traced `next` links over the other
 * deleted versions to the first surviving article. Where both ends still exist in
 * that status and locale and are still free on that side, the fix links them, as
 * `readingOrder.onDelete: 'heal'` would have done at the delete. Ends that were
 * linked elsewhere since, or a link that would close a loop, are left alone; the
 * published ends are joined only where their drafts are (or are joined now), since
 * published links follow the draft order.
 */
export const findSplitChains = (
  traces: DeletedVersionTrace[],
  articles: ArticleRow[],
  links: LinkRow[],
  locale: string | null
): FoundProblem[] => {
  const problems: FoundProblem[] = [];
  const draftPairs = new Set<string>();
  const pair = (previous: string, next: string) => JSON.stringify([previous, next]);
  for (const published of [false, true]) {
    const here = traces.filter((trace) => trace.locale === locale && trace.published === published);
    const traced = new Map(here.map((trace) => [trace.documentId, trace]));
    const rows = new Map(
      articles.filter((row) => row.locale === locale && row.published === published).map((row) => [row.documentId, row])
    );
    const rowIds = new Set([...rows.values()].map((row) => row.id));
    const nextOf = new Map<number, number>();
    const hasPrevious = new Set<number>();
    const documentIdOf = new Map([...rows.values()].map((row) => [row.id, row.documentId]));
    for (const link of links) {
      if (!rowIds.has(link.previousId) || !rowIds.has(link.nextId)) continue;
      nextOf.set(link.previousId, link.nextId);
      hasPrevious.add(link.nextId);
      if (!published) draftPairs.add(pair(documentIdOf.get(link.previousId)!, documentIdOf.get(link.nextId)!));
    }
    const reaches = (from: number, to: number) => {
      const seen = new Set<number>();
      for (let current: number | undefined = from; current !== undefined && !seen.has(current); current = nextOf.get(current)) {
        if (current === to) return true;
        seen.add(current);
      }
      return false;
    };
    const joined = new Set<number>();
    for (const start of here) {
      if (start.previous === null || traced.has(start.previous)) continue;
      const skipped = [start.documentId];
      let next = start.next;
      while (next !== null && traced.has(next) && !skipped.includes(next)) {
        skipped.push(next);
        next = traced.get(next)!.next;
      }
      const previousRow = rows.get(start.previous);
      const nextRow = next === null ? undefined : rows.get(next);
      if (!previousRow || !nextRow || previousRow.id === nextRow.id) continue;
      if (nextOf.has(previousRow.id) || hasPrevious.has(nextRow.id) || joined.has(previousRow.id) || joined.has(nextRow.id)) continue;
      if (reaches(nextRow.id, previousRow.id)) continue;
      if (published && !draftPairs.has(pair(previousRow.documentId, nextRow.documentId))) continue;
      if (!published) draftPairs.add(pair(previousRow.documentId, nextRow.documentId));
      joined.add(previousRow.id).add(nextRow.id);
      const status = published ? 'published' : 'draft';
      const name = (documentId: string) => `"${documentId}" (${status}${locale === null ? '' : ` ${locale}`})`;
      problems.push({
        kind: 'split-chain',
        articles: [
          { documentId: previousRow.documentId, locale, status },
          ...skipped.map((documentId) => ({ documentId, locale, status: 'missing' as const })),
          { documentId: nextRow.documentId, locale, status },
        ],
        detail: `${name(previousRow.documentId)} and ${name(nextRow.documentId)} were linked through ${skipped.length} article(s) deleted while the plugin did not serve the type`,
        fix: `link ${name(previousRow.documentId)} -> ${name(nextRow.documentId)}`,
        remove: [],
        add: [{ previousId: previousRow.id, nextId: nextRow.id }],
      });
    }
  }
  return problems;
};
