import type { ProblemArticle, ProblemKind } from '../../../../contracts/reading-order-check';

/**
 * The check of a reading order, in pure code: given the rows of a type's link
 * table and the article rows they name, it finds every kind of damage and plans
 * the fix of each. Every fix here removes link rows; none adds one, so a repair
 * never invents an order nobody made (the one fix that adds a link, split-chains.ts,
 * joins the two ends of an order the plugin saw cut). Where damage in draft
 * links leaves a choice of which link to remove, the fix keeps the links readers'
 * published order has: the next publication then shows readers what they saw.
 */

/** One row of the articles table, as the check needs it. */
export interface ArticleRow {
  id: number;
  documentId: string;
  locale: string | null;
  published: boolean;
}

/** One row of the link table: `nextId` has `previousId` as its previous article. */
export interface LinkRow {
  id: number;
  previousId: number;
  nextId: number;
}

export interface FoundProblem {
  kind: ProblemKind;
  articles: ProblemArticle[];
  detail: string;
  fix: string;
  /** Link rows (by their own id) the fix removes. */
  remove: number[];
  /** Links the fix adds (a split chain's two ends). */
  add?: Array<{ previousId: number; nextId: number }>;
}

const MISSING: ProblemArticle = {
  documentId: null,
  locale: null,
  status: 'missing',
};

const describeArticle = (row: ArticleRow | undefined): ProblemArticle =>
  row
    ? {
        documentId: row.documentId,
        locale: row.locale,
        status: row.published ? 'published' : 'draft',
      }
    : MISSING;

const nameOf = (row: ArticleRow | undefined, id: number) => {
  if (!row) return `row ${id} (no longer exists)`;
  const where = row.locale === null ? '' : ` ${row.locale}`;
  return `"${row.documentId}" (${row.published ? 'published' : 'draft'}${where})`;
};

const byDocument = (a: ArticleRow, b: ArticleRow) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.id - b.id);

/**
 * The problems of one locale's reading order (null: a type without i18n). A link
 * belongs to the locale when either of its rows does, so a link across locales is
 * reported (and repaired) from both; a link whose two rows are gone belongs to every locale.
 */
export const analyse = (articles: ArticleRow[], links: LinkRow[], locale: string | null): FoundProblem[] => {
  const rows = new Map(articles.map((row) => [row.id, row]));
  const name = (id: number) => nameOf(rows.get(id), id);
  const both = (link: LinkRow) => [describeArticle(rows.get(link.previousId)), describeArticle(rows.get(link.nextId))];
  // Compared exactly in code: MariaDB's collation would match `EN` to `en`.
  const inScope = (link: LinkRow) => {
    const ends = [rows.get(link.previousId), rows.get(link.nextId)].filter((row): row is ArticleRow => row !== undefined);
    return ends.length === 0 || ends.some((row) => row.locale === locale);
  };
  const problems: FoundProblem[] = [];
  const drop = (kind: ProblemKind, link: LinkRow, detail: string, articlesInvolved = both(link)) =>
    problems.push({
      kind,
      articles: articlesInvolved,
      detail,
      fix: `remove the link ${name(link.previousId)} -> ${name(link.nextId)}`,
      remove: [link.id],
    });

  const sound: LinkRow[] = [];
  for (const link of [...links].filter(inScope).sort((a, b) => a.id - b.id)) {
    const previous = rows.get(link.previousId);
    const next = rows.get(link.nextId);
    if (!previous || !next) {
      drop(
        'dangling-link',
        link,
        `${name(link.previousId)} is linked to ${name(link.nextId)}, a row that no longer exists (or belongs to another type)`
      );
    } else if (previous.locale !== next.locale) {
      drop('cross-locale-link', link, `${name(link.previousId)} is linked to ${name(link.nextId)} in another locale`);
    } else if (previous.published !== next.published) {
      drop(
        'published-links-draft',
        link,
        `${name(link.previousId)} is linked to ${name(link.nextId)}: readers of the published one would be led to a draft`
      );
    } else {
      sound.push(link);
    }
  }

  const readersHave = publishedPairs(sound, rows);
  const unique = dropDuplicates(sound, problems, name, both);
  const matched = dropConflicts(unique, problems, name, rows, readersHave);
  breakLoops(matched, problems, name, rows, readersHave);
  return problems;
};

/** Whether a link joins two drafts whose published versions are linked the same way (readers see that link). */
type ReadersHave = (link: LinkRow) => boolean;

const publishedPairs = (links: LinkRow[], rows: Map<number, ArticleRow>): ReadersHave => {
  const pairOf = (link: LinkRow) => {
    const previous = rows.get(link.previousId)!;
    const next = rows.get(link.nextId)!;
    return JSON.stringify([previous.locale, previous.documentId, next.documentId]);
  };
  const published = new Set(links.filter((link) => rows.get(link.previousId)!.published).map(pairOf));
  return (link) => !rows.get(link.previousId)!.published && published.has(pairOf(link));
};

/** The same link stored more than once: the oldest row (lowest id) stays. */
const dropDuplicates = (
  links: LinkRow[],
  problems: FoundProblem[],
  name: (id: number) => string,
  both: (link: LinkRow) => ProblemArticle[]
): LinkRow[] => {
  const byPair = new Map<string, LinkRow[]>();
  for (const link of links) {
    const key = `${link.previousId}>${link.nextId}`;
    const copies = byPair.get(key);
    if (copies) copies.push(link);
    else byPair.set(key, [link]);
  }
  const kept: LinkRow[] = [];
  for (const [first, ...copies] of byPair.values()) {
    kept.push(first);
    if (copies.length === 0) continue;
    problems.push({
      kind: 'duplicate-link',
      articles: both(first),
      detail: `the link ${name(first.previousId)} -> ${name(first.nextId)} is stored ${copies.length + 1} times`,
      fix: `remove ${copies.length} extra row(s) of the link, keep the oldest`,
      remove: copies.map((copy) => copy.id),
    });
  }
  return kept;
};

/**
 * An article with two next (or two previous) links: the two sides disagree
 * (A.next is B but B.previous is C). Kept first: the draft links readers'
 * published order has, then the links both of whose articles have no other link,
 * then the oldest (lowest row id); a link that would give an article a second next
 * or previous is removed.
 */
const dropConflicts = (
  links: LinkRow[],
  problems: FoundProblem[],
  name: (id: number) => string,
  rows: Map<number, ArticleRow>,
  readersHave: ReadersHave
): LinkRow[] => {
  const count = (key: 'previousId' | 'nextId') => {
    const counts = new Map<number, number>();
    for (const link of links) counts.set(link[key], (counts.get(link[key]) ?? 0) + 1);
    return counts;
  };
  const nexts = count('previousId');
  const previouses = count('nextId');
  const rivals = (link: LinkRow) => nexts.get(link.previousId)! + previouses.get(link.nextId)!;
  const unseen = (link: LinkRow) => (readersHave(link) ? 0 : 1);
  const ordered = [...links].sort((a, b) => unseen(a) - unseen(b) || rivals(a) - rivals(b) || a.id - b.id);
  const nextOf = new Map<number, number>();
  const previousOf = new Map<number, number>();
  const kept: LinkRow[] = [];
  for (const link of ordered) {
    const takenNext = nextOf.get(link.previousId);
    const takenPrevious = previousOf.get(link.nextId);
    if (takenNext === undefined && takenPrevious === undefined) {
      nextOf.set(link.previousId, link.nextId);
      previousOf.set(link.nextId, link.previousId);
      kept.push(link);
      continue;
    }
    const reasons = [
      ...(takenNext === undefined ? [] : [`${name(link.previousId)} is already followed by ${name(takenNext)}`]),
      ...(takenPrevious === undefined ? [] : [`${name(link.nextId)} already follows ${name(takenPrevious)}`]),
    ];
    const involved = [
      link.previousId,
      link.nextId,
      ...(takenNext === undefined ? [] : [takenNext]),
      ...(takenPrevious === undefined ? [] : [takenPrevious]),
    ];
    problems.push({
      kind: 'asymmetric-link',
      articles: [...new Set(involved)].map((id) => describeArticle(rows.get(id))),
      detail: `the link ${name(link.previousId)} -> ${name(link.nextId)} disagrees with another: ${reasons.join('; ')}`,
      fix: `remove the link ${name(link.previousId)} -> ${name(link.nextId)}`,
      remove: [link.id],
    });
  }
  return kept.sort((a, b) => a.id - b.id);
};

/**
 * Orders that cycle (each article has at most one next and one previous here).
 * A loop is broken before its article with the smallest documentId, which
 * becomes the first of the order; in draft links, at the first link from there
 * on that readers' published order does not have (a loop made in drafts only
 * then leaves the order readers know).
 */
const breakLoops = (
  links: LinkRow[],
  problems: FoundProblem[],
  name: (id: number) => string,
  rows: Map<number, ArticleRow>,
  readersHave: ReadersHave
) => {
  const nextOf = new Map(links.map((link) => [link.previousId, link]));
  const into = new Map(links.map((link) => [link.nextId, link]));
  const seen = new Set<number>();
  const follow = (start: number) => {
    for (let id: number | undefined = start; id !== undefined && !seen.has(id); id = nextOf.get(id)?.nextId) seen.add(id);
  };
  for (const link of links) if (!into.has(link.previousId)) follow(link.previousId);
  // What no head reaches is on a loop.
  for (const link of links) {
    if (seen.has(link.previousId)) continue;
    const cycle: number[] = [];
    for (let id = link.previousId; !seen.has(id); id = nextOf.get(id)!.nextId) {
      seen.add(id);
      cycle.push(id);
    }
    const members = cycle.map((id) => rows.get(id)!);
    const head = [...members].sort(byDocument)[0];
    const start = cycle.indexOf(head.id);
    const inOrder = [...cycle.slice(start), ...cycle.slice(0, start)];
    const entering = inOrder.map((id) => into.get(id)!);
    const closing = entering.find((candidate) => !readersHave(candidate)) ?? entering[0];
    const first = closing.nextId;
    problems.push({
      kind: 'loop',
      articles: inOrder.map((id) => describeArticle(rows.get(id))),
      detail: `the reading order of ${inOrder.length} article(s) starting at ${name(head.id)} comes back to it`,
      fix: `remove the link ${name(closing.previousId)} -> ${name(first)}, so ${name(first)} starts the order`,
      remove: [closing.id],
    });
  }
};
