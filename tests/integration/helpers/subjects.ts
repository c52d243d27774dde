import type { TestApp } from './strapi';

/**
 * The content types the parametrised suites run against: the built-in article
 * (localized, blocks body) and the playground's Post (not localized, a dynamic
 * zone of Markdown, quote and media components, link fields added by the plugin).
 */
export interface Subject {
  name: string;
  uid: string;
  localized: boolean;
  /** How the body is stored: a column of the row, or components read with one more statement. */
  bodyKind: 'column' | 'components';
  fields: { title: string; slug: string; summary: string; body: string; cover: string; previous: string; next: string };
  /** Where the type's own REST routes live. */
  restBase: string;
  /** A unique, valid payload in the type's field names; `text` becomes the body's one paragraph. */
  data(fields?: Record<string, unknown>, text?: string): Record<string, unknown>;
}

let counter = 0;
const uniqueTitle = (prefix: string) => {
  counter += 1;
  return `${prefix} ${counter} ${Math.random().toString(36).slice(2, 8)}`;
};
const slugOf = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export const BUILT_IN: Subject = {
  name: 'the built-in article',
  uid: 'plugin::newsroom.article',
  localized: true,
  bodyKind: 'column',
  fields: {
    title: 'title',
    slug: 'slug',
    summary: 'summary',
    body: 'body',
    cover: 'cover',
    previous: 'previousArticle',
    next: 'nextArticle',
  },
  restBase: '/api/newsroom/articles',
  data(fields = {}, text) {
    const title = uniqueTitle('Article');
    return {
      title,
      slug: slugOf(title),
      summary: `Summary of ${title}.`,
      body: [{ type: 'paragraph', children: [{ type: 'text', text: text ?? `Body of ${title}.` }] }],
      ...fields,
    };
  },
};

export const POST: Subject = {
  name: "the playground's Post",
  uid: 'api::post.post',
  localized: false,
  bodyKind: 'components',
  fields: {
    title: 'headline',
    slug: 'slug',
    summary: 'description',
    body: 'content',
    cover: 'image',
    previous: 'previousPost',
    next: 'nextPost',
  },
  restBase: '/api/posts',
  data(fields = {}, text) {
    const headline = uniqueTitle('Post');
    return {
      headline,
      slug: slugOf(headline),
      description: `About ${headline}.`,
      content: [
        { __component: 'blog.rich-text', body: text ?? `Body of **${headline}**.` },
        { __component: 'blog.quote', title: 'Someone', body: 'A quote that is not part of the summary.' },
      ],
      ...fields,
    };
  },
};

export const SUBJECTS = [BUILT_IN, POST];

/** `describe` for a localized subject, `describe.skip` for one without i18n: for tests about a second locale. */
export const describeIfLocalized = (subject: Subject) => (subject.localized ? describe : describe.skip);

/** `rows` for a localized subject, none for a type without i18n (which ignores `locale`): `it.each` rows about locales. */
export const localizedOnly = <T>(subject: Subject, rows: T[]): T[] => (subject.localized ? rows : []);

/** The `locale` an answer names: the one asked for, or null for a type without i18n. */
export const localeOf = (subject: Subject, locale = 'en') => (subject.localized ? locale : null);

/** The locale argument of a document-service call: none for a type without i18n. */
export const localeParam = (subject: Subject, locale = 'en') => (subject.localized ? { locale } : {});

/** `?type=` (with a leading `&` or `?`) for the plugin's routes; nothing for the built-in article. */
export const typeQuery = (subject: Subject, separator: '?' | '&' = '?') =>
  subject.uid === BUILT_IN.uid ? '' : `${separator}type=${encodeURIComponent(subject.uid)}`;

/** `path` (with or without a query already) with the subject's `type=` added. */
export const withType = (subject: Subject, path: string) => `${path}${typeQuery(subject, path.includes('?') ? '&' : '?')}`;

/** Content Manager permission properties that cover every mapped field of the subject. */
export const contentManagerProperties = (subject: Subject) => ({ fields: Object.values(subject.fields) });

export const documentsOf = (app: TestApp, subject: Subject) => app.strapi.documents(subject.uid as any);

/** Creates a draft of the subject type through the document service. */
export const createSubjectDraft = (app: TestApp, subject: Subject, fields: Record<string, unknown> = {}, locale = 'en') =>
  documentsOf(app, subject).create({ ...localeParam(subject, locale), data: subject.data(fields) as any });
