/** The plugin's admin routes under `/newsroom`: settings, summary suggestion, search, reading order, links, the workspace's orders, on any type. */
import { loopClosingLink } from '../chains';
import type { FuzzType } from '../content-types';
import {
  articleKey,
  blocksBody,
  dynamicZoneBody,
  jsonBody,
  localeValue,
  queryString,
  text,
  typeLocale,
  typeParam,
  withQuery,
} from '../mutations';
import type { Random } from '../random';
import type { ArticleRow } from '../types';
import { adminAuth, describe, localeChance, numberValue, pluginRoute, type Generator } from './common';

/** A link target for the links route: a real article, null, blank, unknown or of another type. */
const linkTarget = (random: Random, rows: ArticleRow[]): unknown =>
  random.weighted({ real: 60, null: 12, blank: 8, unknown: 8, wrong: 6, absent: 6 }) === 'real' && rows.length > 0
    ? random.pick(rows).documentId
    : random.pick([null, '   ', '', 'nonexistentdocumentid0000', 42, { documentId: 'x' }, undefined, 'a\u0000b']);

const linksBody = (random: Random, type: FuzzType, rows: ArticleRow[], self: ArticleRow | undefined) => {
  const loop = random.chance(0.2) ? loopClosingLink(random, rows) : undefined;
  if (loop)
    return {
      documentId: loop.from.documentId,
      value: { previous: loop.to.documentId, locale: loop.from.locale ?? undefined, dryRun: random.chance(0.3) },
      kind: 'closes loop',
    };
  const value: Record<string, unknown> = {};
  if (random.chance(0.7)) value.previous = random.chance(0.05) && self ? self.documentId : linkTarget(random, rows);
  if (random.chance(0.6)) value.next = linkTarget(random, rows);
  if (random.chance(localeChance(type, 0.5)))
    value.locale = random.chance(0.8) ? (self?.locale ?? typeLocale(random, type) ?? 'en') : localeValue(random);
  if (random.chance(0.35)) value.dryRun = random.pick([true, false, 'yes', 1, null]);
  if (random.chance(0.04)) value.extra = 1;
  return { documentId: undefined, value, kind: 'links' };
};

/**
 * A reorder body: mostly a shuffled run of real articles of one locale around the
 * route's article, sometimes with a duplicate, an article of another locale or
 * type, a non-string, or a bad `apply`.
 */
const reorderBody = (random: Random, rows: ArticleRow[], self: ArticleRow) => {
  const sameLocale = [...new Map(rows.filter((row) => row.locale === self.locale).map((row) => [row.documentId, row])).keys()];
  const order = [self.documentId];
  for (const documentId of sameLocale)
    if (documentId !== self.documentId && random.chance(0.3)) order.splice(random.int(0, order.length), 0, documentId);
  const kinds: string[] = [];
  const spoil = (kind: string, change: () => void) => {
    if (!random.chance(0.05)) return;
    change();
    kinds.push(kind);
  };
  spoil('duplicate', () => order.push(order[0]));
  spoil('bad id', () => order.push(random.pick(['nonexistentdocumentid0000', 42 as unknown as string, ''])));
  spoil('without self', () => order.splice(0, 1));
  const other = rows.find((row) => row.locale !== self.locale);
  if (other) spoil('other locale', () => order.push(other.documentId));
  const apply =
    random.weighted({ published: 45, draft: 45, bad: 10 }) === 'bad'
      ? random.pick(['both', undefined, ['draft'], true])
      : random.pick(['published', 'draft']);
  return { value: { order, apply }, kind: describe('reorder', kinds) };
};

/** A summary suggestion's `body`, in the type's shape or the other one. */
const suggestedBody = (random: Random, type: FuzzType) => {
  if (random.chance(0.3)) return text(random);
  const ownShape = random.chance(0.85);
  return (type.body === 'dynamic-zone') === ownShape ? dynamicZoneBody(random).value : blocksBody(random);
};

export const adminRequest: Generator = (random, { type, rows }) => {
  const route = random.weighted({
    settings: 5,
    suggest: 20,
    search: 25,
    readingOrder: 20,
    links: 30,
    orders: 5,
    order: 5,
    reorder: 15,
    series: 5,
    articleSeries: 4,
  });
  const auth = adminAuth(random);
  const typeQuery = typeParam(random, type);
  const request = (pattern: string, path: string) => ({
    family: 'admin' as const,
    auth,
    route: pluginRoute(pattern, type, typeQuery.kind),
    path: withQuery(path, typeQuery.text),
  });
  switch (route) {
    case 'settings':
      return {
        ...request('GET /newsroom/settings', `/newsroom/settings${random.chance(0.3) ? '?locale[$ne]=x' : ''}`),
        method: 'GET',
        mutation: describe(typeQuery.kind),
      };
    case 'suggest': {
      const value: Record<string, unknown> = {};
      if (random.chance(0.75)) value.body = suggestedBody(random, type);
      if (random.chance(0.3) && rows.length > 0)
        value.documentId = random.chance(0.8) ? random.pick(rows).documentId : random.pick([' ', '', 'nope', 5]);
      if (random.chance(localeChance(type, 0.4))) value.locale = localeValue(random);
      const body = jsonBody(random, value);
      return {
        ...request('POST /newsroom/summary/suggest', '/newsroom/summary/suggest'),
        method: 'POST',
        body: body.body,
        contentType: 'application/json',
        mutation: describe(Object.keys(value), body.kind === 'json' ? '' : body.kind, typeQuery.kind),
      };
    }
    case 'search': {
      const query = queryString(random, [
        [
          'q',
          () => encodeURIComponent(random.chance(0.8) ? random.pick(['a', 'the', 'la', '%', '_', "'", '']) : text(random).slice(0, 400)),
          0.8,
        ],
        ['exclude', () => (rows.length > 0 && random.chance(0.7) ? random.pick(rows).documentId : random.pick(['', '%20', 'x'])), 0.4],
        ['locale', () => localeValue(random), localeChance(type, 0.5)],
        ['page', () => numberValue(random), 0.2],
        ['pageSize', () => numberValue(random), 0.2],
      ]);
      return {
        ...request('GET /newsroom/articles/search', `/newsroom/articles/search${query.text}`),
        method: 'GET',
        mutation: describe(query.kinds, typeQuery.kind),
      };
    }
    case 'readingOrder': {
      const { key, kind } = articleKey(random, rows);
      const query = queryString(random, [
        ['locale', () => localeValue(random), localeChance(type, 0.6)],
        ['before', () => numberValue(random), 0.3],
        ['after', () => numberValue(random), 0.3],
      ]);
      return {
        ...request('GET /newsroom/articles/:documentId/reading-order', `/newsroom/articles/${key}/reading-order${query.text}`),
        method: 'GET',
        mutation: describe(`id:${kind}`, query.kinds, typeQuery.kind),
      };
    }
    case 'orders': {
      const query = queryString(random, [
        [
          'q',
          () => encodeURIComponent(random.chance(0.8) ? random.pick(['a', 'the', '%', '_', "'", '']) : text(random).slice(0, 400)),
          0.6,
        ],
        ['locale', () => localeValue(random), localeChance(type, 0.5)],
        ['page', () => numberValue(random), 0.3],
        ['pageSize', () => numberValue(random), 0.3],
      ]);
      return {
        ...request('GET /newsroom/orders', `/newsroom/orders${query.text}`),
        method: 'GET',
        mutation: describe(query.kinds, typeQuery.kind),
      };
    }
    case 'order': {
      const { key, kind } = articleKey(random, rows);
      const query = queryString(random, [['locale', () => localeValue(random), localeChance(type, 0.6)]]);
      return {
        ...request('GET /newsroom/orders/:documentId', `/newsroom/orders/${key}${query.text}`),
        method: 'GET',
        mutation: describe(`id:${kind}`, query.kinds, typeQuery.kind),
      };
    }
    case 'series': {
      const key = random.pick(['nosuchseries', '%00', 'x'.repeat(300), ...rows.slice(0, 2).map((row) => row.documentId)]);
      const value = random.chance(0.8)
        ? { articles: rows.slice(0, random.int(0, 5)).map((row) => row.documentId) }
        : random.pick([{ articles: 'x' }, { articles: [{ $ne: 1 }] }, {}, { articles: [], extra: 1 }]);
      const body = jsonBody(random, value);
      const query = random.chance(0.7) ? `?locale=${localeValue(random)}` : '';
      const method = random.chance(0.7) ? 'PUT' : 'GET';
      return {
        ...request(`${method} /newsroom/series/:documentId/articles`, `/newsroom/series/${key}/articles${query}`),
        method,
        ...(method === 'PUT' ? { body: body.body, contentType: 'application/json' } : {}),
        mutation: describe(body.kind === 'json' ? '' : body.kind),
      };
    }
    case 'articleSeries': {
      const { key, kind } = articleKey(random, rows);
      const query = queryString(random, [['locale', () => localeValue(random), localeChance(type, 0.6)]]);
      return {
        ...request('GET /newsroom/articles/:documentId/series', `/newsroom/articles/${key}/series${query.text}`),
        method: 'GET',
        mutation: describe(`id:${kind}`, query.kinds, typeQuery.kind),
      };
    }
    case 'reorder': {
      if (rows.length === 0) return adminRequest(random, { type, rows });
      const self = random.pick(rows);
      const reorder = reorderBody(random, rows, self);
      const body = jsonBody(random, reorder.value);
      const query = self.locale !== null ? `?locale=${random.chance(0.9) ? self.locale : localeValue(random)}` : '';
      return {
        ...request('PUT /newsroom/orders/:documentId', `/newsroom/orders/${encodeURIComponent(self.documentId)}${query}`),
        method: 'PUT',
        body: body.body,
        contentType: 'application/json',
        mutation: describe(reorder.kind, body.kind === 'json' ? '' : body.kind, typeQuery.kind),
      };
    }
    default: {
      const drafts = rows.filter((row) => !row.published);
      const self = rows.length > 0 ? random.pick(drafts.length > 0 ? drafts : rows) : undefined;
      const links = linksBody(random, type, rows, self);
      const target = links.documentId ?? (random.chance(0.85) && self ? encodeURIComponent(self.documentId) : articleKey(random, rows).key);
      const body = jsonBody(random, links.value);
      const ownLocale = typeLocale(random, type);
      const query = random.chance(0.3) && ownLocale !== null ? `?locale=${ownLocale}` : '';
      return {
        ...request('PUT /newsroom/articles/:documentId/links', `/newsroom/articles/${target}/links${query}`),
        method: 'PUT',
        body: body.body,
        contentType: 'application/json',
        mutation: describe(links.kind, Object.keys(links.value), body.kind === 'json' ? '' : body.kind, typeQuery.kind),
      };
    }
  }
};
