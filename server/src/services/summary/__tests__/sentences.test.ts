import { resolveLanguage } from '../locale';
import { splitSentences, words } from '../sentences';

const split = (text: string, locale?: string) => splitSentences(text, resolveLanguage(locale));

describe('splitSentences', () => {
  describe('English', () => {
    it('keeps titles, an acronym and an abbreviated date inside one sentence', () => {
      expect(split('Mr. Smith met Dr. Jones in the U.S. on Jan. 5. They talked for an hour.', 'en')).toEqual([
        'Mr. Smith met Dr. Jones in the U.S. on Jan. 5.',
        'They talked for an hour.',
      ]);
    });

    it('keeps initials with the name they belong to', () => {
      expect(split('J. R. R. Tolkien wrote it. Prof. X agreed.', 'en')).toEqual(['J. R. R. Tolkien wrote it.', 'Prof. X agreed.']);
    });

    it('keeps "e.g." and "i.e." inside the sentence, also before a capital', () => {
      expect(split('Cities, e.g. Boston, grew. Towns, i.e. Salem, shrank.', 'en')).toEqual([
        'Cities, e.g. Boston, grew.',
        'Towns, i.e. Salem, shrank.',
      ]);
    });

    it('keeps "etc." inside the sentence when a lower-case word follows, and ends it otherwise', () => {
      expect(split('Bring pens, paper etc. and a ruler. We start at nine. Bring pens etc. The rest is here.', 'en')).toEqual([
        'Bring pens, paper etc. and a ruler.',
        'We start at nine.',
        'Bring pens etc.',
        'The rest is here.',
      ]);
    });

    it('keeps "No." with its number and "St." with its name', () => {
      expect(split('Route No. 5 runs to St. Louis. It is slow.', 'en')).toEqual(['Route No. 5 runs to St. Louis.', 'It is slow.']);
    });

    it('ends the sentence after "U.S." when the next sentence starts with a stop word', () => {
      expect(split('The U.S. Senate voted. He lives in the U.S. He works there.', 'en')).toEqual([
        'The U.S. Senate voted.',
        'He lives in the U.S.',
        'He works there.',
      ]);
    });

    it('ends the sentence after a single capital followed by a stop word', () => {
      expect(split('They chose plan B. The vote was close.', 'en')).toEqual(['They chose plan B.', 'The vote was close.']);
    });

    it('still splits ordinary sentences ending in ".", "?" and "!"', () => {
      expect(split('It rained. Did it stop? Yes! We left.', 'en')).toEqual(['It rained.', 'Did it stop?', 'Yes!', 'We left.']);
    });
  });

  it('French: keeps "M." and "Mme." with the name and "janv." before a number', () => {
    expect(split('M. Dupont et Mme. Durand sont arrivés. Le 5 janv. 2024 fut calme. Le Dr. Martin aussi.', 'fr')).toEqual([
      'M. Dupont et Mme. Durand sont arrivés.',
      'Le 5 janv. 2024 fut calme.',
      'Le Dr. Martin aussi.',
    ]);
  });

  it('German: keeps "z.B.", "Dr.", "Hr." and a day number before its month inside the sentence', () => {
    expect(split('Viele Städte, z.B. Berlin, wachsen. Dr. Müller und Hr. Schmidt kamen am 5. Januar. Fr. Meier auch.', 'de')).toEqual([
      'Viele Städte, z.B. Berlin, wachsen.',
      'Dr. Müller und Hr. Schmidt kamen am 5. Januar.',
      'Fr. Meier auch.',
    ]);
  });

  it('Spanish: keeps "Sra." and "Sr." with the name', () => {
    expect(split('La Sra. García y el Sr. López llegaron. Luego se fueron.', 'es')).toEqual([
      'La Sra. García y el Sr. López llegaron.',
      'Luego se fueron.',
    ]);
  });

  it('Russian: keeps "т.е." and "г." (city) inside, but ends the sentence after a year "г." and "т.д."', () => {
    expect(split('Это, т.е. Москва, большой город. Он жил в г. Москва и т.д. Всё было в 2020 г. Потом он уехал.', 'ru')).toEqual([
      'Это, т.е. Москва, большой город.',
      'Он жил в г. Москва и т.д.',
      'Всё было в 2020 г.',
      'Потом он уехал.',
    ]);
  });

  it('applies the language of a regional locale (fr-CA) and of an underscore locale (de_AT)', () => {
    expect(split('M. Tremblay est venu.', 'fr-CA')).toEqual(['M. Tremblay est venu.']);
    expect(split('Das ist z.B. Wien.', 'de_AT')).toEqual(['Das ist z.B. Wien.']);
  });

  it('splits a language without abbreviation tables with Intl.Segmenter alone', () => {
    expect(split('Il sindaco ha parlato. Poi è partito.', 'it')).toEqual(['Il sindaco ha parlato.', 'Poi è partito.']);
    expect(split('One. Two.')).toEqual(['One.', 'Two.']);
  });

  it('splits a paragraph much longer than the segmenter chunk at the same places as short ones', () => {
    const sentence = 'Mr. Smith met Dr. Jones on Jan. 5 to discuss the budget.';
    const long = Array.from({ length: 200 }, () => sentence).join(' ');
    expect(split(long, 'en')).toEqual(Array.from({ length: 200 }, () => sentence));
  });

  it('keeps a long run of text without any sentence end as one sentence, words intact', () => {
    const run = Array.from({ length: 600 }, (_, i) => `word${i}`).join(' ');
    expect(split(run, 'en')).toEqual([run]);
  });
});

describe('words', () => {
  it('returns the word-like segments, without punctuation or spaces', () => {
    expect(words('Hello, world: it’s 5 o’clock!', resolveLanguage('en'))).toEqual(['Hello', 'world', 'it’s', '5', 'o’clock']);
  });

  it('splits words in a script written without spaces', () => {
    expect(words('東京は大きい都市です。', resolveLanguage('ja')).length).toBeGreaterThan(1);
  });
});
