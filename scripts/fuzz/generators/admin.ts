/** The plugin's admin routes under `/newsroom`: settings, summary suggestion, search, reading order, links, on any type. */
import { loopClosingLink } from '../chains';
import type { FuzzType } from '../content-types';
import { articleKey, blocksBody, dynamicZoneBody, jsonBody, localeValue, queryString, text, typeLocale, typeParam, withQuery } from '../mutations';
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
  if (loop) return { documentId: loop.from.documentId, value: { previous: loop.to.documentId, locale: loop.from.locale ?? undefined, dryRun: random.chance(0.3) }, kind: 'closes loop' };
  const value: Record<string, unknown> = {};
  if (random.chance(0.7)) value.previous = random.chance(0.05) && self ? self.documentId : linkTarget(random, rows);
  if (random.chance(0.6)) value.next = linkTarget(random, rows);
  if (random.chance(localeChance(type, 0.5))) value.locale = random.chance(0.8) ? self?.locale ?? typeLocale(random, type) ?? 'en' : localeValue(random);
  if (random.chance(0.35)) value.dryRun = random.pick([true, false, 'yes', 1, null]);
  if (random.chance(0.04)) value.extra = 1;
  return { documentId: undefined, value, kind: 'links' };
};

/** A summary suggestion's `body`, in the type's shape or the other one. */
const suggestedBody = (random: Random, type: FuzzType) => {
  if (random.chance(0.3)) return text(random);
  const ownShape = random.chance(0.85);
  return (type.body === 'dynamic-zone') === ownShape ? dynamicZoneBody(random).value : blocksBody(random);
};

export const adminRequest: Generator = (random, { type, rows }) => {
  const route = random.weighted({ settings: 5, suggest: 20, search: 25, readingOrder: 20, links: 30 });
  const auth = adminAuth(random);
  const typeQuery = typeParam(random, type);
  const request = (pattern: string, path: string) => ({ family: 'admin' as const, auth, route: pluginRoute(pattern, type, typeQuery.kind), path: withQuery(path, typeQuery.text) });
  switch (route) {
    case 'settings':
      return { ...request('GET /newsroom/settings', `/newsroom/settings${random.chance(0.3) ? '?locale[$ne]=x' : ''}`), method: 'GET', mutation: describe(typeQuery.kind) };
    case 'suggest': {
      const value: Record<string, unknown> = {};
      if (random.chance(0.75)) value.body = suggestedBody(random, type);
      if (random.chance(0.3) && rows.length > 0) value.documentId = random.chance(0.8) ? random.pick(rows).documentId : random.pick([' ', '', 'nope', 5]);
      if (random.chance(localeChance(type, 0.4))) value.locale = localeValue(random);
      const body = jsonBody(random, value);
      return { ...request('POST /newsroom/summary/suggest', '/newsroom/summary/suggest'), method: 'POST', body: body.body, contentType: 'application/json', mutation: describe(Object.keys(value), body.kind === 'json' ? '' : body.kind, typeQuery.kind) };
    }
    case 'search': {
      const query = queryString(random, [
        ['q', () => encodeURIComponent(random.chance(0.8) ? random.pick(['a', 'the', 'la', '%', '_', "'", '']) : text(random).slice(0, 400)), 0.8],
        ['exclude', () => (rows.length > 0 && random.chance(0.7) ? random.pick(rows).documentId : random.pick(['', '%20', 'x'])), 0.4],
        ['locale', () => localeValue(random), localeChance(type, 0.5)],
        ['page', () => numberValue(random), 0.2],
        ['pageSize', () => numberValue(random), 0.2],
      ]);
      return { ...request('GET /newsroom/articles/search', `/newsroom/articles/search${query.text}`), method: 'GET', mutation: describe(query.kinds, typeQuery.kind) };
    }
    case 'readingOrder': {
      const { key, kind } = articleKey(random, rows);
      const query = queryString(random, [
        ['locale', () => localeValue(random), localeChance(type, 0.6)],
        ['before', () => numberValue(random), 0.3],
        ['after', () => numberValue(random), 0.3],
      ]);
      return { ...request('GET /newsroom/articles/:documentId/reading-order', `/newsroom/articles/${key}/reading-order${query.text}`), method: 'GET', mutation: describe(`id:${kind}`, query.kinds, typeQuery.kind) };
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
