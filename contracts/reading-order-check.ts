/**
 * Request and response shapes of the check and repair admin routes
 * (`GET /newsroom/check`, `POST /newsroom/repair`), shared by the admin and the
 * server: inferred from the routes' schemas (`schemas/check.ts`).
 */
import type { z } from 'zod';

import type {
  checkResponse,
  plannedFix,
  problem,
  problemArticle,
  problemKind,
  repairBody,
  repairResponse,
  seriesVersion,
} from './schemas/check';

/** Each kind of damage the check finds in a type's link table; stable strings, documented in docs/reading-order.md ("Check and repair"). */
export type ProblemKind = z.infer<typeof problemKind>;
/** The version of a series a series problem is in. */
export type SeriesVersion = z.infer<typeof seriesVersion>;
/** An article version a problem involves; `documentId` is null for a row that no longer exists. */
export type ProblemArticle = z.infer<typeof problemArticle>;
export type Problem = z.infer<typeof problem>;
/** GET /newsroom/check?type=&locale= */
export type CheckResponse = z.infer<typeof checkResponse>;
/** POST /newsroom/repair */
export type RepairRequest = z.infer<typeof repairBody>;
/** A problem with what the repair does about it. */
export type PlannedFix = z.infer<typeof plannedFix>;
export type RepairResponse = z.infer<typeof repairResponse>;
