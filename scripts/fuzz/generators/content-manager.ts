/** The Content Manager routes of `plugin::newsroom.article`, bulk actions included. */
import { linkedDrafts } from '../chains';
import { articleData, articleKey, jsonBody, KNOWN_LOCALES, localeValue } from '../mutations';
import type { Random } from '../random';
import type { ArticleRow, FuzzRequest } from '../types';
import { adminAuth, describe, rowsIn, type Generator } from './common';

const BASE = '/content-manager/collection-types/plugin::newsroom.article';

const BULK_ACTIONS = ['bulkDelete', 'bulkPublish', 'bulkUnpublish'] as const;

/** `?locale=` as the admin sends it, or missing, unknown, repeated or an object. */
const localeQuery = (random: Random, locale: string) =>
  random.chance(0.75)
    ? `?locale=${locale}`
    : random.pick(['', `?locale=${localeValue(random)}`, `?locale=${locale}&locale=fr`, '?locale[$ne]=x', '?locale[]=']);

/** Document ids for a bulk action: linked drafts, the same id twice, unknown ids, or a wrong shape. */
const bulkIds = (random: Random, rows: ArticleRow[]): { value: unknown; kind: string } => {
  const kind = random.weighted({ linked: 40, duplicate: 15, random: 20, unknown: 8, empty: 5, wrong: 12 });
  const chain = linkedDrafts(random, rows).map((row) => row.documentId);
  switch (kind) {
    case 'linked':
      return { value: chain, kind };
    case 'duplicate':
      return { value: chain.length > 0 ? [...chain, chain[0]] : [], kind };
    case 'random':
      return { value: Array.from({ length: random.int(1, 6) }, () => random.pick(rows)?.documentId ?? 'x'), kind };
    case 'unknown':
      return { value: ['nonexistentdocumentid0000', ...chain.slice(0, 1)], kind };
    case 'empty':
      return { value: [], kind };
    default:
      return { value: random.pick(['x', 5, null, [5], [null], [{ documentId: 'x' }], { $ne: 1 }]), kind };
  }
};

export const bulkRequest = (random: Random, rows: ArticleRow[], action = random.pick(BULK_ACTIONS)): FuzzRequest => {
  const locale = random.pick(KNOWN_LOCALES);
  const ids = bulkIds(random, rowsIn({ rows }, locale));
  const body = jsonBody(random, random.chance(0.95) ? { documentIds: ids.value } : { ids: ids.value });
  return {
    family: 'content-manager',
    route: `POST ${BASE}/actions/${action}`,
    method: 'POST',
    path: `${BASE}/actions/${action}${localeQuery(random, locale)}`,
    body: body.body,
    contentType: 'application/json',
    auth: adminAuth(random),
    mutation: describe(`ids:${ids.kind}`, body.kind === 'json' ? '' : body.kind),
  };
};

export const contentManagerRequest: Generator = (random, context) => {
  const action = random.weighted({ find: 8, findOne: 8, create: 16, update: 18, publish: 14, unpublish: 8, discard: 6, delete: 6, bulk: 16 });
  if (action === 'bulk') return bulkRequest(random, context.rows);
  const locale = random.pick(KNOWN_LOCALES);
  const rows = rowsIn(context, locale);
  const query = localeQuery(random, locale);
  const auth = adminAuth(random);
  const base = { family: 'content-manager' as const, auth };
  if (action === 'find') {
    const extra = random.pick(['', '&status=draft', '&status=published&status=draft', '&sort=wordCount:DESC', '&filters[$and][0][autoSummary][$notNull]=true', '&pageSize=1000', '&page=-1']);
    return { ...base, route: `GET ${BASE}`, method: 'GET', path: `${BASE}${query || '?'}${extra}`, mutation: describe(extra ? `query ${extra}` : '') };
  }
  const { key, kind } = random.chance(0.9) && rows.length > 0 ? { key: random.pick(rows).documentId, kind: 'documentId' } : articleKey(random, rows);
  const withBody = (route: string, path: string, value: unknown, kinds: string[] = []): FuzzRequest => {
    const body = jsonBody(random, value);
    return { ...base, route, method: route.startsWith('PUT') ? 'PUT' : 'POST', path, body: body.body, contentType: 'application/json', mutation: describe(`id:${kind}`, kinds, body.kind === 'json' ? '' : body.kind) };
  };
  switch (action) {
    case 'findOne':
      return { ...base, route: `GET ${BASE}/:documentId`, method: 'GET', path: `${BASE}/${key}${query}`, mutation: `id:${kind}` };
    case 'delete':
      return { ...base, route: `DELETE ${BASE}/:documentId`, method: 'DELETE', path: `${BASE}/${key}${query}`, mutation: `id:${kind}` };
    case 'create': {
      const { data, kinds } = articleData(random, context.rows, locale);
      return withBody(`POST ${BASE}`, `${BASE}${query}`, data, kinds);
    }
    case 'update': {
      const { data, kinds } = articleData(random, context.rows, locale);
      return withBody(`PUT ${BASE}/:documentId`, `${BASE}/${key}${query}`, data, kinds);
    }
    case 'publish': {
      const { data, kinds } = random.chance(0.5) ? articleData(random, context.rows, locale) : { data: {}, kinds: [] };
      return withBody(`POST ${BASE}/:documentId/actions/publish`, `${BASE}/${key}/actions/publish${query}`, data, kinds);
    }
    case 'unpublish':
      return withBody(`POST ${BASE}/:documentId/actions/unpublish`, `${BASE}/${key}/actions/unpublish${query}`, { discardDraft: random.pick([true, false, 'x']) });
    default:
      return withBody(`POST ${BASE}/:documentId/actions/discard`, `${BASE}/${key}/actions/discard${query}`, {});
  }
};
