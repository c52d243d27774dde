import type { ArticleRef } from './relation-input';
import { linkRuleError } from './errors';
import { isDraft } from './versions';
import type { Transaction } from '../database';
import type { ArticleVersion, LinkTable } from './link-table';

/**
 * Finds the draft (in `locale`) of the article a relation input points at. Links
 * are edited on drafts, so a row id of a published version leads to its draft too.
 */
export const resolveTarget = async (
  trx: Transaction,
  links: LinkTable,
  ref: ArticleRef,
  locale: string | null,
  field: string
): Promise<ArticleVersion> => {
  const named = ref.documentId ?? `#${ref.id}`;
  // A type without i18n (locale null) has one order: a locale named in the relation input means nothing there, as for Strapi.
  if (locale !== null && ref.locale !== undefined && ref.locale !== locale) {
    throw linkRuleError(`${field}: an article in "${locale}" can only link to articles in "${locale}"`, {
      rule: 'locale-mismatch',
      field,
      articles: [named],
    });
  }

  let documentId = ref.documentId;
  if (documentId === undefined) {
    const row = await links.versionById(trx, ref.id!);
    if (!row) throw linkRuleError(`${field}: no article with id ${ref.id}`, { rule: 'not-found', field, articles: [named] });
    documentId = row.documentId;
  }

  const versions = await links.versions(trx, [documentId]);
  const draft = versions.find((version) => version.locale === locale && isDraft(version));
  if (draft) return draft;
  if (versions.length > 0) {
    throw linkRuleError(`${field}: article ${documentId} has no "${locale}" version to link to`, {
      rule: 'locale-mismatch',
      field,
      articles: [documentId],
    });
  }
  throw linkRuleError(`${field}: no article with documentId "${documentId}"`, {
    rule: 'not-found',
    field,
    articles: [documentId],
  });
};
