import { errors, validateYupSchema, yup } from '@strapi/utils';

import type { SetSeriesArticlesRequest } from '../../../contracts/series';
import { linkRuleError } from '../services/reading-order/errors';
import { MAX_SERIES_ARTICLES } from '../services/series';
import { duplicatesOf } from '../services/series/plan';
import { contentTypeUid, documentKey, localeCode, queryValidator, refuseUnknownKeys } from './common';

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
  refuseUnknownKeys(input, ['articles']);
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

/**
 * The series routes take only these query parameters; anything else is a 400 rather
 * than silently ignored, so a typo (`?locales=fr`) cannot read or write the default
 * locale. (yup's noUnknown strips in Strapi's non-strict mode instead of refusing.)
 */
const strictQuery = <T>(schema: yup.ObjectSchema<any>) => {
  const validate = queryValidator<T>(schema);
  const allowed = Object.keys(schema.fields);
  return (query: unknown): Promise<T> => {
    refuseUnknownKeys(query, allowed, 'query parameter');
    return validate(query);
  };
};

/** `?locale=` of /series/:documentId/articles (the series' locale; default: the default locale). */
export const validateSeriesQuery = strictQuery<{ locale?: string }>(yup.object({ locale: localeCode() }));

/** `?type=&locale=` of /articles/:documentId/series (the article's type and locale). */
export const validateArticleSeriesQuery = strictQuery<{ type?: string; locale?: string }>(yup.object({ type: contentTypeUid(), locale: localeCode() }));
