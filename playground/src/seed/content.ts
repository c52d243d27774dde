import type { Core } from '@strapi/strapi';

import { demoSeriesLists, englishOrder, frenchOrder, type DemoArticle, type DemoReadingOrder, type DemoSeriesList } from './demo-articles';
import { demoPosts, type DemoPost } from './demo-posts';
import { playgroundStore } from './store';

const ARTICLE_UID = 'plugin::newsroom.article';
const POST_UID = 'api::post.post';
const SERIES_UID = 'plugin::newsroom.series';

const slugify = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const toBlocks = (paragraphs: string[]) => paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

const ensureLocale = async (strapi: Core.Strapi, code: string) => {
  const locales = strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode(code))) {
    await locales.create({ code, name: new Intl.DisplayNames(['en'], { type: 'language' }).of(code) });
  }
};

/** Creates the drafts of one reading order, each linked after the one before it. */
const createChain = async (strapi: Core.Strapi, locale: string, articles: DemoArticle[]) => {
  const created: string[] = [];
  for (const article of articles) {
    const previous = created.at(-1);
    const document = await strapi.documents(ARTICLE_UID).create({
      locale,
      data: {
        title: article.title,
        slug: slugify(article.title),
        summary: article.summary,
        body: toBlocks(article.paragraphs),
        ...(previous ? { previousArticle: { documentId: previous, locale } } : {}),
      },
    } as any);
    created.push(document.documentId);
  }
  return created;
};

/** The drafts' documentIds by title (the demo's titles are unique per locale). */
const articleIds = async (strapi: Core.Strapi, locale: string, titles: string[]) => {
  const found = (await strapi
    .documents(ARTICLE_UID)
    .findMany({ locale, status: 'draft', filters: { title: { $in: titles } }, fields: ['title'] } as any)) as unknown as Array<{
    documentId: string;
    title: string;
  }>;
  return titles.map((title) => {
    const article = found.find((candidate) => candidate.title === title);
    if (!article) throw new Error(`Demo series: no article titled "${title}"`);
    return article.documentId;
  });
};

/** A published series of the plugin's series type, its list set through the plugin's service as the admin API does. */
const seedSeriesList = async (strapi: Core.Strapi, list: DemoSeriesList) => {
  const series = await strapi.documents(SERIES_UID as any).create({
    locale: list.locale,
    data: { title: list.title, slug: slugify(list.title), description: list.description, articleType: ARTICLE_UID },
  } as any);
  await strapi
    .plugin('newsroom')
    .service('series')
    .setArticles(series.documentId, list.locale, await articleIds(strapi, list.locale, list.articles));
  await strapi.documents(SERIES_UID as any).publish({ documentId: series.documentId, locale: list.locale } as any);
};

const seedReadingOrder = async (strapi: Core.Strapi, order: DemoReadingOrder) => {
  await ensureLocale(strapi, order.locale);
  // The drafts continue the published chain, so the order reads on into work in progress.
  const chain = await createChain(strapi, order.locale, [...order.published, ...order.drafts]);
  for (const documentId of chain.slice(0, order.published.length)) {
    await strapi.documents(ARTICLE_UID).publish({ documentId, locale: order.locale });
  }
  for (const article of order.unlinked) {
    const [documentId] = await createChain(strapi, order.locale, [article]);
    await strapi.documents(ARTICLE_UID).publish({ documentId, locale: order.locale });
  }
};

const postContent = (post: DemoPost) => [
  { __component: 'blog.rich-text', body: post.markdown.join('\n\n') },
  ...(post.quote ? [{ __component: 'blog.quote', ...post.quote }] : []),
  ...(post.more ? [{ __component: 'blog.rich-text', body: post.more.join('\n\n') }] : []),
];

/** One document of `uid` per name (categories, tags), by name. */
const seedNamed = async (strapi: Core.Strapi, uid: string, names: string[]) => {
  const documentIds = new Map<string, string>();
  for (const name of [...new Set(names)]) {
    const document = await strapi.documents(uid as any).create({ data: { name, slug: slugify(name) } } as any);
    documentIds.set(name, document.documentId);
  }
  return documentIds;
};

/**
 * The posts, each linked after the one before it (through the link fields the plugin
 * adds), in categories and with tags (the scopes of `readingOrder.scopes`); the
 * published ones published.
 */
const seedPosts = async (strapi: Core.Strapi) => {
  const posts = [...demoPosts.published, ...demoPosts.drafts];
  const categories = await seedNamed(
    strapi,
    'api::category.category',
    posts.map((post) => post.category)
  );
  const tags = await seedNamed(
    strapi,
    'api::tag.tag',
    posts.flatMap((post) => post.tags)
  );
  const created: string[] = [];
  for (const post of posts) {
    const previous = created.at(-1);
    const document = await strapi.documents(POST_UID).create({
      data: {
        headline: post.headline,
        slug: slugify(post.headline),
        ...(post.description ? { description: post.description } : {}),
        content: postContent(post),
        category: categories.get(post.category),
        tags: post.tags.map((tag) => tags.get(tag)),
        ...(previous ? { previousPost: { documentId: previous } } : {}),
      },
    } as any);
    created.push(document.documentId);
  }
  for (const documentId of created.slice(0, demoPosts.published.length)) {
    await strapi.documents(POST_UID).publish({ documentId } as any);
  }
};

/** Seeds the demo articles once; a marker in the core store makes later starts add nothing. */
export const seedDemoContent = async (strapi: Core.Strapi) => {
  const store = playgroundStore(strapi);
  if (await store.get({ key: 'demo-content-seeded' })) return false;

  for (const order of [englishOrder, frenchOrder]) {
    await seedReadingOrder(strapi, order);
  }
  for (const list of demoSeriesLists) {
    await seedSeriesList(strapi, list);
  }
  await seedPosts(strapi);
  await store.set({ key: 'demo-content-seeded', value: new Date().toISOString() });
  return true;
};
