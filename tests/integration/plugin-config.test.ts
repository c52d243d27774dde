import { createDraft } from './helpers/articles';
import { startTestApp } from './helpers/strapi';

describe('plugin configuration from config/plugins.ts', () => {
  it('applies a configured summary.maxLength to every write', async () => {
    const app = await startTestApp({ NEWSROOM_SUMMARY_MAX_LENGTH: '40' });
    try {
      expect((app.strapi.contentType('plugin::newsroom.article' as any) as any).attributes.summary.maxLength).toBe(40);
      await expect(createDraft(app, { summary: 'a'.repeat(40) })).resolves.toHaveProperty('documentId');
      await expect(createDraft(app, { summary: 'a'.repeat(41) })).rejects.toMatchObject({ name: 'ValidationError' });
    } finally {
      await app.stop();
    }
  });

  it('refuses to start with an invalid option and names the key', async () => {
    await expect(startTestApp({ NEWSROOM_SUMMARY_MAX_LENGTH: '0' })).rejects.toThrow(
      /Invalid configuration for plugin "newsroom": summary\.maxLength/
    );
  });

  it.each([
    [
      'an unknown uid',
      { 'api::nope.nope': { title: 'a', slug: 'b', summary: 'c', body: 'd' } },
      /contentTypes\["api::nope\.nope"\]: no content type/,
    ],
    [
      'a missing field',
      { 'api::post.post': { title: 'title', slug: 'slug', summary: 'description', body: 'content' } },
      /contentTypes\["api::post\.post"\]\.title: the type has no attribute "title"/,
    ],
    [
      'a missing required key',
      { 'api::post.post': { title: 'headline', slug: 'slug', summary: 'description' } },
      /contentTypes\["api::post\.post"\]\.body is required/,
    ],
    [
      'an unknown key',
      { 'api::post.post': { title: 'headline', slug: 'slug', summary: 'description', body: 'content', teaser: 'x' } },
      /unknown option "contentTypes\['api::post\.post'\]\.teaser"/,
    ],
  ])('refuses to start with a contentTypes mapping naming %s', async (_name, contentTypes, expected) => {
    await expect(startTestApp({ NEWSROOM_CONTENT_TYPES: JSON.stringify(contentTypes) })).rejects.toThrow(expected);
  });

  it.each([
    [
      'a type the plugin does not serve',
      { 'api::category.category': ['name'] },
      /readingOrder\.scopes\["api::category\.category"\]: the plugin serves no such type/,
    ],
    [
      'an unknown attribute',
      { 'api::post.post': ['section'] },
      /readingOrder\.scopes\["api::post\.post"\]: the type has no attribute "section"/,
    ],
    [
      'a media attribute',
      { 'api::post.post': ['image'] },
      /readingOrder\.scopes\["api::post\.post"\]: "image" is one of the fields the plugin maps/,
    ],
    ['a dynamic zone', { 'plugin::newsroom.article': ['body'] }, /"body" is one of the fields the plugin maps/],
    // (Shapes yup refuses are unit-tested: they fail while Strapi still loads files, after this file's environment is gone.)
  ])('refuses to start with readingOrder.scopes naming %s', async (_name, scopes, expected) => {
    await expect(startTestApp({ NEWSROOM_SCOPES: JSON.stringify(scopes) })).rejects.toThrow(expected);
  });
});
