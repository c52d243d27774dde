/**
 * The workspace's views of a locale's orders, as pure data: the overview of every
 * chain and unlinked article, and one chain in full. No Strapi import.
 */
import type {
  OrderArticle,
  OrderDetailResponse,
  OrderSummary,
  OrdersOverviewResponse,
  OrdersPagination,
} from '../../../../contracts/orders';
import type { OrderRowArticle } from './rows';
import { chainOf, chainsOf, publishedProjection, type Chain, type OrderGraph } from './graph';

export interface OverviewQuery {
  q: string;
  page: number;
  pageSize: number;
}

/** The articles of a locale by documentId, with how to show one. */
export const articleIndex = (articles: OrderRowArticle[]) => {
  const byId = new Map(articles.map((article) => [article.documentId, article]));
  const show = (documentId: string): OrderArticle => {
    const article = byId.get(documentId)!;
    return {
      documentId,
      title: article.title,
      slug: article.slug,
      status: article.status,
      publishedAt: article.publishedAt === null ? null : new Date(article.publishedAt).toISOString(),
    };
  };
  const isPublished = (documentId: string) => byId.get(documentId)?.publishedId != null;
  return { byId, show, isPublished };
};

type ArticleIndex = ReturnType<typeof articleIndex>;

/** Whether readers are led through the chain's published articles otherwise than its draft order says. */
const isStaged = (chain: Chain, graph: OrderGraph, index: ArticleIndex, maxSkipped: number) => {
  const projected = publishedProjection(chain.documentIds, index.isPublished, maxSkipped);
  const nextOf = new Map(projected);
  const previousOf = new Map(projected.map(([previous, next]) => [next, previous]));
  return chain.documentIds.some(
    (documentId) =>
      index.isPublished(documentId) &&
      (graph.published.nextOf.get(documentId) !== nextOf.get(documentId) ||
        graph.published.previousOf.get(documentId) !== previousOf.get(documentId))
  );
};

const paginate = <T>(items: T[], page: number, pageSize: number): { items: T[]; pagination: OrdersPagination } => ({
  items: items.slice((page - 1) * pageSize, page * pageSize),
  pagination: { page, pageSize, total: items.length, pageCount: Math.ceil(items.length / pageSize) },
});

const byTitle = (a: OrderArticle, b: OrderArticle) => a.title.localeCompare(b.title) || (a.documentId < b.documentId ? -1 : 1);

/** `q` matches an article by a part of its title (any case) or by its whole documentId. */
const matcher = (q: string, index: ArticleIndex) => {
  const needle = q.toLocaleLowerCase();
  return (documentId: string) =>
    needle === '' || documentId === q || index.byId.get(documentId)!.title.toLocaleLowerCase().includes(needle);
};

/**
 * Every chain and unlinked article of the locale as this admin may see them: a chain
 * shows the articles it may read (its first, last, length and published count are
 * theirs, `hidden` counts the others), a chain of none is left out, and `q` matches
 * readable articles only.
 */
export const overview = (
  articles: OrderRowArticle[],
  graph: OrderGraph,
  { q, page, pageSize }: OverviewQuery,
  maxSkipped: number,
  readable: (documentId: string) => boolean
): OrdersOverviewResponse => {
  const index = articleIndex(articles);
  const matches = matcher(q, index);
  const chains = chainsOf(graph.draft);
  const summaries = chains
    .map((chain) => ({ chain, shown: chain.documentIds.filter(readable) }))
    .filter(({ shown }) => shown.some(matches))
    .map(({ chain, shown }): OrderSummary => ({
      first: index.show(shown[0]),
      last: index.show(shown[shown.length - 1]),
      length: shown.length,
      hidden: chain.documentIds.length - shown.length,
      published: shown.filter(index.isPublished).length,
      staged: isStaged(chain, graph, index, maxSkipped),
      loop: chain.loop,
    }))
    .sort((a, b) => b.length - a.length || byTitle(a.first, b.first));
  const linked = new Set(chains.flatMap((chain) => chain.documentIds));
  const visible = articles.filter((article) => readable(article.documentId));
  const unlinked = visible
    .filter((article) => !linked.has(article.documentId) && matches(article.documentId))
    .map((article) => index.show(article.documentId))
    .sort(byTitle);
  const chainPage = paginate(summaries, page, pageSize);
  const unlinkedPage = paginate(unlinked, page, pageSize);
  return {
    data: { chains: chainPage.items, unlinked: unlinkedPage.items },
    meta: {
      chains: chainPage.pagination,
      unlinked: unlinkedPage.pagination,
      articles: visible.length,
      hidden: articles.length - visible.length,
    },
  };
};

/**
 * The published articles of a chain in the order readers follow them: each run of
 * published links among them, the runs in the order their first articles have in
 * the draft order.
 */
const publishedOrderOf = (chain: Chain, graph: OrderGraph, index: ArticleIndex) => {
  const members = chain.documentIds.filter(index.isPublished);
  const inChain = new Set(members);
  const seen = new Set<string>();
  const order: string[] = [];
  const walk = (start: string) => {
    for (
      let current: string | undefined = start;
      current !== undefined && inChain.has(current) && !seen.has(current);
      current = graph.published.nextOf.get(current)
    ) {
      seen.add(current);
      order.push(current);
    }
  };
  for (const documentId of members) {
    const previous = graph.published.previousOf.get(documentId);
    if (previous === undefined || !inChain.has(previous)) walk(documentId);
  }
  for (const documentId of members) walk(documentId);
  return order;
};

/** The chain holding the article, with the articles this admin may not read left out (`hidden` counts them). */
export const chainDetail = (
  articles: OrderRowArticle[],
  graph: OrderGraph,
  documentId: string,
  maxSkipped: number,
  readable: (documentId: string) => boolean
): OrderDetailResponse['data'] => {
  const index = articleIndex(articles);
  const chain = chainOf(graph.draft, documentId);
  const shown = chain.documentIds.filter(readable);
  return {
    articles: shown.map(index.show),
    publishedOrder: publishedOrderOf(chain, graph, index).filter(readable),
    staged: isStaged(chain, graph, index, maxSkipped),
    loop: chain.loop,
    hidden: chain.documentIds.length - shown.length,
  };
};
