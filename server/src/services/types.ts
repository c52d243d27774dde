import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { ContentTypeSettings } from '../../../contracts/content-types';
import { getConfig } from '../accessors';
import type { NewsroomType } from '../registry/resolve';
import { scopeTablesOf, tablesOf, type ScopeTables, type TypeTables } from '../registry/tables';

/**
 * The content types the plugin serves: the built-in article and the site's own,
 * resolved and checked once at register time (register.ts). Everything that
 * names a type, its fields or its tables asks here.
 */
const types = ({ strapi }: { strapi: Core.Strapi }) => {
  let served: NewsroomType[] = [];
  const tables = new Map<string, TypeTables>();
  const scopeTables = new Map<string, ScopeTables>();

  /** The type a request that names none is about: the built-in article, or the first of `contentTypes` without it. */
  const defaultType = (): NewsroomType => served[0];
  const find = (uid: unknown) => (typeof uid === 'string' ? served.find((type) => type.uid === uid) : undefined);

  return {
    /** Called once, at register. */
    serve(resolved: NewsroomType[]) {
      served = resolved;
      tables.clear();
    },

    all: (): NewsroomType[] => served,

    defaultType,

    /** The served type with this uid, if any (document middlewares pass every uid through here). */
    find,

    /**
     * A `type` parameter as a request gave it: absent means the default type (the built-in
     * article, or the first of `contentTypes` when `builtInArticle` is off); anything else
     * must be served (400 naming the served ones).
     */
    fromParameter(uid: unknown): NewsroomType {
      if (uid === undefined || uid === '') return defaultType();
      const type = find(uid);
      if (type) return type;
      const known = served.map((item) => item.uid).join(', ');
      throw new errors.ValidationError(`type must be one of the content types the plugin serves: ${known}`, {
        field: 'type',
        allowed: served.map((item) => item.uid),
      });
    },

    /** Tables and columns of a type; the database metadata exists only once Strapi has loaded, hence the late look-up. */
    tables(type: NewsroomType): TypeTables {
      let found = tables.get(type.uid);
      if (!found) {
        found = tablesOf(strapi, type);
        tables.set(type.uid, found);
      }
      return found;
    },

    /** Where a scope of the type keeps its values (see `readingOrder.scopes`). */
    scopeTables(type: NewsroomType, scope: string): ScopeTables {
      const key = `${type.uid}|${scope}`;
      let found = scopeTables.get(key);
      if (!found) {
        found = scopeTablesOf(strapi, type, scope);
        scopeTables.set(key, found);
      }
      return found;
    },

    /** The longest automatic summary of the type: its summary field's own `maxLength`, else `summary.maxLength`. */
    summaryMaxLength: (type: NewsroomType): number => type.summaryMaxLength ?? getConfig(strapi).summary.maxLength,

    /** What the admin panels need to know of every served type. */
    async settings(): Promise<ContentTypeSettings[]> {
      return Promise.all(
        served.map(async (type) => ({
          uid: type.uid,
          displayName: type.displayName,
          localized: type.localized,
          fields: type.fields,
          summaryMaxLength: this.summaryMaxLength(type),
          bodyShape: type.bodyShape,
          // One indexed row at most per type: the Reading order page opens on a type that has articles.
          hasArticles: (await strapi.db.query(type.uid).findOne({ select: ['id'] })) !== null,
        }))
      );
    },
  };
};

export type TypesService = ReturnType<typeof types>;

export default types;
