/**
 * Request and response shapes of the bulk "link by publication date" admin routes,
 * shared by the admin page and the server: inferred from the routes' schemas (`schemas/bulk.ts`).
 */
import type { z } from 'zod';

import type {
  bulkArticleRef,
  bulkJobError,
  bulkJobResponse,
  bulkJobState,
  bulkLinkChange,
  linkByDateBody,
  linkByDateDryRunResponse,
  linkByDateStartedResponse,
} from './schemas/bulk';

/** POST /newsroom/bulk/link-by-date */
export type LinkByDateRequest = z.infer<typeof linkByDateBody>;
/** `unlinked`: only the published articles in no order; `all`: one order of every published article. */
export type BulkScope = LinkByDateRequest['scope'];
export type BulkArticleRef = z.infer<typeof bulkArticleRef>;
/** One link the job adds or removes, on the draft and/or published versions of two articles. */
export type BulkLinkChange = z.infer<typeof bulkLinkChange>;
export type LinkByDateDryRunResponse = z.infer<typeof linkByDateDryRunResponse>;
export type LinkByDateStartedResponse = z.infer<typeof linkByDateStartedResponse>;
export type BulkJobState = z.infer<typeof bulkJobState>;
/** A change the job skipped (the order moved on since it was planned) or why it stopped. */
export type BulkJobError = z.infer<typeof bulkJobError>;
/** GET /newsroom/bulk/:jobId and POST /newsroom/bulk/:jobId/cancel */
export type BulkJobResponse = z.infer<typeof bulkJobResponse>;
