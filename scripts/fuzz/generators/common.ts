/** What every route generator shares: its inputs and the choice of credentials. */
import type { Random } from '../random';
import type { ArticleRow, Auth, FuzzRequest } from '../types';

export interface GeneratorContext {
  rows: ArticleRow[];
}

export type Generator = (random: Random, context: GeneratorContext) => FuzzRequest;

/** Content API routes: mostly anonymous and API tokens, some admin JWTs (a wrong kind of credential). */
export const contentApiAuth = (random: Random): Auth =>
  random.weighted({ none: 35, 'read-only': 20, 'full-access': 35, admin: 10 });

/** Admin routes: mostly an admin JWT, so the handlers run; sometimes none or an API token. */
export const adminAuth = (random: Random): Auth =>
  random.weighted({ admin: 82, none: 8, 'full-access': 5, 'read-only': 5 });

/** A number-ish query value: valid, negative, huge or not a number. */
export const numberValue = (random: Random) => random.pick(['0', '1', '2', '5', '50', '51', '-1', '1e9', 'abc', '2.5', '']);

/** Rows of one locale when the generator wants a coherent request. */
export const rowsIn = (context: GeneratorContext, locale: string) => context.rows.filter((row) => row.locale === locale);

export const describe = (...parts: Array<string | string[]>) => parts.flat().filter(Boolean).join(', ') || 'plain';
