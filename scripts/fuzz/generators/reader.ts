/** The reader routes: `/api/newsroom/read/:key` and `/api/newsroom/articles/:key/{neighbors,summary,reading-order}`. */
import { articleKey, localeValue, queryString, statusValue } from '../mutations';
import { contentApiAuth, describe, numberValue, type Generator } from './common';

const ROUTES = [
  { prefix: '/api/newsroom/read/', suffix: '', route: 'GET /api/newsroom/read/:slugOrDocumentId' },
  { prefix: '/api/newsroom/articles/', suffix: '/neighbors', route: 'GET /api/newsroom/articles/:key/neighbors' },
  { prefix: '/api/newsroom/articles/', suffix: '/summary', route: 'GET /api/newsroom/articles/:key/summary' },
  { prefix: '/api/newsroom/articles/', suffix: '/reading-order', route: 'GET /api/newsroom/articles/:key/reading-order' },
];

export const readerRequest: Generator = (random, { rows }) => {
  const target = random.pick(ROUTES);
  const { key, kind } = articleKey(random, rows);
  const query = queryString(random, [
    ['locale', () => localeValue(random), 0.6],
    ['status', () => statusValue(random), 0.15],
    ['populate', () => random.pick(['*', 'previousArticle', 'body']), 0.08],
    ['before', () => numberValue(random), target.suffix === '/reading-order' ? 0.4 : 0.05],
    ['after', () => numberValue(random), target.suffix === '/reading-order' ? 0.4 : 0.05],
  ]);
  return {
    family: 'reader',
    route: target.route,
    method: 'GET',
    path: `${target.prefix}${key}${target.suffix}${query.text}`,
    auth: contentApiAuth(random),
    mutation: describe(`id:${kind}`, query.kinds),
  };
};
