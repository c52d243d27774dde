/**
 * Request and response shapes of the bulk "link by publication date" admin routes,
 * shared by the admin page and the server.
 */

/** `unlinked`: only the published articles in no order; `all`: one order of every published article. */
export type BulkScope = 'unlinked' | 'all';

/** POST /newsroom/bulk/link-by-date */
export interface LinkByDateRequest {
  /** A served content-type uid; absent: the built-in article. */
  type?: string;
  /** A locale code; absent or null: the default locale (ignored by a type without i18n). */
  locale?: string | null;
  scope: BulkScope;
  dryRun: boolean;
}

export interface BulkArticleRef {
  documentId: string;
  title: string;
}

/** One link the job adds or removes, on the draft and/or published versions of two articles. */
export interface BulkLinkChange {
  action: 'link' | 'unlink';
  previous: BulkArticleRef;
  next: BulkArticleRef;
  versions: Array<'draft' | 'published'>;
}

export interface LinkByDateDryRunResponse {
  data: { changes: number; sample: BulkLinkChange[] };
}

export interface LinkByDateStartedResponse {
  data: { jobId: string };
}

export type BulkJobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** A change the job skipped (the order moved on since it was planned) or why it stopped. */
export interface BulkJobError {
  message: string;
  previous?: string;
  next?: string;
}

/** GET /newsroom/bulk/:jobId and POST /newsroom/bulk/:jobId/cancel */
export interface BulkJobResponse {
  data: {
    state: BulkJobState;
    /** Link changes processed so far (applied or skipped), out of `total`. */
    done: number;
    total: number;
    errors: BulkJobError[];
  };
}
