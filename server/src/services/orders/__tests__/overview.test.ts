import { buildGraph } from '../graph';
import { chainDetail, overview } from '../overview';
import type { OrderRowArticle } from '../rows';

/** Draft-only articles, row id = index + 1, linked as the chains 'a b c' say. */
const archive = (titles: string[], ...chains: string[]) => {
  const articles: OrderRowArticle[] = titles.map((documentId, index) => ({
    documentId,
    title: documentId,
    slug: documentId,
    status: 'draft',
    draftId: index + 1,
    publishedId: null,
    publishedAt: null,
  }));
  const row = (documentId: string) => titles.indexOf(documentId) + 1;
  const links = chains.flatMap((chain) => {
    const ids = chain.split(' ');
    return ids.slice(1).map((next, index) => ({ previousId: row(ids[index]), nextId: row(next) }));
  });
  return { articles, graph: buildGraph(articles, links) };
};

/** The admin may read the articles whose documentId starts with "own". */
const own = (documentId: string) => documentId.startsWith('own');
const query = { q: '', page: 1, pageSize: 10 };

describe('overview, for an admin who may not read every article', () => {
  const { articles, graph } = archive(
    ['own-a', 'other-b', 'own-c', 'other-d', 'other-e', 'own-f', 'other-g'],
    'own-a other-b own-c',
    'other-d other-e'
  );

  it('shows the readable articles of each chain, counts the others, and leaves out a chain of none', () => {
    const answer = overview(articles, graph, query, 0, own);
    expect(answer.data.chains.map((chain) => [chain.first.documentId, chain.last.documentId, chain.length, chain.hidden])).toEqual([
      ['own-a', 'own-c', 2, 1],
    ]);
    expect(answer.data.unlinked.map((article) => article.documentId)).toEqual(['own-f']);
    expect(answer.meta).toMatchObject({ articles: 3, hidden: 4, chains: { total: 1 }, unlinked: { total: 1 } });
    expect(JSON.stringify(answer)).not.toContain('other');
  });

  it('matches q against readable articles only', () => {
    expect(overview(articles, graph, { ...query, q: 'other-b' }, 0, own).data.chains).toEqual([]);
    expect(overview(articles, graph, { ...query, q: 'own-c' }, 0, own).data.chains).toHaveLength(1);
  });

  it('lists the readable articles of a chain and counts the others', () => {
    const detail = chainDetail(articles, graph, 'own-c', 0, own);
    expect(detail.articles.map((article) => article.documentId)).toEqual(['own-a', 'own-c']);
    expect(detail.hidden).toBe(1);
  });

  it('shows everything, hiding nothing, to an admin who may read every article', () => {
    const answer = overview(articles, graph, query, 0, () => true);
    expect(answer.meta).toMatchObject({ articles: 7, hidden: 0 });
    expect(answer.data.chains.map((chain) => [chain.length, chain.hidden])).toEqual([
      [3, 0],
      [2, 0],
    ]);
  });
});
