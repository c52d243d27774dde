/**
 * The content types the fuzz aims at, each described once: uid, routes, field
 * names, locales, body shape and the tables the invariants read. Every generator
 * and check takes one of these, so a second type is a second description, not a
 * second copy of the harness.
 *
 * Table and column names follow the types' schemas and Strapi 5's naming of
 * relation join tables (`<collection>_<attribute>_lnk`, `<singular>_id` for the
 * owner and `inv_<singular>_id` for the target when both sides are the same type);
 * `checkTables` confirms them against the database at start.
 */
import type { Knex } from 'knex';

import { BUILT_IN_ARTICLE_UID, type ContentTypeFields } from '../../contracts/content-types';
import postSchema from '../../playground/src/api/post/content-types/post/schema.json';
import tagSchema from '../../playground/src/api/tag/content-types/tag/schema.json';
import articleSchema from '../../server/src/content-types/article/schema';
import { BUILT_IN_FIELDS, BUILT_IN_OWNED, INJECTED_OWNED, type OwnedFields } from '../../server/src/registry/built-in';
import type { Random } from './random';

export interface FuzzType {
  uid: string;
  /** Short name in route labels and invariant names. */
  label: string;
  /** The type's REST collection route. */
  restBase: string;
  contentManagerBase: string;
  /** i18n locales the type's rows have; empty for a type without i18n (rows have locale NULL). */
  locales: string[];
  fields: ContentTypeFields;
  /** How the body is stored: a blocks field, or a dynamic zone of the playground's blog components. */
  body: 'blocks' | 'dynamic-zone';
  /** The fields the plugin computes; clients must not be able to write them. */
  serverOwned: OwnedFields;
  graphql: { list: string; one: string; create: string; update: string; delete: string; input: string; filters: string };
  /** `components`: Strapi's join table of the rows' components (`<collection>_cmps`), for a dynamic-zone body. */
  tables: { articles: string; link: string; owner: string; target: string; components?: string };
}

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** The link table of `owner` (the field with `inversedBy`): one row per link, owner = the article, target = its previous. */
const tablesOf = (schema: { collectionName: string; info: { singularName: string } }, owner: string) => ({
  articles: schema.collectionName,
  link: `${schema.collectionName}_${snake(owner)}_lnk`,
  owner: `${snake(schema.info.singularName)}_id`,
  target: `inv_${snake(schema.info.singularName)}_id`,
});

const articleOwner = Object.entries(articleSchema.attributes).find(
  ([, attribute]) => (attribute as { inversedBy?: string }).inversedBy !== undefined
)?.[0];
if (!articleOwner) throw new Error('the article type has no owning relation (inversedBy); update scripts/fuzz/content-types.ts');

export const ARTICLE: FuzzType = {
  uid: BUILT_IN_ARTICLE_UID,
  label: 'article',
  restBase: '/api/newsroom/articles',
  contentManagerBase: `/content-manager/collection-types/${BUILT_IN_ARTICLE_UID}`,
  locales: ['en', 'fr'],
  fields: BUILT_IN_FIELDS,
  body: 'blocks',
  serverOwned: BUILT_IN_OWNED,
  graphql: {
    list: 'newsroomArticles',
    one: 'newsroomArticle',
    create: 'createNewsroomArticle',
    update: 'updateNewsroomArticle',
    delete: 'deleteNewsroomArticle',
    input: 'NewsroomArticleInput',
    filters: 'NewsroomArticleFiltersInput',
  },
  tables: tablesOf(articleSchema, articleOwner),
};

/**
 * The playground's Post (playground/config/plugins.ts maps it): no i18n, a dynamic-zone
 * body, an 80-character description; the plugin adds previousPost (owner) / nextPost.
 */
const POST_FIELDS: ContentTypeFields = {
  title: 'headline',
  slug: 'slug',
  summary: 'description',
  body: 'content',
  cover: 'image',
  previous: 'previousPost',
  next: 'nextPost',
};

export const POST: FuzzType = {
  uid: 'api::post.post',
  label: 'post',
  restBase: `/api/${postSchema.info.pluralName}`,
  contentManagerBase: '/content-manager/collection-types/api::post.post',
  locales: [],
  fields: POST_FIELDS,
  body: 'dynamic-zone',
  serverOwned: INJECTED_OWNED,
  graphql: {
    list: 'posts',
    one: 'post',
    create: 'createPost',
    update: 'updatePost',
    delete: 'deletePost',
    input: 'PostInput',
    filters: 'PostFiltersInput',
  },
  tables: { ...tablesOf(postSchema, POST_FIELDS.previous), components: `${postSchema.collectionName}_cmps` },
};

export const TYPES = [ARTICLE, POST];

type Attributes = Record<string, { type: string; target?: string }>;
const relationTo = (attributes: Attributes, target: string) =>
  Object.entries(attributes).find(([, attribute]) => attribute.type === 'relation' && attribute.target === target)?.[0];

const postTags = relationTo(postSchema.attributes as Attributes, 'api::tag.tag');
const tagPosts = relationTo(tagSchema.attributes as Attributes, POST.uid);
const postCategory = relationTo(postSchema.attributes as Attributes, 'api::category.category');
if (!postTags || !tagPosts || !postCategory)
  throw new Error('the playground has no relation between posts and tags or categories; update scripts/fuzz/content-types.ts');

/** The Post's reading scopes (`?scope=`), as playground/config/plugins.ts configures them: its category and its tags. */
export const POST_SCOPES = [postCategory, postTags];

/**
 * The playground's Tag (no i18n, no draft & publish): the other side of the Post's
 * `tags`, one of the Post's reading scopes (`readingOrder.scopes`). A tag edited to
 * connect or disconnect posts changes the posts' scoped neighbors with no write of a post.
 * `link` is the Post's join table (the Post owns the relation: `inversedBy`).
 */
export const TAG = {
  uid: 'api::tag.tag',
  contentManagerBase: '/content-manager/collection-types/api::tag.tag',
  /** The tag's attribute listing its posts, and the post's listing its tags (also the scope's name). */
  fields: { posts: tagPosts, postScope: postTags },
  tables: {
    tags: tagSchema.collectionName,
    link: `${postSchema.collectionName}_${snake(postTags)}_lnk`,
    post: `${snake(postSchema.info.singularName)}_id`,
    tag: `${snake(tagSchema.info.singularName)}_id`,
  },
};

/** The share of requests aimed at the Post. */
const POST_SHARE = 1 / 3;

export const pickType = (random: Random) => (random.chance(POST_SHARE) ? POST : ARTICLE);

export const localized = (type: FuzzType) => type.locales.length > 0;

/** Fails fast when a derived table or column name does not exist, rather than checking nothing. */
export const checkTables = async (knex: Knex) => {
  const expected: Array<[label: string, table: string, columns: string[]]> = [
    ['tag', TAG.tables.tags, ['id', 'document_id']],
    ['tag', TAG.tables.link, [TAG.tables.post, TAG.tables.tag]],
  ];
  for (const { label, tables } of TYPES) {
    expected.push(
      [label, tables.articles, ['id', 'document_id', 'locale', 'published_at']],
      [label, tables.link, [tables.owner, tables.target]]
    );
    if (tables.components) expected.push([label, tables.components, ['entity_id', 'cmp_id', 'component_type']]);
  }
  for (const [label, table, columns] of expected) {
    for (const column of columns) {
      if (!(await knex.schema.hasColumn(table, column)))
        throw new Error(`fuzz: ${label}: no column ${table}.${column}; update scripts/fuzz/content-types.ts`);
    }
  }
};
