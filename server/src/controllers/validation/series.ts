import { errors, validateYupSchema, yup } from '@strapi/utils';

import type { SetSeriesArticlesRequest } from '../../../../contracts/series';
import { linkRuleError } from '../../services/reading-order/errors';
import { MAX_SERIES_ARTICLES } from '../../services/series';
import { duplicatesOf } from '../../services/series/plan';
import { documentKey } from './common';

const body = yup
  .object({
    articles: yup
      .array()
      .of(documentKey().min(1).required())
      .max(MAX_SERIES_ARTICLES, `a series holds at most ${MAX_SERIES_ARTICLES} articles`)
      .required('articles is required: the whole series, first article first ([] empties it)'),
  })
  .required();

/** The body of PUT /series/:documentId/articles: a list of plain documentIds, each once. */
export const validateSeriesArticlesBody = async (input: unknown): Promise<SetSeriesArticlesRequest> => {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new errors.ValidationError('The body must be a JSON object');
  const unknown = Object.keys(input).filter((key) => key !== 'articles');
  if (unknown.length > 0) throw new errors.ValidationError(`unknown field(s): ${unknown.join(', ')}`, { fields: unknown });
  const { articles } = input as { articles?: unknown };
  if (articles !== undefined && (!Array.isArray(articles) || articles.some((item) => typeof item !== 'string'))) {
    throw new errors.ValidationError('articles must be a list of documentIds', { field: 'articles' });
  }
  const request = (await validateYupSchema(body, { strict: false })(input)) as SetSeriesArticlesRequest;
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
