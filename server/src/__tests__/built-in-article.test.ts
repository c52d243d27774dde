import { builtInDisplayName, includeBuiltInArticle } from '../built-in-article';

describe('includeBuiltInArticle', () => {
  const parts = { contentTypes: { schema: 'article' }, controllers: 'controller', services: 'service' };
  const fresh = () => ({
    contentTypes: { series: 1 } as Record<string, unknown>,
    controllers: { reader: 1 } as Record<string, unknown>,
    services: { types: 1 } as Record<string, unknown>,
  });

  it('adds the content type, core controller and core service under "article"', () => {
    const plugin = fresh();
    includeBuiltInArticle(plugin, parts, true);
    expect(plugin).toEqual({
      contentTypes: { series: 1, article: parts.contentTypes },
      controllers: { reader: 1, article: 'controller' },
      services: { types: 1, article: 'service' },
    });
  });

  it('takes all three out, and puts them back when a restart in the same process turns the type on again', () => {
    const plugin = fresh();
    includeBuiltInArticle(plugin, parts, true);
    includeBuiltInArticle(plugin, parts, false);
    expect(plugin).toEqual(fresh());
    includeBuiltInArticle(plugin, parts, true);
    expect(plugin.contentTypes.article).toBe(parts.contentTypes);
  });
});

describe('builtInDisplayName', () => {
  it('is "Article" when no other served type bears that name', () => {
    expect(builtInDisplayName([])).toBe('Article');
    expect(builtInDisplayName(['Post', 'Articles'])).toBe('Article');
  });

  it('is "Newsroom article" beside a site type called "Article", whatever its case and spacing', () => {
    expect(builtInDisplayName(['Post', 'Article'])).toBe('Newsroom article');
    expect(builtInDisplayName([' article '])).toBe('Newsroom article');
  });
});
