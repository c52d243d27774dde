import type { SetSeriesArticlesRequest } from '../../../contracts/series';
import { setSeriesArticlesBody } from '../../../contracts/schemas/series';
import { linkRuleError } from '../services/reading-order/errors';
import { duplicatesOf } from '../services/series/plan';
import { assertDocumentIdList, parseBody } from './request';

/** The body of PUT /series/:documentId/articles: a list of plain documentIds, each once. */
export const validateSeriesArticlesBody = (body: unknown): SetSeriesArticlesRequest => {
  const request = parseBody(setSeriesArticlesBody, body, {
    notAnObject: 'The body must be a JSON object',
    nameUnknownFields: true,
    check: ({ articles }) => assertDocumentIdList(articles, 'articles'),
  });
  const duplicates = duplicatesOf(request.articles);
  if (duplicates.length > 0) {
    throw linkRuleError(`an article is at most once in a series: ${duplicates.slice(0, 10).join(', ')}`, {
      rule: 'duplicate',
      field: 'articles',
      articles: duplicates,
    });
  }
  return request;
};
