import type { ProblemKind, SeriesVersion } from '../../../../contracts/reading-order-check';
import type { MembershipStatus } from './plan';

/**
 * The check of series lists, in pure code: given each series version's stored list
 * (as read and whether it was damaged) and the articles of the series' type that
 * exist in its locale, it finds what is wrong and plans the list each repaired
 * version gets. A fix only removes entries; it never adds an article to a series.
 */

/** One version of a series (one locale, draft or published), its list as stored. */
export interface StoredList {
  documentId: string;
  locale: string;
  status: MembershipStatus;
  /** The documentIds as read: valid, first occurrence of each. */
  list: string[];
  /** The stored value was more than that list (duplicates, entries that are no documentId, not an array). */
  damaged: boolean;
}

export interface FoundSeriesProblem {
  kind: Extract<ProblemKind, 'series-list-damaged' | 'series-missing-article'>;
  series: SeriesVersion;
  /** Articles of the problem: for a missing article, the documentIds that name none. */
  articles: string[];
  detail: string;
  fix: string;
  /** The list the repair writes. */
  list: string[];
}

/**
 * The problems of the lists: a stored value that is no list of distinct documentIds
 * (rewritten as the list readers are shown: first occurrence of each documentId),
 * and entries naming no article of the series' type in its locale (an article
 * deleted while the plugin did not serve its type, rows of another type or locale
 * written by SQL): removed, the rest moving up. `exists(locale)` tells whether a
 * documentId has a row of the type in the locale the series' articles live in.
 */
export const analyseSeriesLists = (lists: StoredList[], exists: (locale: string, documentId: string) => boolean): FoundSeriesProblem[] => {
  const problems: FoundSeriesProblem[] = [];
  for (const stored of lists) {
    const series: SeriesVersion = { documentId: stored.documentId, locale: stored.locale, status: stored.status };
    const name = `series "${stored.documentId}" (${stored.status} ${stored.locale})`;
    const missing = stored.list.filter((documentId) => !exists(stored.locale, documentId));
    const kept = stored.list.filter((documentId) => exists(stored.locale, documentId));
    if (stored.damaged) {
      problems.push({
        kind: 'series-list-damaged',
        series,
        articles: [],
        detail: `the stored list of ${name} holds more than distinct article documentIds (a duplicate, or a value that names no article)`,
        fix: `store its ${stored.list.length} distinct documentId(s) in their order`,
        list: missing.length > 0 ? kept : stored.list,
      });
    }
    if (missing.length > 0) {
      problems.push({
        kind: 'series-missing-article',
        series,
        articles: missing,
        detail: `${name} names ${missing.length} article(s) that do not exist in its type and locale: ${missing.slice(0, 10).join(', ')}`,
        fix: `remove them from the list; the ${kept.length} other article(s) keep their order`,
        list: kept,
      });
    }
  }
  return problems;
};
