import type { Core } from '@strapi/strapi';

import { scopeTag } from '../../../contracts/reader';
import { getService } from '../accessors';
import type { NewsroomType } from '../registry';
import { localeCodes } from '../locales';
import { inTransaction } from '../services/database';
import { documentMiddleware, type DocumentMiddleware } from './document-middleware';

/** Document actions that can change which articles a related document holds. */
const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

type RelationAttribute = { type: string; target?: string };

/**
 * The served types with a relation scope pointing at `uid` (the post types a tag
 * scopes), read from the schemas once: the registry is complete by the first call.
 */
const scopedTypesOf = (strapi: Core.Strapi) => {
  let byTarget: Map<string, NewsroomType[]> | null = null;
  return (uid: string): NewsroomType[] => {
    if (!byTarget) {
      byTarget = new Map();
      for (const type of getService(strapi, 'types').all()) {
        const attributes = strapi.contentType(type.uid).attributes as Record<string, RelationAttribute>;
        for (const scope of type.scopes.values()) {
          const target = scope.kind === 'relation' ? attributes[scope.name]?.target : undefined;
          if (!target || target === type.uid) continue;
          byTarget.set(target, [...(byTarget.get(target) ?? []).filter((known) => known.uid !== type.uid), type]);
        }
      }
    }
    return byTarget.get(uid) ?? [];
  };
};

/**
 * A scope's relation can change from its other side: connecting a post to a tag in
 * the tag's own edit view changes which posts share that tag, and no write of a post
 * happens. Every write of a document that a served type's relation scope points at
 * drops the type's scoped answers (`newsroom-scope:<type>[:<locale>]`) at commit, on
 * every instance. Coarse on purpose: tag edits are rare next to reads, and working
 * out which posts moved would cost more than recomputing a few scoped answers.
 */
export const scopeTargetsMiddleware = (strapi: Core.Strapi): DocumentMiddleware => {
  const scopedTypes = scopedTypesOf(strapi);
  return documentMiddleware(async (call, next) => {
    if (!WRITES.has(call.action)) return next();
    const reached = scopedTypes(call.uid);
    if (reached.length === 0) return next();
    return inTransaction(strapi, async (trx) => {
      const result = await next();
      const codes = reached.some((type) => type.localized) ? await localeCodes(strapi) : [];
      const tags = reached.flatMap((type) => (type.localized ? codes.map((code) => scopeTag(type.uid, code)) : [scopeTag(type.uid, null)]));
      await getService(strapi, 'revalidation').dropTags(trx, tags);
      return result;
    });
  });
};
