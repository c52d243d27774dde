/**
 * What the restricted admins are shown: an admin answer (2xx to a GET under
 * `/newsroom/`) sent with `admin-fr` or `admin-creator` must name no article the
 * role may not read. Every string of the answer that is a served article's
 * documentId is looked up: `admin-fr` may read built-in articles that have a French
 * version, `admin-creator` the articles it created. (A documentId is shared by an
 * article's locales, so an English answer naming an article that also has a French
 * version is not caught.)
 */
import type { Knex } from 'knex';

import type { FuzzResult } from './client';
import { TYPES } from './content-types';
import type { RestrictedAdmins } from './credentials';
import type { InvariantResult } from './invariants';

interface Owned {
  type: string;
  locales: Set<string | null>;
  creators: Set<number>;
}

/** Every served article by documentId: its type, the locales it has and who created its versions. */
export const loadArticleOwners = async (knex: Knex): Promise<Map<string, Owned>> => {
  const owners = new Map<string, Owned>();
  for (const type of TYPES) {
    const rows = await knex(type.tables.articles).select('document_id', 'locale', 'created_by_id');
    for (const row of rows) {
      const owned = owners.get(row.document_id) ?? { type: type.uid, locales: new Set(), creators: new Set() };
      owned.locales.add(row.locale ?? null);
      if (row.created_by_id !== null && row.created_by_id !== undefined) owned.creators.add(Number(row.created_by_id));
      owners.set(row.document_id, owned);
    }
  }
  return owners;
};

const mayRead = (auth: string, owned: Owned, restricted: RestrictedAdmins) =>
  auth === 'admin-fr' ? owned.type === 'plugin::newsroom.article' && owned.locales.has('fr') : owned.creators.has(restricted.creatorId);

/** Every string in a JSON value (an explicit stack: answers can be deep). */
const stringsOf = (value: unknown): string[] => {
  const found: string[] = [];
  const stack = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') found.push(current);
    else if (Array.isArray(current)) stack.push(...current);
    else if (current !== null && typeof current === 'object') stack.push(...Object.values(current));
  }
  return found;
};

/** The articles a batch of restricted admins' answers named though the role may not read them. */
export const leakedArticles = (results: FuzzResult[], owners: Map<string, Owned>, restricted: RestrictedAdmins) =>
  results.flatMap((result) => {
    if (result.body === undefined) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(result.body);
    } catch {
      return [];
    }
    return [...new Set(stringsOf(parsed))]
      .filter((text) => {
        const owned = owners.get(text);
        return owned !== undefined && !mayRead(result.request.auth, owned, restricted);
      })
      .map((documentId) => ({
        index: result.index,
        auth: result.request.auth,
        route: result.request.route,
        path: result.request.path.slice(0, 200),
        documentId,
      }));
  });

export const visibilityResult = (leaks: unknown[]): InvariantResult => ({
  name: 'admin answers to restricted admins name only articles they may read',
  ok: leaks.length === 0,
  examples: leaks.slice(0, 5),
  count: leaks.length,
});
