/** GET /api/newsroom/articles/:slugOrDocumentId/related: its query and answer. */
import { z } from 'zod';

import { wholeNumber } from './common';
import { publishedArticle, readQuery } from './reader';

/** Most related articles one answer lists. */
export const MAX_RELATED_LIMIT = 20;

/** The related articles listed when `limit` is unset. */
export const DEFAULT_RELATED_LIMIT = 5;

/** `?type=&locale=&scope=&limit=`: the scope as for neighbors (candidates share its value). */
export const relatedQuery = {
  ...readQuery,
  /** 1 to 20; the server's default 5 when unset. */
  limit: wholeNumber(1, MAX_RELATED_LIMIT, DEFAULT_RELATED_LIMIT).describe('How many related articles, 1 to 20 (default 5)'),
};

export const relatedArticle = z
  .object({
    ...publishedArticle,
    /** The content similarity, relative to the article's own (1: the same distinctive words, as often). */
    score: z.number().min(0).describe("Content similarity, relative to the article's similarity with itself"),
  })
  .meta({ id: 'NewsroomRelatedArticle' });

/** The published articles of the same type and locale most alike in content, best first; never the article itself. */
export const relatedResponse = z.object({ data: z.array(relatedArticle) }).meta({ id: 'NewsroomRelatedResponse' });
