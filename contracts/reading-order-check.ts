/**
 * Request and response shapes of the check and repair admin routes
 * (`GET /newsroom/check`, `POST /newsroom/repair`), shared by the admin and the server.
 */

/** Each kind of damage the check finds in a type's link table; stable strings, documented in the README. */
export type ProblemKind =
  | 'dangling-link'
  | 'cross-locale-link'
  | 'published-links-draft'
  | 'draft-links-published'
  | 'duplicate-link'
  | 'asymmetric-link'
  | 'loop';

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
}

/** GET /newsroom/check?type=&locale= */
export interface CheckResponse {
  data: { problems: Problem[] };
}

/** POST /newsroom/repair */
export interface RepairRequest {
  type?: string;
  locale?: string;
  dryRun: boolean;
}

/** A problem with what the repair does about it (every fix removes link rows). */
export interface PlannedFix extends Problem {
  fix: string;
}

export interface RepairResponse {
  data: {
    dryRun: boolean;
    problems: PlannedFix[];
    /** `linksRemoved`: rows of the link table the repair removes (dry run) or removed. */
    counts: { problems: number; linksRemoved: number };
  };
}
