import type { DeletedVersionTrace } from '../../site-changes/unserved-deletes';
import type { ArticleRow, LinkRow } from '../analyse';
import { findSplitChains } from '../split-chains';

/** Draft rows get ids 1.., published rows 101.. (one locale, `en`). */
const rowsOf = (documentIds: string[], published: string[] = []): ArticleRow[] => [
  ...documentIds.map((documentId, index) => ({ id: index + 1, documentId, locale: 'en', published: false })),
  ...published.map((documentId) => ({ id: 101 + documentIds.indexOf(documentId), documentId, locale: 'en', published: true })),
];
const trace = (documentId: string, previous: string | null, next: string | null, published = false): DeletedVersionTrace => ({
  documentId,
  locale: 'en',
  published,
  previous,
  next,
});
let linkId = 0;
const linkOf = (previousId: number, nextId: number): LinkRow => ({ id: (linkId += 1), previousId, nextId });

describe('findSplitChains (chains cut by deletes while the type was not served)', () => {
  it('joins the two ends over several deleted articles', () => {
    // P(1) -> X -> Y -> N(2): X then Y deleted (Y's trace no longer names X, whose rows went first).
    const problems = findSplitChains([trace('x', 'p', 'y'), trace('y', null, 'n')], rowsOf(['p', 'n']), [], 'en');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'split-chain', add: [{ previousId: 1, nextId: 2 }], remove: [] });
    expect(problems[0].articles.map((article) => article.documentId)).toEqual(['p', 'x', 'y', 'n']);
  });

  it('leaves alone an end that was linked elsewhere since, or that is gone', () => {
    const rows = rowsOf(['p', 'n', 'z']);
    expect(findSplitChains([trace('x', 'p', 'n')], rows, [linkOf(1, 3)], 'en')).toEqual([]);
    expect(findSplitChains([trace('x', 'p', 'n')], rows, [linkOf(3, 2)], 'en')).toEqual([]);
    expect(findSplitChains([trace('x', 'p', 'gone')], rows, [], 'en')).toEqual([]);
  });

  it('never closes a loop', () => {
    // N -> ... -> P already: joining P -> N would loop.
    expect(findSplitChains([trace('x', 'p', 'n')], rowsOf(['p', 'n']), [linkOf(2, 1)], 'en')).toEqual([]);
  });

  it('joins published ends only where their drafts are joined too', () => {
    const rows = rowsOf(['p', 'n', 'z'], ['p', 'n']);
    const traces = [trace('x', 'p', 'n'), trace('x', 'p', 'n', true)];
    expect(findSplitChains(traces, rows, [], 'en').map((problem) => problem.add)).toEqual([
      [{ previousId: 1, nextId: 2 }],
      [{ previousId: 101, nextId: 102 }],
    ]);
    // The draft of P moved on to Z: the published P is not joined to N behind the editor's back.
    expect(findSplitChains(traces, rows, [linkOf(1, 3)], 'en')).toEqual([]);
  });

  it('keeps to the locale asked for', () => {
    expect(findSplitChains([{ ...trace('x', 'p', 'n'), locale: 'fr' }], rowsOf(['p', 'n']), [], 'en')).toEqual([]);
  });
});
