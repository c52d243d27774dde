/** What every route generator shares: its inputs and the choice of credentials. */
import { ARTICLE, localized, type FuzzType } from '../content-types';
import type { Random } from '../random';
import type { ArticleRow, Auth, FuzzRequest } from '../types';

/** The type a request aims at, and that type's rows. */
export interface GeneratorContext {
  type: FuzzType;
  rows: ArticleRow[];
}

export type Generator = (random: Random, context: GeneratorContext) => FuzzRequest;

/** Content API routes: mostly anonymous and API tokens, some admin JWTs (a wrong kind of credential). */
export const contentApiAuth = (random: Random): Auth => random.weighted({ none: 35, 'read-only': 20, 'full-access': 35, admin: 10 });

/** Admin routes: mostly an admin JWT, so the handlers run (a full one, or one limited to a locale or to its own articles); sometimes none or an API token. */
export const adminAuth = (random: Random): Auth =>
  random.weighted({ admin: 66, 'admin-fr': 8, 'admin-creator': 8, none: 8, 'full-access': 5, 'read-only': 5 });

/** A number-ish query value: valid, negative, huge or not a number. */
export const numberValue = (random: Random) => random.pick(['0', '1', '2', '5', '50', '51', '-1', '1e9', 'abc', '2.5', '']);

/** How often a generator names a locale: `chance` for a localized type; rarely, as a stray value, for a type without i18n. */
export const localeChance = (type: FuzzType, chance: number) => (localized(type) ? chance : 0.1);

/** Rows of one locale when the generator wants a coherent request. */
export const rowsIn = (context: Pick<GeneratorContext, 'rows'>, locale: string | null) =>
  context.rows.filter((row) => row.locale === locale);

export const describe = (...parts: Array<string | string[]>) => parts.flat().filter(Boolean).join(', ') || 'plain';

/** A plugin route's label in the report: the type it served (none for the built-in article), or that `type=` was hostile. */
export const pluginRoute = (route: string, type: FuzzType, typeKind: string) =>
  typeKind ? `${route} [${typeKind}]` : type === ARTICLE ? route : `${route} [${type.uid}]`;
