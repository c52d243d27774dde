import fc from 'fast-check';

import { lead3, plainTextRank, summarize, SummaryInputError } from '..';
import { DEFAULT_MAX_LENGTH, MAX_INPUT_CHARS } from '../parameters';

const ARTICLE = [
  'The city council approved a new tram line on Tuesday after months of debate.',
  'The tram line will connect the northern suburbs with the central station.',
  'Mayor Anna Berg said the tram line would cut commuting times by a third.',
  'Construction of the tram line is expected to begin next spring.',
  '',
  'Critics argued the budget of the tram line was too high.',
  'Residents of the old town worried about noise during construction.',
  'The council promised to limit night work near the old town.',
  '',
  'A local bakery celebrated its fiftieth anniversary with free bread.',
].join('\n');

const blocks = (...paragraphs: string[]) =>
  paragraphs.map((paragraph) => ({ type: 'paragraph', children: [{ type: 'text', text: paragraph }] }));

describe('summarize', () => {
  it('returns sentences of the body, in body order, joined into the summary', () => {
    const { summary, sentences } = summarize(ARTICLE, { locale: 'en' });
    expect(sentences.length).toBeGreaterThan(0);
    expect(summary).toBe(sentences.map((sentence) => sentence.text).join(' '));
    const positions = sentences.map((sentence) => ARTICLE.indexOf(sentence.text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('picks at most three sentences by default, and maxSentences when given', () => {
    expect(summarize(ARTICLE, { locale: 'en' }).sentences).toHaveLength(3);
    expect(summarize(ARTICLE, { locale: 'en', maxSentences: 1 }).sentences).toHaveLength(1);
  });

  it('favours the central, early sentence and leaves the off-topic one out', () => {
    const { sentences } = summarize(ARTICLE, { locale: 'en' });
    expect(sentences[0].text).toBe('The city council approved a new tram line on Tuesday after months of debate.');
    expect(sentences.map((sentence) => sentence.text)).not.toContain('A local bakery celebrated its fiftieth anniversary with free bread.');
  });

  it('does not pick a sentence that repeats one already picked', () => {
    const body = blocks(
      'The tram line opens on Monday in the city centre.',
      'The tram line opens on Monday in the city centre.',
      'Tickets for the tram line cost two euros for a single ride.'
    );
    const { sentences } = summarize(body, { locale: 'en', maxSentences: 2 });
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'The tram line opens on Monday in the city centre.',
      'Tickets for the tram line cost two euros for a single ride.',
    ]);
  });

  it('gives scores between 0 and 1', () => {
    for (const { score } of summarize(ARTICLE, { locale: 'en' }).sentences) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic: the same input gives the same output', () => {
    const first = summarize(ARTICLE, { locale: 'en' });
    for (let i = 0; i < 5; i += 1) expect(summarize(ARTICLE, { locale: 'en' })).toEqual(first);
  });

  it('breaks ties by body order', () => {
    const body = blocks('Alpha beta gamma delta.', 'Epsilon zeta eta theta.', 'Iota kappa lambda mu.');
    expect(plainTextRank(body, { maxSentences: 1 }).summary).toBe('Alpha beta gamma delta.');
  });

  it('summarises French and German bodies and bodies without a locale', () => {
    const french = 'M. Dupont a inauguré la ligne de tramway. La ligne relie la gare au centre. Le tramway passe toutes les cinq minutes.';
    expect(summarize(french, { locale: 'fr-FR', maxSentences: 1 }).summary).toBe('M. Dupont a inauguré la ligne de tramway.');
    const german = 'Die Stadt baut z.B. eine neue Straßenbahn. Die Bahn fährt alle fünf Minuten. Der Bau beginnt im Frühjahr.';
    expect(summarize(german, { locale: 'de' }).sentences.map((sentence) => sentence.text)).toContain(
      'Die Stadt baut z.B. eine neue Straßenbahn.'
    );
    expect(summarize(ARTICLE).sentences.length).toBeGreaterThan(0);
  });

  it('leaves headings out of the candidate sentences', () => {
    const body = [
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Tram line tram line tram line approved' }] },
      ...blocks('The council approved the tram line.', 'The tram line opens next year.'),
    ];
    expect(summarize(body, { locale: 'en' }).summary).not.toMatch(/approved The|tram line tram line/);
  });

  describe('length limit', () => {
    it('defaults to 600 characters', () => {
      expect(DEFAULT_MAX_LENGTH).toBe(600);
      const long = Array.from(
        { length: 30 },
        (_, i) => `Sentence number ${i} talks about the tram line and its many long stops in the city.`
      ).join(' ');
      expect(summarize(long, { locale: 'en', maxSentences: 20 }).summary.length).toBeLessThanOrEqual(600);
    });

    it('skips sentences that do not fit and takes shorter ones that do', () => {
      const { summary } = summarize(ARTICLE, { locale: 'en', maxLength: 80 });
      expect(summary.length).toBeLessThanOrEqual(80);
      expect(summary).toMatch(/\.$/);
    });

    it('cuts the best sentence at a word boundary with "…" when no sentence fits', () => {
      const { summary, sentences } = summarize('The council approved the new tram line after a very long debate.', {
        locale: 'en',
        maxLength: 30,
      });
      expect(summary).toBe('The council approved the new…');
      expect(summary.length).toBeLessThanOrEqual(30);
      expect(sentences).toEqual([{ text: summary, score: expect.any(Number), index: 0 }]);
    });

    it('never returns a summary longer than maxLength', () => {
      fc.assert(
        fc.property(
          fc.array(fc.string({ maxLength: 200 }), { maxLength: 12 }),
          fc.integer({ min: 1, max: 400 }),
          fc.integer({ min: 1, max: 5 }),
          (paragraphs, maxLength, maxSentences) => {
            const { summary } = summarize(paragraphs.join('\n\n'), { locale: 'en', maxLength, maxSentences });
            return summary.length <= maxLength;
          }
        ),
        { seed: 42, numRuns: 300 }
      );
    });
  });

  describe('empty bodies', () => {
    it.each([[null], [undefined], [''], [[]], [blocks('')], ['## Only a heading']])('returns an empty summary for %p', (body) => {
      expect(summarize(body, { locale: 'en' })).toEqual({ summary: '', sentences: [] });
    });
  });

  it('answers for a body of about 1 MB with a summary within the length limit', () => {
    const paragraphText =
      'The regional transport authority published new figures on tram ridership. ' +
      'Passenger numbers rose in every district except the harbour. ' +
      'Officials expect the trend to continue when the northern extension opens. ';
    const body = blocks(...Array.from({ length: Math.ceil(1_000_000 / paragraphText.length) }, () => paragraphText));
    expect(JSON.stringify(body).length).toBeGreaterThan(1_000_000);
    expect(body.length * paragraphText.length).toBeGreaterThan(MAX_INPUT_CHARS);
    const { summary } = summarize(body, { locale: 'en', maxLength: 300 });
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.length).toBeLessThanOrEqual(300);
  });

  describe('input of the wrong shape', () => {
    it.each([
      ['a number', 42],
      ['an object that is not blocks', { text: 'hello' }],
      ['blocks with non-array children', [{ type: 'paragraph', children: 'hello' }]],
    ])('throws SummaryInputError for %s', (_, body) => {
      expect(() => summarize(body)).toThrow(SummaryInputError);
    });

    it.each([
      [{ maxLength: 0 }, /options\.maxLength/],
      [{ maxLength: 1.5 }, /options\.maxLength/],
      [{ maxSentences: -1 }, /options\.maxSentences/],
      [{ locale: 'not a locale!' }, /locale/],
      [null, /options must be an object/],
    ])('throws SummaryInputError for options %p', (options, message) => {
      expect(() => summarize(ARTICLE, options as never)).toThrow(SummaryInputError);
      expect(() => summarize(ARTICLE, options as never)).toThrow(message);
    });
  });
});

describe('lead3', () => {
  it('returns the first three sentences of the body', () => {
    expect(lead3(ARTICLE, 'en')).toBe(
      'The city council approved a new tram line on Tuesday after months of debate. ' +
        'The tram line will connect the northern suburbs with the central station. ' +
        'Mayor Anna Berg said the tram line would cut commuting times by a third.'
    );
  });

  it('splits with the same rules as summarize', () => {
    expect(lead3('Mr. Smith met Dr. Jones. They talked. It rained. They left.', 'en')).toBe(
      'Mr. Smith met Dr. Jones. They talked. It rained.'
    );
  });

  it('returns what there is for a body of fewer than three sentences, and "" for an empty one', () => {
    expect(lead3('Only one sentence.', 'en')).toBe('Only one sentence.');
    expect(lead3([], 'en')).toBe('');
  });
});

describe('plainTextRank', () => {
  it('ranks by centrality alone: the sentence sharing most with the others, wherever it is', () => {
    const body = blocks(
      'A local bakery celebrated its anniversary.',
      'The tram stops at the station.',
      'The tram line reaches the suburbs.',
      'The new tram line links the station with the suburbs.'
    );
    expect(plainTextRank(body, { locale: 'en', maxSentences: 1 }).summary).toBe('The new tram line links the station with the suburbs.');
  });
});
