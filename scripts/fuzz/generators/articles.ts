/** The core article routes under `/api/newsroom/articles`: find, findOne, create, update, delete. */
import { articleData, articleKey, jsonBody, KNOWN_LOCALES, localeValue, queryString, statusValue } from '../mutations';
import type { Random } from '../random';
import { contentApiAuth, describe, numberValue, rowsIn, type Generator } from './common';

const BASE = '/api/newsroom/articles';

/** Query parameters Strapi's REST API understands, aimed at the private and relation fields too. */
const restQuery = (random: Random, extra = 0) =>
  queryString(random, [
    ['status', () => statusValue(random), 0.4],
    ['locale', () => localeValue(random), 0.5],
    [random.pick(['populate', 'populate[previousArticle][populate]', 'populate[nextArticle]']), () => random.pick(['*', 'previousArticle', 'nextArticle', 'cover', 'autoSummary', 'x']), 0.25 + extra],
    [random.pick(['filters[title][$contains]', 'filters[previousArticle][documentId][$eq]', 'filters[$or][0][slug][$eq]', 'filters[autoSummary][$notNull]', 'filters[wordCount][$gt]']), () => random.pick(['a', 'true', '1', '%00', '']), 0.2 + extra],
    [random.pick(['sort', 'sort[0]']), () => random.pick(['title:asc', 'wordCount:desc', 'publishedAt', 'nope:sideways']), 0.15 + extra],
    [random.pick(['pagination[pageSize]', 'pagination[page]', 'pagination[limit]', 'pagination[start]']), () => numberValue(random), 0.15 + extra],
    ['fields[0]', () => random.pick(['title', 'autoSummary', 'wordCount', 'body']), 0.1 + extra],
  ]);

export const articlesRequest: Generator = (random, context) => {
  const action = random.weighted({ find: 25, findOne: 25, create: 20, update: 22, delete: 8 });
  const auth = contentApiAuth(random);
  const locale = random.chance(0.85) ? random.pick(KNOWN_LOCALES) : localeValue(random);
  const query = restQuery(random, action === 'find' ? 0.2 : 0);
  if (action === 'find') {
    return { family: 'articles', route: `GET ${BASE}`, method: 'GET', path: `${BASE}${query.text}`, auth, mutation: describe(query.kinds) };
  }
  const { key, kind } = articleKey(random, rowsIn(context, locale).length > 0 ? rowsIn(context, locale) : context.rows);
  if (action === 'findOne' || action === 'delete') {
    return {
      family: 'articles',
      route: `${action === 'findOne' ? 'GET' : 'DELETE'} ${BASE}/:documentId`,
      method: action === 'findOne' ? 'GET' : 'DELETE',
      path: `${BASE}/${key}${query.text}`,
      auth,
      mutation: describe(`id:${kind}`, query.kinds),
    };
  }
  const { data, kinds } = articleData(random, context.rows, locale);
  const body = jsonBody(random, random.chance(0.95) ? { data } : data);
  const mutation = describe(action === 'update' ? `id:${kind}` : '', query.kinds, kinds, body.kind === 'json' ? '' : body.kind);
  return action === 'create'
    ? { family: 'articles', route: `POST ${BASE}`, method: 'POST', path: `${BASE}${query.text}`, body: body.body, contentType: 'application/json', auth, mutation }
    : { family: 'articles', route: `PUT ${BASE}/:documentId`, method: 'PUT', path: `${BASE}/${key}${query.text}`, body: body.body, contentType: 'application/json', auth, mutation };
};
