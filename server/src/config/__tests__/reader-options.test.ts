import { validateConfig } from '..';
import { checkReaderOptions } from '../../registry/reader-options';
import type { ContentTypeSchema, NewsroomType } from '../../registry/resolve';

describe('urls, structuredData and readingOrder.wrap', () => {
  it('accepts URL templates, schema.org types and an author attribute', () => {
    expect(() =>
      validateConfig({
        readingOrder: { wrap: true },
        urls: {
          'api::post.post': 'https://example.com/{locale}/news/{slug}',
          'plugin::newsroom.series': 'http://example.com/series/{documentId}',
        },
        structuredData: { 'api::post.post': { type: 'BlogPosting', author: 'byline' } },
      })
    ).not.toThrow();
  });

  it.each([
    ['a relative URL', { urls: { x: '/news/{slug}' } }, /urls\["x"\] must be an absolute/],
    ['a URL naming no page', { urls: { x: 'https://example.com/news' } }, /must hold \{slug\} or \{documentId\}/],
    ['an unknown placeholder', { urls: { x: 'https://example.com/{year}/{slug}' } }, /may hold only \{slug\}, \{documentId\}, \{locale\}/],
    ['an unclosed placeholder', { urls: { x: 'https://example.com/{slug}/{loc' } }, /may hold only/],
    ['urls as a list', { urls: ['https://example.com/{slug}'] }, /urls must be an object keyed by content-type uid/],
    [
      'a lower-case schema.org type',
      { structuredData: { x: { type: 'newsArticle' } } },
      /structuredData\["x"\]\.type must be a schema\.org type name/,
    ],
    ['an unknown structuredData key', { structuredData: { x: { kind: 'BlogPosting' } } }, /unknown option "structuredData\['x'\]\.kind"/],
    ['wrap as text', { readingOrder: { wrap: 'yes' } }, /readingOrder\.wrap/],
  ])('rejects %s', (_label, config, message) => {
    expect(() => validateConfig(config)).toThrow(message);
  });

  it('names uids the plugin does not serve and an author that is not text, at startup', () => {
    const post = { uid: 'api::post.post' as NewsroomType['uid'] } as NewsroomType;
    const schema: ContentTypeSchema = { uid: 'api::post.post', attributes: { byline: { type: 'string' }, category: { type: 'relation' } } };
    const problems: string[] = [];
    checkReaderOptions(
      {
        urls: {
          'api::post.post': 'https://x/{slug}',
          'plugin::newsroom.series': 'https://x/s/{slug}',
          'api::page.page': 'https://x/{slug}',
        },
        structuredData: { 'api::post.post': { author: 'category' }, 'api::page.page': {} },
      },
      [post],
      (uid) => (uid === post.uid ? schema : undefined),
      problems
    );
    expect(problems).toEqual([
      'urls["api::page.page"]: the plugin serves no such type (served: api::post.post; series: plugin::newsroom.series)',
      `structuredData["api::post.post"].author: "category" is a relation attribute; it must be a string or text attribute holding the author's name`,
      'structuredData["api::page.page"]: the plugin serves no such type (served: api::post.post)',
    ]);
  });
});
