/** The plugin's admin routes under `/newsroom`: settings, summary suggestion, search, reading order, links. */
import { loopClosingLink } from '../chains';
import { articleKey, blocksBody, jsonBody, KNOWN_LOCALES, localeValue, queryString, text } from '../mutations';
import type { Random } from '../random';
import type { ArticleRow } from '../types';
import { adminAuth, describe, numberValue, type Generator } from './common';

/** A link target for the links route: a real article, null, blank, unknown or of another type. */
const linkTarget = (random: Random, rows: ArticleRow[]): unknown =>
  random.weighted({ real: 60, null: 12, blank: 8, unknown: 8, wrong: 6, absent: 6 }) === 'real' && rows.length > 0
    ? random.pick(rows).documentId
    : random.pick([null, '   ', '', 'nonexistentdocumentid0000', 42, { documentId: 'x' }, undefined, 'a\u0000b']);

const linksBody = (random: Random, rows: ArticleRow[], self: ArticleRow | undefined) => {
  const loop = random.chance(0.2) ? loopClosingLink(random, rows) : undefined;
  if (loop) return { documentId: loop.from.documentId, value: { previous: loop.to.documentId, locale: loop.from.locale, dryRun: random.chance(0.3) }, kind: 'closes loop' };
  const value: Record<string, unknown> = {};
  if (random.chance(0.7)) value.previous = random.chance(0.05) && self ? self.documentId : linkTarget(random, rows);
  if (random.chance(0.6)) value.next = linkTarget(random, rows);
  if (random.chance(0.5)) value.locale = random.chance(0.8) ? self?.locale ?? 'en' : localeValue(random);
  if (random.chance(0.35)) value.dryRun = random.pick([true, false, 'yes', 1, null]);
  if (random.chance(0.04)) value.extra = 1;
  return { documentId: undefined, value, kind: 'links' };
};

export const adminRequest: Generator = (random, { rows }) => {
  const route = random.weighted({ settings: 5, suggest: 20, search: 25, readingOrder: 20, links: 30 });
  const auth = adminAuth(random);
  const base = { family: 'admin' as const, auth };
  switch (route) {
    case 'settings':
      return { ...base, route: 'GET /newsroom/settings', method: 'GET', path: `/newsroom/settings${random.chance(0.3) ? '?locale[$ne]=x' : ''}`, mutation: 'plain' };
    case 'suggest': {
      const value: Record<string, unknown> = {};
      if (random.chance(0.75)) value.body = random.chance(0.7) ? blocksBody(random) : text(random);
      if (random.chance(0.3) && rows.length > 0) value.documentId = random.chance(0.8) ? random.pick(rows).documentId : random.pick([' ', '', 'nope', 5]);
      if (random.chance(0.4)) value.locale = localeValue(random);
      const body = jsonBody(random, value);
      return { ...base, route: 'POST /newsroom/summary/suggest', method: 'POST', path: '/newsroom/summary/suggest', body: body.body, contentType: 'application/json', mutation: describe(Object.keys(value), body.kind === 'json' ? '' : body.kind) };
    }
    case 'search': {
      const query = queryString(random, [
        ['q', () => encodeURIComponent(random.chance(0.8) ? random.pick(['a', 'the', 'la', '%', '_', "'", '']) : text(random).slice(0, 400)), 0.8],
        ['exclude', () => (rows.length > 0 && random.chance(0.7) ? random.pick(rows).documentId : random.pick(['', '%20', 'x'])), 0.4],
        ['locale', () => localeValue(random), 0.5],
        ['page', () => numberValue(random), 0.2],
        ['pageSize', () => numberValue(random), 0.2],
      ]);
      return { ...base, route: 'GET /newsroom/articles/search', method: 'GET', path: `/newsroom/articles/search${query.text}`, mutation: describe(query.kinds) };
    }
    case 'readingOrder': {
      const { key, kind } = articleKey(random, rows);
      const query = queryString(random, [
        ['locale', () => localeValue(random), 0.6],
        ['before', () => numberValue(random), 0.3],
        ['after', () => numberValue(random), 0.3],
      ]);
      return { ...base, route: 'GET /newsroom/articles/:documentId/reading-order', method: 'GET', path: `/newsroom/articles/${key}/reading-order${query.text}`, mutation: describe(`id:${kind}`, query.kinds) };
    }
    default: {
      const self = rows.length > 0 ? random.pick(rows.filter((row) => !row.published).length > 0 ? rows.filter((row) => !row.published) : rows) : undefined;
      const links = linksBody(random, rows, self);
      const target = links.documentId ?? (random.chance(0.85) && self ? encodeURIComponent(self.documentId) : articleKey(random, rows).key);
      const body = jsonBody(random, links.value);
      const locale = random.chance(0.3) ? `?locale=${random.pick(KNOWN_LOCALES)}` : '';
      return { ...base, route: 'PUT /newsroom/articles/:documentId/links', method: 'PUT', path: `/newsroom/articles/${target}/links${locale}`, body: body.body, contentType: 'application/json', mutation: describe(links.kind, Object.keys(links.value), body.kind === 'json' ? '' : body.kind) };
    }
  }
};
