import fc from 'fast-check';

import { resolveLanguage } from '../locale';
import { segmenterWords } from '../sentences';
import { scanWords } from '../word-scan';

const english = resolveLanguage('en');

/** Letters of several scripts, digits, every joiner kind, marks, spaces and emoji: where word rules differ. */
const PIECES = [
  'a',
  'B',
  'É',
  'ß',
  'я',
  'Ж',
  'α',
  'ع',
  'Ⅻ',
  'ª',
  'ǅ',
  '1',
  '٣',
  '²',
  ' ',
  '\u00a0',
  '\u202f',
  "'",
  '’',
  '.',
  ',',
  ':',
  ';',
  '·',
  '_',
  '‿',
  '-',
  '\u0301',
  '\u00ad',
  '😀',
  '🇫',
  '!',
  '"',
  '\n',
  '#',
  '@',
  '%',
];

describe('scanWords', () => {
  it.each([
    ['contractions and elisions', "Don't say l'été or aujourd’hui.", ["Don't", 'say', "l'été", 'or', 'aujourd’hui']],
    [
      'numbers with separators',
      'It cost 3,500.75 dollars on 12.03.2024 at 10:30.',
      ['It', 'cost', '3,500.75', 'dollars', 'on', '12.03.2024', 'at', '10', '30'],
    ],
    ['hyphens split, dotted acronyms do not', 'A well-known U.S. firm.', ['A', 'well', 'known', 'U.S', 'firm']],
    ['French thousands with a narrow space', 'Il y a 12\u202f000 habitants.', ['Il', 'y', 'a', '12\u202f000', 'habitants']],
  ])('finds the words of %s', (_name, text, expected) => {
    expect(scanWords(text)).toEqual(expected);
    expect(segmenterWords(text, english)).toEqual(expected);
  });

  it('gives the same words as Intl.Segmenter on any text of letters, digits, joiners, marks and emoji', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        const scanned = scanWords(text);
        return scanned === null || JSON.stringify(scanned) === JSON.stringify(segmenterWords(text, english));
      }),
      { seed: 29, numRuns: 20000 }
    );
  });

  it('leaves Chinese, Japanese, Thai and emoji sequences to Intl.Segmenter', () => {
    for (const text of ['北京是中国的首都', 'ひらがなとカタカナ', 'ภาษาไทย', 'family 👨‍👩‍👧']) expect(scanWords(text)).toBeNull();
  });
});
