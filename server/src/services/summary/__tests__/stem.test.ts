import { resolveLanguage } from '../locale';
import { stemmerFor } from '../stem';
import { contentTerms } from '../terms';

const stem = (locale: string, word: string) => stemmerFor(resolveLanguage(locale))(word);

describe('stemming', () => {
  it.each([
    ['en', ['tram', 'trams'], ['connect', 'connected', 'connecting', 'connection']],
    ['fr', ['inauguré', 'inaugurée', 'inaugurés'], ['national', 'nationale', 'nationales']],
    ['de', ['Bahnhof', 'Bahnhofs', 'Bahnhöfe'].map((word) => word.toLowerCase()), ['stadt', 'städte']],
    ['es', ['trabajador', 'trabajadores'], ['construir', 'construirá']],
  ])('gives inflected forms one stem in %s', (locale, ...groups) => {
    for (const group of groups as string[][]) {
      const stems = new Set(group.map((word) => stem(locale, word)));
      expect(stems.size).toBe(1);
    }
  });

  it('leaves words alone in a language without a stemmer, and overlong tokens everywhere', () => {
    expect(stem('ja', 'trams')).toBe('trams');
    const token = 'x'.repeat(200);
    expect(stem('en', token)).toBe(token);
  });

  it('makes "tram" and "trams" one term after stop words and elisions', () => {
    const language = resolveLanguage('fr');
    expect(contentTerms(["l'inauguration", 'des', 'trams', 'tram'], language)).toEqual([
      stem('fr', 'inauguration'),
      stem('fr', 'trams'),
      stem('fr', 'tram'),
    ]);
    expect(stem('fr', 'trams')).toBe(stem('fr', 'tram'));
  });

  it('gives an English possessive one term whichever apostrophe it is typed with', () => {
    const language = resolveLanguage('en');
    const terms = contentTerms(["Macron's", 'Macron’s', 'Macron', "they're"], language);
    // "they're" is "they", a stop word.
    expect(terms).toEqual([stem('en', 'macron'), stem('en', 'macron'), stem('en', 'macron')]);
  });
});
