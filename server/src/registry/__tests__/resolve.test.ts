import type { ContentTypeMapping } from '../../config/defaults';
import articleSchema from '../../content-types/article/schema';
import { resolveTypes, type AttributeSchema, type ContentTypeSchema, type SchemaLookup } from '../resolve';
import type { ComponentSchemaLike } from '../../services/summary/body-shape';

const POST_UID = 'api::post.post';

const article = { uid: 'plugin::newsroom.article', ...articleSchema } as unknown as ContentTypeSchema;

const post = (attributes: Record<string, AttributeSchema> = {}, options = { draftAndPublish: true }): ContentTypeSchema => ({
  uid: POST_UID,
  kind: 'collectionType',
  info: { displayName: 'Post' },
  options,
  attributes: {
    headline: { type: 'string' },
    slug: { type: 'uid' },
    description: { type: 'text', maxLength: 80 },
    image: { type: 'media', multiple: false },
    gallery: { type: 'media', multiple: true },
    content: { type: 'dynamiczone', components: ['blog.rich-text', 'blog.quote'] },
    category: { type: 'relation', relation: 'manyToOne', target: 'api::category.category' },
    ...attributes,
  },
});

const components: Record<string, ComponentSchemaLike> = {
  'blog.rich-text': { uid: 'blog.rich-text', attributes: { body: { type: 'richtext' } } },
  'blog.quote': { uid: 'blog.quote', info: { displayName: 'Quote' }, attributes: { body: { type: 'text' } } },
};

const lookup = (schema: ContentTypeSchema = post()): SchemaLookup => ({
  contentType: (uid) => ({ [article.uid]: article, [POST_UID]: schema })[uid],
  component: (uid) => components[uid],
});

const mapping = (fields: Partial<ContentTypeMapping> = {}): Record<string, ContentTypeMapping> => ({
  [POST_UID]: { title: 'headline', slug: 'slug', summary: 'description', body: 'content', cover: 'image', ...fields },
});

const problemOf = (contentTypes: Record<string, ContentTypeMapping>, schema?: ContentTypeSchema) => {
  try {
    resolveTypes(contentTypes, lookup(schema));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
};

describe('resolveTypes', () => {
  it('serves the built-in article alone by default', () => {
    const [builtIn, ...others] = resolveTypes({}, lookup());
    expect(others).toEqual([]);
    expect(builtIn).toMatchObject({ builtIn: true, localized: true, addsLinkFields: false, addsOwnedFields: false, linkOwner: 'previous' });
    expect(builtIn.bodyShape).toEqual({ kind: 'blocks' });
  });

  it('serves only the site types when builtInArticle is off, the first of them being the default', () => {
    expect(resolveTypes(mapping(), lookup(), { builtInArticle: false }).map((type) => [type.uid, type.builtIn])).toEqual([
      [POST_UID, false],
    ]);
  });

  it('refuses to serve nothing: builtInArticle off and no type mapped', () => {
    let message = '';
    try {
      resolveTypes({}, lookup(), { builtInArticle: false });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('builtInArticle is false and contentTypes maps no type');
  });

  it('resolves a site type: default link names, fields to add, the summary limit and a dynamic-zone body', () => {
    const [, type] = resolveTypes(mapping(), lookup());
    expect(type).toMatchObject({
      uid: POST_UID,
      displayName: 'Post',
      localized: false,
      addsLinkFields: true,
      addsOwnedFields: true,
      summaryMaxLength: 80,
      fields: { previous: 'previousArticle', next: 'nextArticle', cover: 'image' },
      owned: { autoSummary: 'newsroomAutoSummary' },
    });
    expect(type.bodyShape).toMatchObject({ kind: 'components', container: 'dynamiczone' });
  });

  it('uses link fields the type declares, whichever side owns the join table', () => {
    const declared = post({
      previousPost: { type: 'relation', relation: 'oneToOne', target: POST_UID, mappedBy: 'nextPost' },
      nextPost: { type: 'relation', relation: 'oneToOne', target: POST_UID, inversedBy: 'previousPost' },
    });
    const [, type] = resolveTypes(mapping({ previous: 'previousPost', next: 'nextPost' }), lookup(declared));
    expect(type).toMatchObject({ addsLinkFields: false, linkOwner: 'next' });
  });

  it.each<[string, Record<string, ContentTypeMapping>, ContentTypeSchema | undefined, RegExp]>([
    [
      'an unknown uid',
      { 'api::nope.nope': mapping()[POST_UID] },
      undefined,
      /contentTypes\["api::nope.nope"\]: no content type has this uid/,
    ],
    ['a missing field', mapping({ title: 'name' }), undefined, /contentTypes\["api::post.post"\].title: the type has no attribute "name"/],
    ['a title of the wrong type', mapping({ title: 'image' }), undefined, /\.title: "image" is a media attribute/],
    ['a summary of the wrong type', mapping({ summary: 'category' }), undefined, /\.summary: "category" is a relation attribute/],
    ['a slug of the wrong type', mapping({ slug: 'description' }), undefined, /\.slug: "description" is a text attribute/],
    ['a body without text', mapping({ body: 'image' }), undefined, /\.body: "image" \(media\) holds no article text/],
    ['a cover with several files', mapping({ cover: 'gallery' }), undefined, /\.cover: "gallery" holds several files/],
    [
      'a type without draft & publish',
      mapping(),
      post({}, { draftAndPublish: false }),
      /contentTypes\["api::post.post"\]: the type has no draft & publish/,
    ],
    [
      'a link field that clashes with an attribute',
      mapping({ next: 'category' }),
      undefined,
      /\.next: "category" clashes with an attribute/,
    ],
    [
      'one link field declared without the other',
      mapping({ previous: 'previousPost' }),
      post({ previousPost: { type: 'relation', relation: 'oneToOne', target: POST_UID } }),
      /\.next: the type declares "previousPost" but not "nextArticle"/,
    ],
    [
      'the same name for both link fields',
      mapping({ previous: 'link', next: 'link' }),
      undefined,
      /\.next: "link" is also the previous field/,
    ],
    [
      'a link field named like a mapped field',
      mapping({ next: 'headline' }),
      undefined,
      /\.next: "headline" is mapped to another role too/,
    ],
    [
      'an attribute the plugin needs to add',
      mapping(),
      post({ newsroomWordCount: { type: 'integer' } }),
      /already has an attribute "newsroomWordCount"/,
    ],
    [
      'the built-in article itself',
      { 'plugin::newsroom.article': mapping()[POST_UID] },
      undefined,
      /the built-in article is served with its own fields/,
    ],
  ])('stops with an error naming the uid and the key for %s', (_name, contentTypes, schema, expected) => {
    const message = problemOf(contentTypes, schema);
    expect(message).toMatch(/^Invalid configuration for plugin "newsroom": /);
    expect(message).toMatch(expected);
  });

  it('names every problem at once', () => {
    const message = problemOf(mapping({ title: 'name', body: 'image' }));
    expect(message).toMatch(/\.title: /);
    expect(message).toMatch(/\.body: /);
  });
});
