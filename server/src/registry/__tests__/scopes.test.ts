import type { ContentTypeSchema, NewsroomType } from '../resolve';
import { resolveScopes } from '../scopes';

const POST_UID = 'api::post.post';

const schema: ContentTypeSchema = {
  uid: POST_UID,
  attributes: {
    headline: { type: 'string' },
    section: { type: 'enumeration' },
    category: { type: 'relation', relation: 'manyToOne', target: 'api::category.category' },
    tags: { type: 'relation', relation: 'manyToMany', target: 'api::tag.tag' },
    related: { type: 'relation', relation: 'morphToMany' },
    image: { type: 'media' },
    meta: { type: 'json' },
  },
};

const post = {
  uid: POST_UID,
  fields: {
    title: 'headline',
    slug: 'slug',
    summary: 'description',
    body: 'content',
    cover: 'image',
    previous: 'previousPost',
    next: 'nextPost',
  },
} as unknown as NewsroomType;

const resolve = (scopes: Record<string, string[]>) => {
  const problems: string[] = [];
  const resolved = resolveScopes(scopes, [post], (uid) => (uid === POST_UID ? schema : undefined), problems);
  return { scopes: resolved.get(POST_UID), problems };
};

describe('resolveScopes', () => {
  it('reads single and multiple relations and scalar fields', () => {
    const { scopes, problems } = resolve({ [POST_UID]: ['category', 'tags', 'section'] });
    expect(problems).toEqual([]);
    expect(Object.fromEntries(scopes!)).toEqual({
      category: { name: 'category', kind: 'relation', multiple: false },
      tags: { name: 'tags', kind: 'relation', multiple: true },
      section: { name: 'section', kind: 'field', multiple: false },
    });
  });

  it.each([
    [
      'an unserved type',
      { 'api::tag.tag': ['name'] },
      'readingOrder.scopes["api::tag.tag"]: the plugin serves no such type (served: api::post.post)',
    ],
    ['an unknown attribute', { [POST_UID]: ['author'] }, 'readingOrder.scopes["api::post.post"]: the type has no attribute "author"'],
    [
      'a mapped field',
      { [POST_UID]: ['headline'] },
      'readingOrder.scopes["api::post.post"]: "headline" is one of the fields the plugin maps (title, slug, summary, body, cover, links)',
    ],
    [
      'a polymorphic relation',
      { [POST_UID]: ['related'] },
      'readingOrder.scopes["api::post.post"]: "related" is a polymorphic relation; a scope must be a relation to one content type',
    ],
    [
      'a json attribute',
      { [POST_UID]: ['meta'] },
      expect.stringContaining('"meta" is a json attribute; a scope must be a relation or one of string'),
    ],
  ])('names %s', (_label, scopes, problem) => {
    expect(resolve(scopes as Record<string, string[]>).problems).toEqual([problem]);
  });
});
