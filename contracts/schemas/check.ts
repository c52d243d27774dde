/** The check and repair admin routes (`GET /newsroom/check`, `POST /newsroom/repair`). */
import { z } from 'zod';

import { contentTypeUid, localeCode } from './common';

/** POST /newsroom/repair */
export const repairBody = z.strictObject(
  {
    type: contentTypeUid().optional(),
    locale: localeCode().optional(),
    // Strict: `"false"` as a string must not run a repair a script meant as a dry run.
    dryRun: z.boolean({ error: (issue) => (issue.input === undefined ? 'dryRun must be true or false' : undefined) }),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'the body must be a JSON object' : undefined) }
);

/** Each kind of damage the check finds in a type's link table; stable strings, documented in the README. */
export const problemKind = z.enum([
  'dangling-link',
  'cross-locale-link',
  'published-links-draft',
  'draft-links-published',
  'duplicate-link',
  'asymmetric-link',
  'loop',
  // Two articles whose link ran through articles deleted while the plugin did not serve the type.
  'split-chain',
  // A series version's stored list is not a list of distinct article documentIds.
  'series-list-damaged',
  // A series version's list names an article that does not exist in the series' type and locale.
  'series-missing-article',
  // The series index (`newsroom_series_articles`) disagrees with the lists it is derived from.
  'series-index-out-of-date',
]);

/** The version of a series a series problem is in. */
export const seriesVersion = z.object({ documentId: z.string(), locale: z.string(), status: z.enum(['draft', 'published']) });

/** An article version a problem involves; `documentId` is null for a row that no longer exists. */
export const problemArticle = z.object({
  documentId: z.string().nullable(),
  locale: z.string().nullable(),
  status: z.enum(['draft', 'published', 'missing']),
  /** The version's title in the answers (null for a row or an article that no longer exists). */
  title: z.string().nullable().optional(),
});

export const problem = z.object({
  kind: problemKind,
  articles: z.array(problemArticle),
  detail: z.string(),
  /** Set on the series kinds: the series version the problem is in. */
  series: seriesVersion.optional(),
});

/** GET /newsroom/check?type=&locale= */
export const checkResponse = z.object({
  data: z.object({
    /** The problems whose articles (and series) the admin may all read. */
    problems: z.array(problem),
    /** The problems left out: they name an article or a series the admin may not read. */
    hidden: z.number().int(),
  }),
});

/** A problem with what the repair does about it (a fix removes link rows or series entries, or joins a split chain). */
export const plannedFix = problem.extend({ fix: z.string() });

export const repairResponse = z.object({
  data: z.object({
    dryRun: z.boolean(),
    /** The problems whose articles (and series) the admin may all read. */
    problems: z.array(plannedFix),
    /** The problems left out of `problems` (they name what the admin may not read); `counts` count them too. */
    hidden: z.number().int(),
    /**
     * `linksRemoved`: rows of the link table the repair removes (dry run) or removed;
     * `linksAdded`: links it adds (or added) to join split chains;
     * `seriesListsRewritten`: series versions whose list it rewrites or rewrote;
     * `seriesIndexRows`: series index rows it adds or removes (a rebuild from the lists).
     */
    counts: z.object({
      problems: z.number().int(),
      linksRemoved: z.number().int(),
      linksAdded: z.number().int(),
      seriesListsRewritten: z.number().int(),
      seriesIndexRows: z.number().int(),
    }),
  }),
});
