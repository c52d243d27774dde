import type { ContentTypeFields } from '../../../contracts/content-types';

/** The plugin's own article type: always served, with this mapping. */
export const BUILT_IN_FIELDS: ContentTypeFields = {
  title: 'title',
  slug: 'slug',
  summary: 'summary',
  body: 'body',
  cover: 'cover',
  keyPoints: 'keyPoints',
  previous: 'previousArticle',
  next: 'nextArticle',
};

/** Link field names on a configured type whose mapping names none. */
export const DEFAULT_LINK_FIELDS = { previous: 'previousArticle', next: 'nextArticle' } as const;

/** What the plugin stores per article (computed from the body), by role. */
export interface OwnedFields {
  autoSummary: string;
  wordCount: string;
  fingerprint: string;
}

/** The built-in article declares these in its schema. */
export const BUILT_IN_OWNED: OwnedFields = {
  autoSummary: 'autoSummary',
  wordCount: 'wordCount',
  fingerprint: 'summaryBodyFingerprint',
};

/** The names the plugin adds to a site's own type: prefixed, so they cannot collide with a field a site is likely to have. */
export const INJECTED_OWNED: OwnedFields = {
  autoSummary: 'newsroomAutoSummary',
  wordCount: 'newsroomWordCount',
  fingerprint: 'newsroomSummaryFingerprint',
};
