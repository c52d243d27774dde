/** The bulk "link by publication date" admin routes. */
import { z } from 'zod';

import { contentTypeUid, exactText, localeCode, oneOf } from './common';

/** POST /newsroom/bulk/link-by-date; strict: `"true"` is not a boolean. */
export const linkByDateBody = z.strictObject({
  /** A served content-type uid; absent: the default type. */
  type: contentTypeUid(exactText).optional(),
  /** A locale code; absent or null: the default locale (ignored by a type without i18n). */
  locale: localeCode(exactText).nullable().optional(),
  /** `unlinked`: only the published articles in no order; `all`: one order of every published article. */
  scope: oneOf(['unlinked', 'all'], { invalid: 'scope must be "unlinked" or "all"', missing: 'scope is required' }),
  // Required: a missing flag must not start a job that rewrites a whole archive.
  dryRun: z.boolean({ error: (issue) => (issue.input === undefined ? 'dryRun is required (true or false)' : undefined) }),
});

export const bulkArticleRef = z.object({ documentId: z.string(), title: z.string() });

/** One link the job adds or removes, on the draft and/or published versions of two articles. */
export const bulkLinkChange = z.object({
  action: z.enum(['link', 'unlink']),
  previous: bulkArticleRef,
  next: bulkArticleRef,
  versions: z.array(z.enum(['draft', 'published'])),
});

export const linkByDateDryRunResponse = z.object({ data: z.object({ changes: z.number().int(), sample: z.array(bulkLinkChange) }) });

export const linkByDateStartedResponse = z.object({ data: z.object({ jobId: z.string() }) });

export const bulkJobState = z.enum(['queued', 'running', 'done', 'failed', 'cancelled']);

/** A change the job skipped (the order moved on since it was planned) or why it stopped. */
export const bulkJobError = z.object({ message: z.string(), previous: z.string().optional(), next: z.string().optional() });

/** GET /newsroom/bulk/:jobId and POST /newsroom/bulk/:jobId/cancel */
export const bulkJobResponse = z.object({
  data: z.object({
    state: bulkJobState,
    /** Link changes processed so far (applied or skipped), out of `total`. */
    done: z.number().int(),
    total: z.number().int(),
    errors: z.array(bulkJobError),
  }),
});
