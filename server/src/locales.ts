import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { hasControlCharacter } from './validation/text';

/**
 * Every question the plugin asks about locales, answered here: which codes exist,
 * which is the default, which locale a request or a document action means. The i18n
 * plugin's `locales` service is reached from this module only, typed once.
 */

/** A locale as the i18n plugin's `locales` service returns it. */
interface I18nLocale {
  code: string;
}

/** The part of the i18n plugin's `locales` service the plugin uses. */
interface LocalesService {
  find(): Promise<I18nLocale[]>;
  findByCode(code: string): Promise<I18nLocale | null | undefined>;
  getDefaultLocale(): Promise<string>;
}

const localesService = (strapi: Core.Strapi): LocalesService => strapi.plugin('i18n').service('locales');

export const defaultLocale = (strapi: Core.Strapi): Promise<string> => localesService(strapi).getDefaultLocale();

/** The codes of every locale of the app. */
export const localeCodes = async (strapi: Core.Strapi): Promise<string[]> =>
  (await localesService(strapi).find()).map((locale) => locale.code);

/** The 400 of a locale the app does not have. */
const unknownLocale = (locale: unknown) => new errors.ValidationError(`Unknown locale "${locale}"`, { field: 'locale' });

/** Whether the app has exactly this code: MySQL/MariaDB's default collation would find `en` for `EN`. */
const isKnownCode = async (strapi: Core.Strapi, code: string) => (await localesService(strapi).findByCode(code))?.code === code;

/** A locale code the app knows, or the default locale when none is given; else a 400 (a request's `locale`). */
export const resolveLocaleCode = async (strapi: Core.Strapi, locale: string | undefined): Promise<string> => {
  if (locale === undefined) return defaultLocale(strapi);
  const plausible = typeof locale === 'string' && locale.length <= 64 && !hasControlCharacter(locale);
  if (!plausible || !(await isKnownCode(strapi, locale))) throw unknownLocale(locale);
  return locale;
};

/**
 * The locale of a type's reading order for a request: a code the app knows, or the
 * default locale when none is given; null for a type without i18n (whatever was given, as Strapi does).
 */
export const resolveLocale = async (
  strapi: Core.Strapi,
  type: { localized: boolean },
  locale: string | undefined
): Promise<string | null> => {
  if (!type.localized) return null;
  return resolveLocaleCode(strapi, locale);
};

/**
 * Strapi's REST and GraphQL writes store any locale code they are given (`xx`, `EN`),
 * making versions no editor can reach and no reading order holds (strapi/strapi#27108);
 * the Content Manager refuses them, and so does the plugin on every write of a
 * localized type it serves.
 */
export const assertKnownWriteLocale = async (strapi: Core.Strapi, type: { localized: boolean }, locale: unknown) => {
  if (!type.localized || typeof locale !== 'string' || locale === '*') return;
  if (!(await isKnownCode(strapi, locale))) throw unknownLocale(locale);
};

/** The one locale a document write lands in: the given code, or the default locale for none (or `'*'`); null on a type without i18n. */
export const writeLocale = async (strapi: Core.Strapi, type: { localized: boolean }, locale: unknown): Promise<string | null> => {
  if (!type.localized) return null;
  return typeof locale === 'string' && locale !== '*' ? locale : defaultLocale(strapi);
};

/**
 * The locales a document action touches, from its `locale` as Strapi was given it:
 * one code, a list, every one the document has (`'*'`: `documentLocales`), or the
 * default locale.
 */
export const actionLocales = async (strapi: Core.Strapi, locale: unknown, documentLocales: () => Promise<string[]>): Promise<string[]> => {
  if (typeof locale === 'string' && locale !== '*') return [locale];
  if (Array.isArray(locale)) return locale.filter((item): item is string => typeof item === 'string');
  if (locale === '*') return documentLocales();
  return [await defaultLocale(strapi)];
};
