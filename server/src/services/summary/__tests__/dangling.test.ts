import { opensWithReference } from '../dangling';
import { resolveLanguage } from '../locale';

describe('opensWithReference', () => {
  it('recognises a pronoun or connective that points back, in each language', () => {
    expect(opensWithReference('He', resolveLanguage('en'))).toBe(true);
    expect(opensWithReference('Mais', resolveLanguage('fr-FR'))).toBe(true);
    expect(opensWithReference('Jedoch', resolveLanguage('de'))).toBe(true);
    expect(opensWithReference('Pero', resolveLanguage('es'))).toBe(true);
  });

  it('leaves determiners that open dates, and other words, alone', () => {
    expect(opensWithReference('This', resolveLanguage('en'))).toBe(false);
    expect(opensWithReference('Ce', resolveLanguage('fr'))).toBe(false);
    expect(opensWithReference('Este', resolveLanguage('es'))).toBe(false);
    expect(opensWithReference('The', resolveLanguage('en'))).toBe(false);
  });

  it('knows no openers for a language without a list, nor for an empty sentence', () => {
    expect(opensWithReference('He', resolveLanguage('it'))).toBe(false);
    expect(opensWithReference(undefined, resolveLanguage('en'))).toBe(false);
  });
});
