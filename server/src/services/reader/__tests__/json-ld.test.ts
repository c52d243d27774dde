import { articleJsonLd, fillUrl, type JsonLdInput } from '../json-ld';

const input = (overrides: Partial<JsonLdInput> = {}): JsonLdInput => ({
  schemaType: 'NewsArticle',
  headline: 'Riverside gets a tram',
  description: 'The plan in brief.',
  datePublished: '2026-12-01T09:00:00.000Z',
  dateModified: '2026-12-02T09:00:00.000Z',
  image: 'https://cdn.example.com/tram.jpg',
  inLanguage: 'en',
  wordCount: 812,
  readingTimeMinutes: 4,
  author: 'Ada Reporter',
  url: 'https://example.com/en/news/tram',
  series: [],
  ...overrides,
});

describe('articleJsonLd', () => {
  it('describes an article as schema.org does', () => {
    expect(articleJsonLd(input())).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Riverside gets a tram',
      description: 'The plan in brief.',
      datePublished: '2026-12-01T09:00:00.000Z',
      dateModified: '2026-12-02T09:00:00.000Z',
      image: 'https://cdn.example.com/tram.jpg',
      inLanguage: 'en',
      wordCount: 812,
      timeRequired: 'PT4M',
      author: { '@type': 'Person', name: 'Ada Reporter' },
      url: 'https://example.com/en/news/tram',
      mainEntityOfPage: 'https://example.com/en/news/tram',
    });
  });

  it('leaves out what the article has not: description, image, language, author, url', () => {
    const data = articleJsonLd(
      input({ description: null, image: null, inLanguage: null, author: null, url: null, schemaType: 'BlogPosting' })
    );
    expect(Object.keys(data).sort()).toEqual([
      '@context',
      '@type',
      'dateModified',
      'datePublished',
      'headline',
      'timeRequired',
      'wordCount',
    ]);
    expect(data['@type']).toBe('BlogPosting');
  });

  it('puts the article in its series with its position; several series are listed without one', () => {
    expect(articleJsonLd(input({ series: [{ name: 'The tram', url: 'https://example.com/s/tram', position: 3 }] }))).toMatchObject({
      isPartOf: { '@type': 'CreativeWorkSeries', name: 'The tram', url: 'https://example.com/s/tram' },
      position: 3,
    });
    const two = articleJsonLd(
      input({
        series: [
          { name: 'A', url: null, position: 1 },
          { name: 'B', url: null, position: 2 },
        ],
      })
    );
    expect(two.isPartOf).toEqual([
      { '@type': 'CreativeWorkSeries', name: 'A' },
      { '@type': 'CreativeWorkSeries', name: 'B' },
    ]);
    expect(two).not.toHaveProperty('position');
  });
});

describe('fillUrl', () => {
  it('fills every placeholder, each value encoded as a path segment', () => {
    expect(
      fillUrl('https://example.com/{locale}/news/{slug}?id={documentId}&again={slug}', {
        slug: 'a b/c',
        documentId: 'abc123',
        locale: 'pt-BR',
      })
    ).toBe('https://example.com/pt-BR/news/a%20b%2Fc?id=abc123&again=a%20b%2Fc');
  });
});
