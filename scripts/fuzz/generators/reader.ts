/** The reader routes: `/api/newsroom/read/:key` and `/api/newsroom/articles/:key/{neighbors,summary,reading-order}`, on any type. */
import { POST } from '../content-types';
import { articleKey, jsonBody, localeValue, queryString, statusValue, typeParam, withQuery } from '../mutations';
import { contentApiAuth, describe, localeChance, numberValue, pluginRoute, type Generator } from './common';

const ROUTES = [
  { prefix: '/api/newsroom/read/', suffix: '', route: 'GET /api/newsroom/read/:slugOrDocumentId' },
  { prefix: '/api/newsroom/articles/', suffix: '/neighbors', route: 'GET /api/newsroom/articles/:key/neighbors' },
  { prefix: '/api/newsroom/articles/', suffix: '/summary', route: 'GET /api/newsroom/articles/:key/summary' },
  { prefix: '/api/newsroom/articles/', suffix: '/reading-order', route: 'GET /api/newsroom/articles/:key/reading-order' },
];

/** The series routes, with keys that name no series or hostile ones, and `read` lists good and bad. */
const seriesRequest: Generator = (random, { rows }) => {
  const key = random.pick([
    'nosuchseries',
    'bench-series-500',
    '%00',
    'x'.repeat(300),
    encodeURIComponent('é'),
    ...rows.slice(0, 3).map((row) => row.documentId),
  ]);
  const continues = random.chance(0.5);
  const query = queryString(random, [
    ['locale', () => localeValue(random), 0.4],
    ['page', () => numberValue(random), continues ? 0 : 0.3],
    ['pageSize', () => numberValue(random), continues ? 0 : 0.3],
    ['read', () => random.pick(['', ',', 'a,,b', rows.map((row) => row.documentId).join(','), 'x'.repeat(2000)]), continues ? 0.8 : 0],
  ]);
  const route = continues ? 'GET /api/newsroom/series/:key/continue' : 'GET /api/newsroom/series/:key';
  return {
    family: 'reader',
    route,
    method: 'GET',
    path: `/api/newsroom/series/${key}${continues ? '/continue' : ''}${query.text}`,
    auth: contentApiAuth(random),
    mutation: describe(query.kinds),
  };
};

/** `POST /api/newsroom/series/:key/continue`: the long-list form, with lists at and past the limit and bodies of the wrong shape. */
const continueBodyRequest: Generator = (random, { rows }) => {
  const key = random.pick(['nosuchseries', 'bench-series-500', '%00', ...rows.slice(0, 3).map((row) => row.documentId)]);
  const ids = (count: number) =>
    Array.from({ length: count }, (_, index) => rows[index % Math.max(rows.length, 1)]?.documentId ?? `doc${index}`);
  const read = random.pick<unknown>([ids(3), ids(1000), ids(1001), [rows[0]?.slug ?? 'a-slug'], [''], [1, 2], 'a,b', { a: 1 }, null]);
  const value: Record<string, unknown> = { read };
  if (random.chance(0.1)) value.extra = true;
  const body = jsonBody(random, value);
  const query = queryString(random, [['locale', () => localeValue(random), 0.4]]);
  return {
    family: 'reader',
    route: 'POST /api/newsroom/series/:key/continue',
    method: 'POST',
    path: `/api/newsroom/series/${key}/continue${query.text}`,
    body: body.body,
    contentType: 'application/json',
    auth: contentApiAuth(random),
    mutation: describe(
      Array.isArray(read) ? `read:${read.length}` : `read:${read === null ? 'null' : typeof read}`,
      query.kinds,
      body.kind === 'json' ? '' : body.kind
    ),
  };
};

export const readerRequest: Generator = (random, context) => {
  if (random.chance(0.03)) return continueBodyRequest(random, context);
  if (random.chance(0.1)) return seriesRequest(random, context);
  const { type, rows } = context;
  const target = random.pick(ROUTES);
  const { key, kind } = articleKey(random, rows);
  const query = queryString(random, [
    ['locale', () => localeValue(random), localeChance(type, 0.6)],
    ['status', () => statusValue(random), 0.15],
    ['populate', () => random.pick(['*', type.fields.previous, type.fields.body]), 0.08],
    ['before', () => numberValue(random), target.suffix === '/reading-order' ? 0.4 : 0.05],
    ['after', () => numberValue(random), target.suffix === '/reading-order' ? 0.4 : 0.05],
    // The Post has scopes (category, tags): more of its reads are scoped, so cached scoped answers are there for writes to make stale.
    [
      'scope',
      () => random.pick(['category', 'tags', 'author', '', 'x'.repeat(300), ...(type === POST ? ['tags'] : [])]),
      target.suffix === '' || target.suffix === '/neighbors' ? (type === POST ? 0.35 : 0.2) : 0.03,
    ],
  ]);
  const typeQuery = typeParam(random, type);
  return {
    family: 'reader',
    route: pluginRoute(target.route, type, typeQuery.kind),
    method: 'GET',
    path: withQuery(`${target.prefix}${key}${target.suffix}${query.text}`, typeQuery.text),
    auth: contentApiAuth(random),
    mutation: describe(`id:${kind}`, query.kinds, typeQuery.kind),
  };
};
