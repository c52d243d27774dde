import fc from 'fast-check';

import { keyPoints, SummaryInputError } from '..';
import { readArticle } from '../document';
import { isWholeSentence } from '../key-points';
import { MAX_KEY_POINT_CHARS } from '../parameters';

/** One paragraph a line, as a CMS body holds them (a blank line between; blocks read the same). */
const STORY = [
  'By Jane Smith',
  'Published 3 March 2024 10:42',
  'The city council approved a new tram line on Tuesday after four years of debate.',
  'The tram line will connect the northern suburbs with the central station by 2027.',
  'Read more: how the city voted on its last transport plan',
  'Mayor Anna Berg said the tram line would cut commuting times by a third.',
  'Photo: Getty Images / Reuters',
  'Construction of the tram line is expected to begin next spring and last two years.',
  'Will the old town survive the roadworks?',
  '',
  'Critics argued that the budget of the tram line was far too high for the city.',
  'Residents of the old town worried about noise during the long construction works.',
  'The council promised to limit night work near the old town and to pay shop owners.',
  'Subscribe to our newsletter for the latest local news.',
  '',
  'Tickets for the first rides will be free during the opening weekend of the tram line.',
].join('\n\n');

const JUNK = [
  'By Jane Smith',
  'Published 3 March 2024 10:42',
  'Read more: how the city voted on its last transport plan',
  'Photo: Getty Images / Reuters',
  'Will the old town survive the roadworks?',
  'Subscribe to our newsletter for the latest local news.',
];

const article = readArticle('', 'en');

describe('keyPoints', () => {
  it('gives whole sentences of the article, in article order, never its page furniture or questions', () => {
    const points = keyPoints(STORY, { locale: 'en', title: 'A tram line for the city', count: 7 });
    expect(points.length).toBe(7);
    for (const point of points) {
      expect(STORY.split('\n')).toContain(point);
      expect(JUNK).not.toContain(point);
    }
    const positions = points.map((point) => STORY.indexOf(point));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('gives as many key points as asked, fewer only when the article has fewer whole sentences', () => {
    for (const count of [3, 4, 5, 6, 7]) expect(keyPoints(STORY, { locale: 'en', count })).toHaveLength(count);
    const short = 'The bridge reopened on Monday after repairs. Traffic is expected to be heavy all week.';
    expect(keyPoints(short, { locale: 'en', count: 3 })).toEqual([
      'The bridge reopened on Monday after repairs.',
      'Traffic is expected to be heavy all week.',
    ]);
  });

  it('answers no key point rather than junk when the body has no whole sentence', () => {
    expect(keyPoints('Read more: our tram coverage\n\nBy Jane Smith\n\nWhat happens next?', { locale: 'en', count: 3 })).toEqual([]);
    expect(keyPoints('', { count: 3 })).toEqual([]);
    expect(keyPoints(null)).toEqual([]);
  });

  it('picks the lead statement and the sentences about the title first', () => {
    const three = keyPoints(STORY, { locale: 'en', title: 'A tram line for the city', count: 3 });
    expect(three[0]).toBe('The city council approved a new tram line on Tuesday after four years of debate.');
  });

  it('never gives the same statement twice', () => {
    const repeated = `${STORY}\n\n${STORY}`;
    const points = keyPoints(repeated, { locale: 'en', count: 7 });
    expect(new Set(points).size).toBe(points.length);
  });

  it('reads Strapi blocks and other languages', () => {
    const blocks = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Le tramway' }] },
      {
        type: 'paragraph',
        children: [
          {
            type: 'text',
            text: 'M. Dupont a inauguré lundi la ligne de tramway qui relie la gare au centre. La ligne compte douze arrêts et vingt rames.',
          },
        ],
      },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Le tramway passe toutes les cinq minutes aux heures de pointe. Les travaux ont duré trois ans.' },
        ],
      },
    ];
    const points = keyPoints(blocks, { locale: 'fr', count: 3 });
    expect(points[0]).toBe('M. Dupont a inauguré lundi la ligne de tramway qui relie la gare au centre.');
    expect(points).not.toContain('Le tramway');
  });

  it('refuses options of the wrong shape', () => {
    expect(() => keyPoints(STORY, { count: 0 })).toThrow(SummaryInputError);
    expect(() => keyPoints(STORY, { count: 2.5 })).toThrow(SummaryInputError);
    expect(() => keyPoints(42)).toThrow(SummaryInputError);
  });

  it('gives, for any text, at most `count` whole sentences of it in its order', () => {
    const sentence = fc
      .tuple(
        fc.constantFrom('The', 'A', 'Our', 'by', '', 'Read more:'),
        fc.array(fc.constantFrom('city', 'tram', 'council', 'new', 'line', 'of'), { minLength: 0, maxLength: 12 }),
        fc.constantFrom('.', '?', '', '!', '...')
      )
      .map(([first, rest, end]) => `${[first, ...rest].join(' ').trim()}${end}`);
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 20 }), fc.integer({ min: 1, max: 7 }), (sentences, count) => {
        const body = sentences.join('\n\n');
        const points = keyPoints(body, { locale: 'en', count });
        expect(points.length).toBeLessThanOrEqual(count);
        for (const point of points) expect(isWholeSentence(point, article)).toBe(true);
        const positions = points.map((point) => body.indexOf(point));
        expect(positions.every((position) => position >= 0)).toBe(true);
      })
    );
  });
});

describe('isWholeSentence', () => {
  it.each([
    ['a statement', 'The council approved the new tram line on Tuesday.', true],
    ['a statement in quotes', '"We will build it," the mayor said on Tuesday.', true],
    ['an exclamation', 'The tram line opens to the public next Monday!', true],
    ['one opening with a number', '2024 was the year the council finally approved the line.', true],
    ['a fragment', 'and the council approved it on Tuesday.', false],
    ['a sentence cut off', 'The council approved the new tram line on', false],
    ['a sentence trailing off', 'The council approved the new tram line and then...', false],
    ['a question', 'Did the council approve the new tram line?', false],
    ['a byline', 'By Jane Smith.', false],
    ['a call to action', 'Read more about the tram line in our special report.', false],
    ['too few words', 'It opened today.', false],
    ['too long', `The council approved ${'a very long '.repeat(40)}line.`, false],
  ])('%s: %s', (_name, text, expected) => {
    expect(isWholeSentence(text, article)).toBe(expected);
  });

  it(`takes at most ${MAX_KEY_POINT_CHARS} characters`, () => {
    expect(MAX_KEY_POINT_CHARS).toBeGreaterThanOrEqual(200);
  });
});
