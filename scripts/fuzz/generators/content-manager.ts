/** The Content Manager routes of a served type, bulk actions included. */
import { linkedDrafts } from '../chains';
import { localized, type FuzzType } from '../content-types';
import { articleData, articleKey, jsonBody, localeValue, typeLocale } from '../mutations';
import type { Random } from '../random';
import type { ArticleRow, FuzzRequest } from '../types';
import { adminAuth, describe, rowsIn, type Generator } from './common';

const BULK_ACTIONS = ['bulkDelete', 'bulkPublish', 'bulkUnpublish'] as const;

/** `?locale=` as the admin sends it (none for a type without i18n), or missing, unknown, repeated or an object. */
const localeQuery = (random: Random, type: FuzzType, locale: string | null) =>
  random.chance(0.75)
    ? locale === null
      ? ''
      : `?locale=${locale}`
    : random.pick([
        '',
        `?locale=${localeValue(random)}`,
        `?locale=${locale ?? 'en'}&locale=fr`,
        '?locale[$ne]=x',
        '?locale[]=',
        ...(localized(type) ? [] : ['?locale=en']),
      ]);

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

export const bulkRequest = (random: Random, type: FuzzType, rows: ArticleRow[], action = random.pick(BULK_ACTIONS)): FuzzRequest => {
  const base = type.contentManagerBase;
  const locale = typeLocale(random, type);
  const ids = bulkIds(random, rowsIn({ rows }, locale));
  const body = jsonBody(random, random.chance(0.95) ? { documentIds: ids.value } : { ids: ids.value });
  return {
    family: 'content-manager',
    route: `POST ${base}/actions/${action}`,
    method: 'POST',
    path: `${base}/actions/${action}${localeQuery(random, type, locale)}`,
    body: body.body,
    contentType: 'application/json',
    auth: adminAuth(random),
    mutation: describe(`ids:${ids.kind}`, body.kind === 'json' ? '' : body.kind),
  };
};

export const contentManagerRequest: Generator = (random, context) => {
  const { type } = context;
  const base = type.contentManagerBase;
  const action = random.weighted({
    find: 8,
    findOne: 8,
    create: 16,
    update: 18,
    publish: 14,
    unpublish: 8,
    discard: 6,
    delete: 6,
    bulk: 16,
  });
  if (action === 'bulk') return bulkRequest(random, type, context.rows);
  const locale = typeLocale(random, type);
  const rows = rowsIn(context, locale);
  const query = localeQuery(random, type, locale);
  const auth = adminAuth(random);
  const common = { family: 'content-manager' as const, auth };
  if (action === 'find') {
    const extra = random.pick([
      '',
      '&status=draft',
      '&status=published&status=draft',
      `&sort=${type.serverOwned.wordCount}:DESC`,
      `&filters[$and][0][${type.serverOwned.autoSummary}][$notNull]=true`,
      '&pageSize=1000',
      '&page=-1',
    ]);
    return {
      ...common,
      route: `GET ${base}`,
      method: 'GET',
      path: `${base}${query || '?'}${extra}`,
      mutation: describe(extra ? `query ${extra}` : ''),
    };
  }
  const { key, kind } =
    random.chance(0.9) && rows.length > 0 ? { key: random.pick(rows).documentId, kind: 'documentId' } : articleKey(random, rows);
  const withBody = (route: string, path: string, value: unknown, kinds: string[] = []): FuzzRequest => {
    const body = jsonBody(random, value);
    return {
      ...common,
      route,
      method: route.startsWith('PUT') ? 'PUT' : 'POST',
      path,
      body: body.body,
      contentType: 'application/json',
      mutation: describe(`id:${kind}`, kinds, body.kind === 'json' ? '' : body.kind),
    };
  };
  switch (action) {
    case 'findOne':
      return { ...common, route: `GET ${base}/:documentId`, method: 'GET', path: `${base}/${key}${query}`, mutation: `id:${kind}` };
    case 'delete':
      return { ...common, route: `DELETE ${base}/:documentId`, method: 'DELETE', path: `${base}/${key}${query}`, mutation: `id:${kind}` };
    case 'create': {
      const { data, kinds } = articleData(random, type, context.rows, locale);
      return withBody(`POST ${base}`, `${base}${query}`, data, kinds);
    }
    case 'update': {
      const { data, kinds } = articleData(random, type, context.rows, locale);
      return withBody(`PUT ${base}/:documentId`, `${base}/${key}${query}`, data, kinds);
    }
    case 'publish': {
      const { data, kinds } = random.chance(0.5) ? articleData(random, type, context.rows, locale) : { data: {}, kinds: [] };
      return withBody(`POST ${base}/:documentId/actions/publish`, `${base}/${key}/actions/publish${query}`, data, kinds);
    }
    case 'unpublish':
      return withBody(`POST ${base}/:documentId/actions/unpublish`, `${base}/${key}/actions/unpublish${query}`, {
        discardDraft: random.pick([true, false, 'x']),
      });
    default:
      return withBody(`POST ${base}/:documentId/actions/discard`, `${base}/${key}/actions/discard${query}`, {});
  }
};
