import type { TestApp } from './strapi';

export const ARTICLE_UID = 'plugin::newsroom.article';

let counter = 0;

/** A unique, valid article payload; pass fields to override. */
export const articleData = (fields: Record<string, unknown> = {}) => {
  counter += 1;
  const title = `Article ${counter} ${Math.random().toString(36).slice(2, 8)}`;
  return {
    title,
    slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    summary: `Summary of ${title}.`,
    body: [{ type: 'paragraph', children: [{ type: 'text', text: `Body of ${title}.` }] }],
    ...fields,
  };
};

/** Creates a draft through the document service (the path every other write path ends in). */
export const createDraft = (app: TestApp, fields: Record<string, unknown> = {}, locale = 'en') =>
  app.strapi.documents(ARTICLE_UID as any).create({ locale, data: articleData(fields) as any });

export const publish = (app: TestApp, documentId: string, locale = 'en') =>
  app.strapi.documents(ARTICLE_UID as any).publish({ documentId, locale });

export const countArticles = (app: TestApp) => app.strapi.db.query(ARTICLE_UID as any).count();
