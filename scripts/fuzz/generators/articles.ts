/** A served type's REST routes (`/api/newsroom/articles`, `/api/posts`): find, findOne, create, update, delete. */
import type { FuzzType } from '../content-types';
import { articleData, articleKey, jsonBody, localeValue, queryString, statusValue, typeLocale } from '../mutations';
import type { Random } from '../random';
import { contentApiAuth, describe, localeChance, numberValue, rowsIn, type Generator } from './common';

/** Query parameters Strapi's REST API understands, aimed at the server-owned and relation fields too. */
const restQuery = (random: Random, type: FuzzType, extra = 0) => {
  const { fields, serverOwned } = type;
  return queryString(random, [
    ['status', () => statusValue(random), 0.4],
    ['locale', () => localeValue(random), localeChance(type, 0.5)],
    [
      random.pick(['populate', `populate[${fields.previous}][populate]`, `populate[${fields.next}]`]),
      () => random.pick(['*', fields.previous, fields.next, fields.cover ?? 'x', serverOwned.autoSummary, fields.body, 'x']),
      0.25 + extra,
    ],
    [
      random.pick([
        `filters[${fields.title}][$contains]`,
        `filters[${fields.previous}][documentId][$eq]`,
        `filters[$or][0][${fields.slug}][$eq]`,
        `filters[${serverOwned.autoSummary}][$notNull]`,
        `filters[${serverOwned.wordCount}][$gt]`,
      ]),
      () => random.pick(['a', 'true', '1', '%00', '']),
      0.2 + extra,
    ],
    [
      random.pick(['sort', 'sort[0]']),
      () => random.pick([`${fields.title}:asc`, `${serverOwned.wordCount}:desc`, 'publishedAt', 'nope:sideways']),
      0.15 + extra,
    ],
    [
      random.pick(['pagination[pageSize]', 'pagination[page]', 'pagination[limit]', 'pagination[start]']),
      () => numberValue(random),
      0.15 + extra,
    ],
    ['fields[0]', () => random.pick([fields.title, serverOwned.autoSummary, serverOwned.wordCount, fields.body]), 0.1 + extra],
  ]);
};

export const articlesRequest: Generator = (random, context) => {
  const { type } = context;
  const base = type.restBase;
  const action = random.weighted({ find: 25, findOne: 25, create: 20, update: 22, delete: 8 });
  const auth = contentApiAuth(random);
  const locale = random.chance(0.85) ? typeLocale(random, type) : localeValue(random);
  const query = restQuery(random, type, action === 'find' ? 0.2 : 0);
  if (action === 'find') {
    return { family: 'articles', route: `GET ${base}`, method: 'GET', path: `${base}${query.text}`, auth, mutation: describe(query.kinds) };
  }
  const { key, kind } = articleKey(random, rowsIn(context, locale).length > 0 ? rowsIn(context, locale) : context.rows);
  if (action === 'findOne' || action === 'delete') {
    return {
      family: 'articles',
      route: `${action === 'findOne' ? 'GET' : 'DELETE'} ${base}/:documentId`,
      method: action === 'findOne' ? 'GET' : 'DELETE',
      path: `${base}/${key}${query.text}`,
      auth,
      mutation: describe(`id:${kind}`, query.kinds),
    };
  }
  const { data, kinds } = articleData(random, type, context.rows, locale);
  const body = jsonBody(random, random.chance(0.95) ? { data } : data);
  const mutation = describe(action === 'update' ? `id:${kind}` : '', query.kinds, kinds, body.kind === 'json' ? '' : body.kind);
  return action === 'create'
    ? {
        family: 'articles',
        route: `POST ${base}`,
        method: 'POST',
        path: `${base}${query.text}`,
        body: body.body,
        contentType: 'application/json',
        auth,
        mutation,
      }
    : {
        family: 'articles',
        route: `PUT ${base}/:documentId`,
        method: 'PUT',
        path: `${base}/${key}${query.text}`,
        body: body.body,
        contentType: 'application/json',
        auth,
        mutation,
      };
};
