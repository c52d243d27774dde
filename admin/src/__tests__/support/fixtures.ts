import type { ContentTypeSettings } from '../../../../contracts/content-types';
import type { ArticleStatus } from '../../../../contracts/reading-order';

/** The built-in article type, localized, as GET /newsroom/settings describes it. */
export const ARTICLE_TYPE: ContentTypeSettings = {
  uid: 'plugin::newsroom.article',
  displayName: 'Article',
  localized: true,
  fields: {
    title: 'title',
    slug: 'slug',
    summary: 'summary',
    body: 'body',
    cover: 'cover',
    keyPoints: 'keyPoints',
    previous: 'previous',
    next: 'next',
  },
  summaryMaxLength: 300,
  bodyShape: { kind: 'blocks' },
  hasArticles: true,
};

/** An article as the admin routes list it, its document id the lower-cased title. */
export const article = (title: string, status: ArticleStatus = 'published') => ({
  documentId: title.toLowerCase(),
  title,
  slug: title.toLowerCase(),
  status,
  publishedAt: status === 'draft' ? null : '2025-01-01T00:00:00.000Z',
});

/** Strapi's error body for a refused change, as the admin's base query passes it on. */
export const refusal = (message: string, details: Record<string, unknown> = {}) => ({
  error: { status: 400, name: 'ValidationError', message, details },
});
