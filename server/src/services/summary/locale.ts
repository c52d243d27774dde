import { SummaryInputError } from './errors';

export interface Language {
  /** Canonical BCP 47 tag handed to Intl.Segmenter, `und` when no locale was given. */
  tag: string;
  /** Primary language subtag, lower case (`fr` for `fr-CA`), `und` when unknown. */
  code: string;
}

/**
 * Reads a Strapi locale code (`en`, `fr-FR`, `pt_BR`) into a language.
 * An absent or empty locale means "unknown language".
 */
export const resolveLanguage = (locale: unknown): Language => {
  if (locale === undefined || locale === null || locale === '') {
    return { tag: 'und', code: 'und' };
  }
  if (typeof locale !== 'string') {
    throw new SummaryInputError('locale', 'must be a string');
  }
  let tag: string;
  try {
    [tag] = Intl.getCanonicalLocales(locale.replace(/_/g, '-'));
  } catch {
    throw new SummaryInputError('locale', `is not a BCP 47 language tag: "${locale}"`);
  }
  return { tag, code: tag.split('-')[0].toLowerCase() };
};
