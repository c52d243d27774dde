/**
 * How far a Content Manager permission reaches into one locale, read from the
 * filters its permission checker builds (`sanitizedQuery.read({}).filters`). Strapi
 * writes them as `{ $or: [branch, ...] }`, one branch a permission, each branch
 * `{ $and: [condition, ...] }` with the permission's locales as
 * `{ locale: { $in: [...] } }` and its RBAC conditions ("is creator") beside them.
 * No Strapi import.
 */

/**
 * `all`: every article of the locale (no condition, or a branch that is a locale
 * condition naming it: a super admin's, a French-only editor's in French);
 * `none`: no article of it (every branch names other locales only);
 * `some`: the database decides article by article (an "is creator" condition, or a
 * filter of a shape this does not know).
 */
export type LocaleScope = 'all' | 'some' | 'none';

type Filters = Record<string, unknown>;

const isObject = (value: unknown): value is Filters => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The codes of a `{ locale: { $in: [...] } }` condition; null for any other condition. */
const localeCodes = (condition: unknown): string[] | null => {
  if (!isObject(condition) || Object.keys(condition).length !== 1 || !isObject(condition.locale)) return null;
  const { locale } = condition;
  if (Object.keys(locale).length !== 1 || !Array.isArray(locale.$in)) return null;
  return locale.$in.every((code) => typeof code === 'string') ? (locale.$in as string[]) : null;
};

/** What one permission (one branch of the `$or`) lets the role see of the locale. */
const branchScope = (branch: unknown, locale: string | null): LocaleScope => {
  if (!isObject(branch) || Object.keys(branch).length !== 1 || !Array.isArray(branch.$and)) return 'some';
  const conditions = branch.$and as unknown[];
  if (conditions.length === 0) return 'all';
  const locales = conditions.map(localeCodes);
  // A type without i18n has no locale to compare: the database reads such a condition.
  if (locale !== null && locales.some((codes) => codes !== null && !codes.includes(locale))) return 'none';
  return locale !== null && locales.every((codes) => codes !== null) ? 'all' : 'some';
};

/** How far a permission filter (undefined or `{}`: no filter) reaches into the articles of `locale` (null: a type without i18n). */
export const localeScope = (filters: Filters | undefined, locale: string | null): LocaleScope => {
  if (!filters || Object.keys(filters).length === 0) return 'all';
  const branches = filters.$or;
  if (Object.keys(filters).length !== 1 || !Array.isArray(branches)) return 'some';
  const scopes = branches.map((branch) => branchScope(branch, locale));
  if (scopes.includes('all')) return 'all';
  return scopes.every((scope) => scope === 'none') ? 'none' : 'some';
};
