import fc from 'fast-check';

import { planLinkByDate, wantedSequence, type BulkOperation, type PlanArticle, type PlanRowLink } from '../plan-link-by-date';

/** Article `X` has draft row `n` and published row `n + 100` (or none); `at` its publication time. */
const article = (documentId: string, n: number, at: number | null): PlanArticle => ({
  documentId,
  title: `Title ${documentId}`,
  draftId: n,
  publishedId: at === null ? null : n + 100,
  publishedAt: at,
});

/** Draft and published links for 'A>B>C' among published articles. */
const chain = (articles: PlanArticle[], order: string, versions: Array<'draft' | 'published'> = ['draft', 'published']) => {
  const byId = new Map(articles.map((item) => [item.documentId, item]));
  const ids = order.split('>');
  return ids.slice(1).flatMap((id, index) =>
    versions.map((version) => {
      const [from, to] = [byId.get(ids[index])!, byId.get(id)!];
      return version === 'draft'
        ? { previousId: from.draftId, nextId: to.draftId }
        : { previousId: from.publishedId!, nextId: to.publishedId! };
    })
  );
};

/** Applies operations to row links as the job does (checks included); throws on a broken invariant. */
const apply = (articles: PlanArticle[], links: PlanRowLink[], operations: BulkOperation[]) => {
  const nextOf = new Map(links.map((link) => [link.previousId, link.nextId]));
  const rowOf = (documentId: string, version: 'draft' | 'published') => {
    const found = articles.find((item) => item.documentId === documentId)!;
    return version === 'draft' ? found.draftId : found.publishedId!;
  };
  const check = () => {
    const previous = new Set<number>();
    for (const [from, to] of nextOf) {
      if (previous.has(to)) throw new Error(`row ${to} has two previous articles`);
      previous.add(to);
      if (from === to) throw new Error('self-link');
      if (from > 100 !== to > 100) throw new Error('draft linked to published');
    }
    for (const start of nextOf.keys()) {
      const seen = new Set<number>();
      for (let at: number | undefined = start; at !== undefined; at = nextOf.get(at)) {
        if (seen.has(at)) throw new Error('loop');
        seen.add(at);
      }
    }
  };
  check();
  for (const op of operations) {
    if (op.action === 'unlink') for (const row of op.rows) if (nextOf.get(row.previousId) === row.nextId) nextOf.delete(row.previousId);
    if (op.action === 'link') for (const version of op.versions) nextOf.set(rowOf(op.previous, version), rowOf(op.next, version));
    check();
  }
  return nextOf;
};

const orderFrom = (nextOf: Map<number, number>, articles: PlanArticle[], start: string) => {
  const byRow = new Map(articles.map((item) => [item.draftId, item.documentId]));
  const ids = [start];
  let row = articles.find((item) => item.documentId === start)!.draftId;
  while (nextOf.has(row)) {
    row = nextOf.get(row)!;
    ids.push(byRow.get(row)!);
  }
  return ids.join('>');
};

describe('planning a link by publication date', () => {
  const articles = [article('c', 1, 1000), article('a', 2, 1000), article('b', 3, 500), article('d', 4, null), article('e', 5, 2000)];

  it('orders by publishedAt, ties by documentId, and leaves draft-only articles out', () => {
    expect(wantedSequence('all', articles, []).map((item) => item.documentId)).toEqual(['b', 'a', 'c', 'e']);
  });

  it('links every published article on both versions when nothing is linked', () => {
    expect(planLinkByDate('all', articles, [])).toEqual([
      { action: 'link', previous: 'b', next: 'a', versions: ['draft', 'published'] },
      { action: 'link', previous: 'a', next: 'c', versions: ['draft', 'published'] },
      { action: 'link', previous: 'c', next: 'e', versions: ['draft', 'published'] },
    ]);
  });

  it('a full rebuild removes links out of date order first, keeps those in it, and unlinks draft-only articles', () => {
    const links = [...chain(articles, 'e>b', ['draft', 'published']), { previousId: 2, nextId: 4 }, ...chain(articles, 'c>e')];
    const operations = planLinkByDate('all', articles, links);
    expect(operations.filter((op) => op.action === 'unlink').map((op) => `${op.previous}>${op.next}`)).toEqual(['e>b', 'a>d']);
    expect(operations.findIndex((op) => op.action === 'link')).toBe(2);
    expect(operations.some((op) => op.previous === 'c' && op.next === 'e')).toBe(false);
    expect(orderFrom(apply(articles, links, operations), articles, 'b')).toBe('b>a>c>e');
  });

  it('links only the missing version of a pair linked on one side', () => {
    const links = chain(articles, 'b>a', ['draft']);
    expect(planLinkByDate('all', articles, links)[0]).toEqual({ action: 'link', previous: 'b', next: 'a', versions: ['published'] });
  });

  it('unlinked: appends the articles in no order after the order whose last article is the latest, when it is not later than them', () => {
    const archive = [article('y', 2, 200), article('u', 3, 300), article('v', 4, 300), article('w', 5, 50)];
    const links = chain(archive, 'w>y');
    expect(planLinkByDate('unlinked', archive, links).map((op) => `${op.previous}>${op.next}`)).toEqual(['y>u', 'u>v']);
  });

  it('unlinked: makes an order of their own when every existing order ends later than the first of them', () => {
    const archive = [article('x', 1, 100), article('y', 2, 900), article('u', 3, 300), article('v', 4, 400)];
    const links = chain(archive, 'x>y');
    expect(planLinkByDate('unlinked', archive, links).map((op) => `${op.previous}>${op.next}`)).toEqual(['u>v']);
  });

  it('unlinked: changes nothing when every published article is in an order', () => {
    expect(planLinkByDate('unlinked', articles, chain(articles, 'b>a>c>e'))).toEqual([]);
  });

  it('keeps every invariant after any prefix of the operations, and ends in date order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.constantFrom('all' as const, 'unlinked' as const),
        (dates, shuffle, scope) => {
          const items = dates.map((date, index) => article(`doc${index}`, index + 1, date));
          // An existing order: published articles in an arbitrary sequence, on both versions.
          const published = items.filter((item) => item.publishedId !== null);
          const order = [...published]
            .sort((a, b) => (shuffle[a.draftId] ?? 0) - (shuffle[b.draftId] ?? 0))
            .slice(0, Math.ceil(published.length / 2));
          const links = order.length > 1 ? chain(items, order.map((item) => item.documentId).join('>')) : [];
          const operations = planLinkByDate(scope, items, links);
          const result = apply(items, links, operations);
          if (scope === 'all' && published.length > 0) {
            const sequence = wantedSequence('all', items, links).map((item) => item.documentId);
            expect(orderFrom(result, items, sequence[0])).toBe(sequence.join('>'));
          }
          // Applying the plan again finds nothing left to do.
          const after = [...result].map(([previousId, nextId]) => ({ previousId, nextId }));
          if (scope === 'all') expect(planLinkByDate(scope, items, after)).toEqual([]);
        }
      )
    );
  });
});
