import { analyse, type ArticleRow, type LinkRow } from '../analyse';

/** Rows 1..n: document `d<n>`, draft unless listed as published, in `en` unless given. */
const article = (id: number, { published = false, locale = 'en' as string | null, documentId = `d${id}` } = {}): ArticleRow => ({
  id,
  documentId,
  locale,
  published,
});
const drafts = (...ids: number[]) => ids.map((id) => article(id));

let nextLinkId = 0;
const link = (previousId: number, nextId: number, id = (nextLinkId += 1)): LinkRow => ({ id, previousId, nextId });

const kinds = (articles: ArticleRow[], links: LinkRow[], locale: string | null = 'en') =>
  analyse(articles, links, locale).map((problem) => problem.kind);

const removedBy = (articles: ArticleRow[], links: LinkRow[], locale: string | null = 'en') =>
  analyse(articles, links, locale)
    .flatMap((problem) => problem.remove)
    .sort((a, b) => a - b);

/** The links left once the planned fixes are applied. */
const repaired = (articles: ArticleRow[], links: LinkRow[], locale: string | null = 'en') => {
  const removed = new Set(removedBy(articles, links, locale));
  return links.filter((row) => !removed.has(row.id));
};

describe('the reading-order check', () => {
  it('finds nothing in a sound chain of drafts and its published twin', () => {
    const rows = [
      ...drafts(1, 2, 3),
      article(11, { published: true, documentId: 'd1' }),
      article(12, { published: true, documentId: 'd2' }),
    ];
    expect(kinds(rows, [link(1, 2), link(2, 3), link(11, 12)])).toEqual([]);
  });

  it('does not report draft links that differ from the published ones (staging)', () => {
    const rows = [
      ...drafts(1, 2, 3),
      article(11, { published: true, documentId: 'd1' }),
      article(13, { published: true, documentId: 'd3' }),
    ];
    expect(kinds(rows, [link(2, 1), link(1, 3), link(13, 11)])).toEqual([]);
  });

  it('reports a link to a row that no longer exists and removes it', () => {
    const dangling = link(1, 99);
    const [problem] = analyse(drafts(1), [dangling], 'en');
    expect(problem).toMatchObject({
      kind: 'dangling-link',
      articles: [
        { documentId: 'd1', locale: 'en', status: 'draft' },
        { documentId: null, status: 'missing' },
      ],
      remove: [dangling.id],
    });
  });

  it('reports a link whose two rows are gone in every locale', () => {
    expect(kinds([], [link(98, 99)], 'fr')).toEqual(['dangling-link']);
  });

  it('reports a link across locales from both locales', () => {
    const rows = [article(1), article(2, { locale: 'fr' })];
    const links = [link(1, 2)];
    expect(kinds(rows, links, 'en')).toEqual(['cross-locale-link']);
    expect(kinds(rows, links, 'fr')).toEqual(['cross-locale-link']);
    expect(kinds(rows, links, 'de')).toEqual([]);
  });

  it('compares locales exactly (MariaDB would not)', () => {
    expect(kinds([article(1), article(2, { locale: 'EN' })], [link(1, 2)])).toEqual(['cross-locale-link']);
  });

  it('checks a type without i18n under the null locale', () => {
    const rows = [article(1, { locale: null }), article(2, { locale: null })];
    expect(kinds(rows, [link(1, 2), link(2, 1)], null)).toEqual(['loop']);
  });

  it.each([
    ['a published row to a draft', 1, 11],
    ['a draft to a published row', 11, 1],
  ])('reports a link from %s (readers would see a draft)', (_name, previous, next) => {
    const rows = [article(1), article(11, { published: true, documentId: 'd2' })];
    expect(kinds(rows, [link(previous, next)])).toEqual(['published-links-draft']);
  });

  it('keeps the oldest copy of a duplicated link', () => {
    const first = link(1, 2, 5);
    const copies = [link(1, 2, 7), link(1, 2, 6)];
    const [problem] = analyse(drafts(1, 2), [copies[0], first, copies[1]], 'en');
    expect(problem.kind).toBe('duplicate-link');
    expect(problem.remove.sort()).toEqual([6, 7]);
  });

  it('keeps the link both sides agree on when an article has two next links', () => {
    // 1 -> 2 is 2's only previous; 1 -> 3 competes with 4 -> 3 for 3's previous too.
    const agreed = link(1, 2, 9);
    const links = [link(1, 3, 1), agreed, link(4, 3, 2)];
    const problems = analyse(drafts(1, 2, 3, 4), links, 'en');
    expect(problems.map((problem) => problem.kind)).toEqual(['asymmetric-link']);
    expect(problems[0].articles.map((row) => row.documentId).sort()).toEqual(['d1', 'd2', 'd3', 'd4']);
    expect(
      repaired(drafts(1, 2, 3, 4), links)
        .map((row) => row.id)
        .sort()
    ).toEqual([2, 9]);
  });

  it('keeps the oldest link when nothing else decides', () => {
    const links = [link(1, 3, 8), link(2, 3, 4)];
    expect(repaired(drafts(1, 2, 3), links).map((row) => row.id)).toEqual([4]);
  });

  it('breaks a loop before its article with the smallest documentId', () => {
    const rows = [article(1, { documentId: 'c' }), article(2, { documentId: 'a' }), article(3, { documentId: 'b' })];
    const closing = link(1, 2, 3);
    const [problem] = analyse(rows, [link(2, 3, 1), link(3, 1, 2), closing], 'en');
    expect(problem.kind).toBe('loop');
    expect(problem.articles.map((row) => row.documentId)).toEqual(['a', 'b', 'c']);
    expect(problem.remove).toEqual([closing.id]);
  });

  it('reports an article linked to itself as a loop', () => {
    expect(kinds(drafts(1), [link(1, 1)])).toEqual(['loop']);
  });

  it('finds a loop behind a chain that leads into it only once it is the only damage left', () => {
    // 1 -> 2 -> 3 -> 2: 2 has two previous links; the conflict is settled first, which removes the loop too.
    const links = [link(1, 2, 1), link(2, 3, 2), link(3, 2, 3)];
    expect(kinds(drafts(1, 2, 3), links)).toEqual(['asymmetric-link']);
    expect(kinds(drafts(1, 2, 3), repaired(drafts(1, 2, 3), links))).toEqual([]);
  });

  it('leaves nothing to find after its own repair, whatever the damage', () => {
    const rows = [...drafts(1, 2, 3, 4, 5, 6), article(7, { locale: 'fr' }), article(11, { published: true, documentId: 'd1' })];
    const links = [
      link(1, 2),
      link(1, 2),
      link(2, 3),
      link(3, 1),
      link(4, 3),
      link(5, 99),
      link(6, 7),
      link(11, 5),
      link(6, 6),
      link(4, 5),
    ];
    const after = repaired(rows, links);
    expect(kinds(rows, after)).toEqual([]);
    expect(after.length).toBeGreaterThan(0);
  });

  it('names the same problems in the same order on every run', () => {
    const rows = drafts(1, 2, 3, 4);
    const links = [link(1, 2), link(2, 1), link(3, 4), link(3, 4)];
    expect(analyse(rows, [...links].reverse(), 'en')).toEqual(analyse(rows, links, 'en'));
  });
});

describe('repair prefers what readers see', () => {
  /** Drafts d1..d4 and their published twins (ids 11..14). */
  const published = (id: number) => article(10 + id, { published: true, documentId: `d${id}` });
  const rows = [...drafts(1, 2, 3, 4), ...[1, 2, 3, 4].map(published)];

  it('breaks a loop made in draft links only at the link the published order does not have', () => {
    // Readers: d1 -> d2 -> d3 -> d4. Drafts: d1 -> d2 -> d3 -> d4 -> d1. The link into d1 (the smallest documentId)
    // is the one readers lack, so it goes, as before.
    const closing = link(4, 1);
    const [problem] = analyse(rows, [link(1, 2), link(2, 3), link(3, 4), closing, link(11, 12), link(12, 13), link(13, 14)], 'en');
    expect(problem.kind).toBe('loop');
    expect(problem.remove).toEqual([closing.id]);
  });

  it('keeps the links readers have when the smallest documentId would break the loop inside their order', () => {
    // Readers: d4 -> d1 -> d2 -> d3. Drafts: d4 -> d1 -> d2 -> d3 -> d4. Breaking before d1 would remove d4 -> d1,
    // which readers have, and the next publication would show them d1 -> d2 -> d3 -> d4; d3 -> d4 goes instead.
    const unseen = link(3, 4);
    const links = [link(4, 1), link(1, 2), link(2, 3), unseen, link(14, 11), link(11, 12), link(12, 13)];
    const [problem] = analyse(rows, links, 'en');
    expect(problem.kind).toBe('loop');
    expect(problem.remove).toEqual([unseen.id]);
    expect(problem.fix).toContain('so "d4" (draft en) starts the order');
  });

  it('settles two rival next links of a draft in favour of the one readers have', () => {
    // d1's draft is followed by d3 (the older row, readers lack it) and by d2 (readers have it).
    const rival = link(1, 3);
    const links = [rival, link(1, 2), link(11, 12), link(12, 13)];
    const problems = analyse(rows, links, 'en');
    expect(problems.map((problem) => problem.kind)).toEqual(['asymmetric-link']);
    expect(problems[0].remove).toEqual([rival.id]);
  });

  it('falls back to the smallest-documentId rule where readers have none of the loop', () => {
    const closing = link(4, 2);
    const [problem] = analyse(drafts(1, 2, 3, 4), [link(2, 3), link(3, 4), closing], 'en');
    expect(problem.remove).toEqual([closing.id]);
  });
});
