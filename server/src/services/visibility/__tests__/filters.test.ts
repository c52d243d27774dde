import type { LinkCandidate, Neighborhood, ReadingOrderItem } from '../../../../../contracts/reading-order';
import type { Problem } from '../../../../../contracts/reading-order-check';
import type { ArticleSeriesResponse } from '../../../../../contracts/series';
import { problemRefs, visibleCandidates, visibleEntries, visibleMembers, visibleNeighborhood, visibleProblems, type ArticleRef } from '..';

/** The admin may read the articles whose documentId starts with "own". */
const own = (ref: ArticleRef) => ref.documentId.startsWith('own');
const ownId = (documentId: string) => documentId.startsWith('own');

const item = (documentId: string): ReadingOrderItem => ({ documentId, title: documentId, slug: documentId, locale: 'en', status: 'draft' });

const neighborhood = (before: string[], article: string, after: string[], more = false): Neighborhood => ({
  article: item(article),
  previous: before.length ? item(before[before.length - 1]) : null,
  next: after.length ? item(after[0]) : null,
  before: before.map(item),
  after: after.map(item),
  hasMoreBefore: more,
  hasMoreAfter: more,
  hidden: { previous: false, next: false },
});

const ids = (items: ReadingOrderItem[]) => items.map((entry) => entry.documentId);

describe('visibleNeighborhood', () => {
  it('shows a neighborhood of readable articles as it is', () => {
    const whole = neighborhood(['own-a', 'own-b'], 'own-c', ['own-d']);
    expect(visibleNeighborhood(whole, own)).toEqual(whole);
  });

  it('stops each side before the first article the admin may not read, and says the order goes on', () => {
    const shown = visibleNeighborhood(neighborhood(['own-a', 'other-b', 'own-c'], 'own-d', ['own-e', 'other-f', 'own-g']), own);
    expect(ids(shown.before)).toEqual(['own-c']);
    expect(ids(shown.after)).toEqual(['own-e']);
    expect([shown.hasMoreBefore, shown.hasMoreAfter]).toEqual([true, true]);
    expect(shown.previous?.documentId).toBe('own-c');
    expect(shown.hidden).toEqual({ previous: false, next: false });
  });

  it('makes a neighbor the admin may not read null, and says it exists', () => {
    const shown = visibleNeighborhood(neighborhood(['own-a', 'other-b'], 'own-c', ['other-d']), own);
    expect([shown.previous, shown.next, shown.before, shown.after]).toEqual([null, null, [], []]);
    expect(shown.hidden).toEqual({ previous: true, next: true });
    expect([shown.hasMoreBefore, shown.hasMoreAfter]).toEqual([true, true]);
    expect(JSON.stringify(shown)).not.toContain('other');
  });
});

describe('visibleProblems', () => {
  const problem = (...documentIds: Array<string | null>): Problem => ({
    kind: 'asymmetric-link',
    detail: '',
    articles: documentIds.map((documentId) => ({ documentId, locale: 'en', status: documentId === null ? 'missing' : 'draft' })),
  });

  it('keeps the problems whose articles the admin may all read, rows that no longer exist aside, and counts the others', () => {
    const problems = [problem('own-a', 'own-b'), problem('own-a', 'other-b'), problem('own-c', null), problem('other-d', null)];
    const shown = visibleProblems(problems, own, () => true);
    expect(shown.problems).toEqual([problems[0], problems[2]]);
    expect(shown.hidden).toBe(2);
  });

  it('leaves out a series problem whose series the admin may not read', () => {
    const series = {
      kind: 'series-missing-article' as const,
      detail: '',
      series: { documentId: 's', locale: 'en', status: 'draft' as const },
      articles: [{ documentId: 'gone', locale: 'en', status: 'missing' as const }],
    };
    expect(visibleProblems([series], own, () => false)).toEqual({ problems: [], hidden: 1 });
    expect(visibleProblems([series], own, () => true)).toEqual({ problems: [series], hidden: 0 });
    // A missing article is no article: it is not looked up.
    expect(problemRefs([series])).toEqual({ articles: [], series: [series.series] });
  });
});

describe('visibleCandidates', () => {
  it('makes the current neighbors the admin may not read null', () => {
    const candidate: LinkCandidate = {
      ...item('own-a'),
      previous: { documentId: 'other-b', title: 'B' },
      next: { documentId: 'own-c', title: 'C' },
    };
    expect(visibleCandidates([candidate], own)).toEqual([{ ...candidate, previous: null }]);
  });
});

describe('visibleMembers', () => {
  it('leaves out the members the admin may not read and counts them; positions stay those of the whole list', () => {
    const member = (documentId: string, position: number) => ({
      documentId,
      title: '',
      slug: '',
      status: 'draft' as const,
      publishedAt: null,
      position,
    });
    const series = { documentId: 's', title: '', slug: '', locale: 'en', articleType: 't', status: 'draft' as const };
    expect(visibleMembers({ series, articles: [member('own-a', 1), member('other-b', 2), member('own-c', 3)] }, ownId)).toEqual({
      series,
      articles: [member('own-a', 1), member('own-c', 3)],
      hidden: 1,
    });
  });
});

describe('visibleEntries', () => {
  const entry = (series: string, previous: string | null, next: string | null): ArticleSeriesResponse['data'][number] => ({
    series: { documentId: series, title: series, slug: series, locale: 'en', articleType: 't', status: 'draft' },
    position: 2,
    total: 3,
    previous: previous ? { documentId: previous, title: previous } : null,
    next: next ? { documentId: next, title: next } : null,
  });

  it('keeps the series the admin may read, with the neighbors it may not read null', () => {
    const entries = [entry('readable', 'other-a', 'own-b'), entry('secret', 'own-a', 'own-b')];
    const shown = visibleEntries(entries, (version) => version.documentId === 'readable', ownId);
    expect(shown).toEqual([{ ...entries[0], previous: null }]);
  });
});
