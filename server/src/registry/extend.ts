import type { Core } from '@strapi/strapi';

import type { NewsroomType } from './resolve';

/**
 * Adds what a site's own type lacks, at register time, the way review-workflows
 * adds its attributes: the two link fields (visible: hiding them makes Strapi drop
 * them on publish, strapi/strapi#23039) and the fields the plugin computes (private,
 * hidden from the edit view, not writable: clients never see nor send them).
 * Nothing is written to the site's schema files; the user's own fields are untouched.
 */
export const extendContentTypes = (strapi: Core.Strapi, types: NewsroomType[]) => {
  for (const type of types) {
    if (!type.addsLinkFields && !type.addsOwnedFields) continue;
    const i18n = { i18n: { localized: type.localized } };
    // A fresh object per attribute: Strapi writes each attribute's column name into it.
    const computed = (type: 'text' | 'integer') => ({
      type,
      private: true,
      writable: false,
      visible: false,
      configurable: false,
      pluginOptions: i18n,
    });
    strapi.get('content-types').extend(type.uid, (contentType: { attributes: Record<string, unknown> }) => {
      if (type.addsLinkFields) {
        const link = () => ({ type: 'relation', relation: 'oneToOne', target: type.uid, configurable: false, pluginOptions: i18n });
        contentType.attributes[type.fields.previous] = { ...link(), inversedBy: type.fields.next };
        contentType.attributes[type.fields.next] = { ...link(), mappedBy: type.fields.previous };
      }
      if (type.addsOwnedFields) {
        contentType.attributes[type.owned.autoSummary] = computed('text');
        contentType.attributes[type.owned.wordCount] = computed('integer');
        contentType.attributes[type.owned.fingerprint] = computed('text');
      }
      return contentType;
    });
  }
};
