/**
 * Request and response shapes of the check and repair admin routes
 * (`GET /newsroom/check`, `POST /newsroom/repair`), shared by the admin and the server.
 */

/** Each kind of damage the check finds in a type's link table; stable strings, documented in docs/reading-order.md ("Check and repair"). */
export type ProblemKind =
  | 'dangling-link'
  | 'cross-locale-link'
  | 'published-links-draft'
  | 'draft-links-published'
  | 'duplicate-link'
  | 'asymmetric-link'
  | 'loop'
  /** Two articles whose link ran through articles deleted while the plugin did not serve the type. */
  | 'split-chain'
  /** A series version's stored list is not a list of distinct article documentIds. */
  | 'series-list-damaged'
  /** A series version's list names an article that does not exist in the series' type and locale. */
  | 'series-missing-article'
  /** The series index (`newsroom_series_articles`) disagrees with the lists it is derived from. */
  | 'series-index-out-of-date';

/** The version of a series a series problem is in. */
export interface SeriesVersion {
  documentId: string;
  locale: string;
  status: 'draft' | 'published';
}

/** An article version a problem involves; `documentId` is null for a row that no longer exists. */
export interface ProblemArticle {
  documentId: string | null;
  locale: string | null;
  status: 'draft' | 'published' | 'missing';
}

export interface Problem {
  kind: ProblemKind;
  articles: ProblemArticle[];
  detail: string;
  /** Set on the series kinds: the series version the problem is in. */
  series?: SeriesVersion;
}

/** GET /newsroom/check?type=&locale= */
export interface CheckResponse {
  data: {
    /** The problems whose articles (and series) the admin may all read. */
    problems: Problem[];
    /** The problems left out: they name an article or a series the admin may not read. */
    hidden: number;
  };
}

/** POST /newsroom/repair */
export interface RepairRequest {
  type?: string;
  locale?: string;
  dryRun: boolean;
}

/** A problem with what the repair does about it (a fix removes link rows or series entries, or joins a split chain). */
export interface PlannedFix extends Problem {
  fix: string;
}

export interface RepairResponse {
  data: {
    dryRun: boolean;
    /** The problems whose articles (and series) the admin may all read. */
    problems: PlannedFix[];
    /** The problems left out of `problems` (they name what the admin may not read); `counts` count them too. */
    hidden: number;
    /**
     * `linksRemoved`: rows of the link table the repair removes (dry run) or removed;
     * `linksAdded`: links it adds (or added) to join split chains;
     * `seriesListsRewritten`: series versions whose list it rewrites or rewrote;
     * `seriesIndexRows`: series index rows it adds or removes (a rebuild from the lists).
     */
    counts: { problems: number; linksRemoved: number; linksAdded: number; seriesListsRewritten: number; seriesIndexRows: number };
  };
}
