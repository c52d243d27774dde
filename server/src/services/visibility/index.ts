/**
 * Others are left out: what the admin routes show of the articles (and series) an
 * admin may not read. The routes learn what the admin may read from the Content
 * Manager's permission, with its locale and creator conditions, and hand it to the
 * services as an `ArticleVisibility`; the functions here take out of each answer
 * what it may not show, and count what they took. No Strapi import.
 */
import type { Neighborhood, DetachedLink, LinkCandidate, ReadingOrderItem } from '../../../../contracts/reading-order';
import type { Problem, SeriesVersion } from '../../../../contracts/reading-order-check';
import type { ArticleSeriesResponse, SeriesArticlesResponse } from '../../../../contracts/series';
import type { LocaleScope } from './scope';

/** An article of a type: its document in one locale (null on a type without i18n). */
export interface ArticleRef {
  documentId: string;
  locale: string | null;
}

export type Readable<T> = (item: T) => boolean;

/** What one admin may read of a type, as the admin routes hand it to the services. */
export interface ArticleVisibility {
  /** How far the admin's read permission reaches into the locale the request names. */
  readonly scope: LocaleScope;
  /** Which of these articles the admin may read (nothing is looked up where the scope is `all`). */
  articles(refs: ArticleRef[]): Promise<Readable<ArticleRef>>;
  /** Which of these series versions the admin may read (the Content Manager's read permission on series). */
  series(versions: SeriesVersion[]): Promise<Readable<SeriesVersion>>;
}

/** Everything readable: what code that acts for no admin (a script, a seed, a bootstrap) sees. */
export const everythingVisible: ArticleVisibility = {
  scope: 'all',
  articles: async () => () => true,
  series: async () => () => true,
};

/** The articles of one locale by documentId, as a predicate on documentIds. */
export const readableIn = (readable: Readable<ArticleRef>, locale: string | null) => (documentId: string) =>
  readable({ documentId, locale });

/** The article versions a problem names (rows that no longer exist, and series entries of no article, name none). */
const problemArticles = (problem: Problem): ArticleRef[] =>
  problem.articles.flatMap((article) =>
    article.documentId !== null && article.status !== 'missing' ? [{ documentId: article.documentId, locale: article.locale }] : []
  );

/** What `visibleProblems` needs to know. */
export const problemRefs = (problems: Problem[]) => ({
  articles: problems.flatMap(problemArticles),
  series: problems.flatMap((problem) => (problem.series ? [problem.series] : [])),
});

/** The problems whose articles (and series) the admin may all read; `hidden` counts the others. */
export const visibleProblems = <P extends Problem>(problems: P[], article: Readable<ArticleRef>, series: Readable<SeriesVersion>) => {
  const shown = problems.filter((problem) => problemArticles(problem).every(article) && (!problem.series || series(problem.series)));
  return { problems: shown, hidden: problems.length - shown.length };
};

const itemRef = (item: ReadingOrderItem): ArticleRef => ({ documentId: item.documentId, locale: item.locale });

/** The articles a neighborhood names besides its own. */
export const neighborhoodRefs = (neighborhood: Neighborhood): ArticleRef[] =>
  [neighborhood.previous, neighborhood.next, ...neighborhood.before, ...neighborhood.after]
    .filter((item): item is ReadingOrderItem => item !== null)
    .map(itemRef);

/** The nearest articles of one side, up to the first the admin may not read (the order shown stays an order). */
const nearestReadable = (nearestFirst: ReadingOrderItem[], readable: Readable<ArticleRef>) => {
  const cut = nearestFirst.findIndex((item) => !readable(itemRef(item)));
  return cut < 0 ? nearestFirst : nearestFirst.slice(0, cut);
};

/**
 * The neighborhood as the admin may see it: each side stops before the first
 * article the admin may not read, a neighbor it may not read is null with
 * `hidden` saying it exists, and `hasMore` says the order goes on past the cut.
 */
export const visibleNeighborhood = (neighborhood: Neighborhood, readable: Readable<ArticleRef>): Neighborhood => {
  const before = nearestReadable([...neighborhood.before].reverse(), readable).reverse();
  const after = nearestReadable(neighborhood.after, readable);
  const shown = (item: ReadingOrderItem | null) => (item !== null && readable(itemRef(item)) ? item : null);
  return {
    ...neighborhood,
    previous: shown(neighborhood.previous),
    next: shown(neighborhood.next),
    before,
    after,
    hasMoreBefore: neighborhood.hasMoreBefore || before.length < neighborhood.before.length,
    hasMoreAfter: neighborhood.hasMoreAfter || after.length < neighborhood.after.length,
    hidden: {
      previous: neighborhood.previous !== null && shown(neighborhood.previous) === null,
      next: neighborhood.next !== null && shown(neighborhood.next) === null,
    },
  };
};

/** The articles the detached links of a link change name. */
export const detachedRefs = (detached: DetachedLink[], locale: string | null): ArticleRef[] =>
  detached.flatMap((link) => [link.previous, link.next].map(({ documentId }) => ({ documentId, locale })));

/** The detached links between articles the admin may read. */
export const visibleDetached = (detached: DetachedLink[], readable: (documentId: string) => boolean) =>
  detached.filter((link) => readable(link.previous.documentId) && readable(link.next.documentId));

/** The current neighbors link candidates name. */
export const candidateRefs = (candidates: LinkCandidate[]): ArticleRef[] =>
  candidates.flatMap((candidate) =>
    [candidate.previous, candidate.next].flatMap((neighbor) =>
      neighbor ? [{ documentId: neighbor.documentId, locale: candidate.locale }] : []
    )
  );

/** Link candidates with the current neighbors the admin may not read left out (null). */
export const visibleCandidates = (candidates: LinkCandidate[], readable: Readable<ArticleRef>): LinkCandidate[] =>
  candidates.map((candidate) => {
    const shown = (neighbor: LinkCandidate['previous']) =>
      neighbor && readable({ documentId: neighbor.documentId, locale: candidate.locale }) ? neighbor : null;
    return { ...candidate, previous: shown(candidate.previous), next: shown(candidate.next) };
  });

/** A series' draft list with the members the admin may not read left out (positions stay those of the whole list). */
export const visibleMembers = (
  { series, articles }: Omit<SeriesArticlesResponse['data'], 'hidden'>,
  readable: (documentId: string) => boolean
): SeriesArticlesResponse['data'] => {
  const shown = articles.filter((article) => readable(article.documentId));
  return { series, articles: shown, hidden: articles.length - shown.length };
};

type SeriesEntry = ArticleSeriesResponse['data'][number];

/** The neighbors an article's series entries name. */
export const entryRefs = (entries: SeriesEntry[], locale: string | null): ArticleRef[] =>
  entries.flatMap((entry) =>
    [entry.previous, entry.next].flatMap((neighbor) => (neighbor ? [{ documentId: neighbor.documentId, locale }] : []))
  );

/** The series versions an article's series entries are about (their drafts). */
export const entrySeries = (entries: SeriesEntry[]): SeriesVersion[] =>
  entries.map(({ series }) => ({ documentId: series.documentId, locale: series.locale ?? '', status: 'draft' }));

/**
 * An article's series entries as the admin may see them: the series it may read
 * (the permission on the article says nothing about the series: another locale's
 * editors, say), each neighbor it may not read null. "Part N of M" counts every member.
 */
export const visibleEntries = (
  entries: SeriesEntry[],
  series: Readable<SeriesVersion>,
  readable: (documentId: string) => boolean
): SeriesEntry[] => {
  const versions = entrySeries(entries);
  return entries
    .filter((_entry, index) => series(versions[index]))
    .map((entry) => ({
      ...entry,
      previous: entry.previous && readable(entry.previous.documentId) ? entry.previous : null,
      next: entry.next && readable(entry.next.documentId) ? entry.next : null,
    }));
};
