import { summarize } from '..';

const ARTICLE = [
  'Harbourside council voted on Tuesday to build a nine-kilometre tram line linking the northern suburbs with the central station, ending two years of debate.',
  'The line will have 14 stops.',
  'Construction starts next spring and should take three years, the mayor said at a press conference in the town hall on Tuesday evening.',
].join(' ');

/** The summary is the start of one sentence of the article, cut after a whole word. */
const isWholeWordsOf = (summary: string, sentences: string[]): boolean => {
  const cut = summary.endsWith('…') ? summary.slice(0, -1) : summary;
  const source = sentences.find((sentence) => sentence.startsWith(cut));
  if (source === undefined) return false;
  const next = source.charAt(cut.length);
  return next === '' || next === ' ' || next === ',' || next === ';' || next === ':';
};

describe('short summary fields', () => {
  const sentences = ARTICLE.split(/(?<=\.) /);

  it.each([80, 100, 120, 140, 160])('gives one sentence or one cut at a clause or word boundary within %i characters', (maxLength) => {
    const result = summarize(ARTICLE, { locale: 'en', maxLength });
    expect(result.summary.length).toBeGreaterThan(0);
    expect(result.summary.length).toBeLessThanOrEqual(maxLength);
    expect(result.sentences).toHaveLength(1);
    expect(isWholeWordsOf(result.summary, sentences)).toBe(true);
  });

  it('cuts the best sentence at a clause boundary when it does not fit and no close second does', () => {
    const { summary } = summarize(ARTICLE, { locale: 'en', maxLength: 140, title: 'Council approves tram line' });
    expect(summary).toBe(
      'Harbourside council voted on Tuesday to build a nine-kilometre tram line linking the northern suburbs with the central station…'
    );
  });

  it('returns the best sentence whole when it fits', () => {
    const { summary } = summarize('The council approved the tram line on Tuesday. Work starts in the spring of next year.', {
      locale: 'en',
      maxLength: 80,
    });
    expect(summary).toBe('The council approved the tram line on Tuesday.');
  });

  it('prefers a sentence that fits to a fragment, and never returns an empty summary', () => {
    const { summary } = summarize(ARTICLE, { locale: 'en', maxLength: 80 });
    expect(summary).not.toBe('The line will have 14 stops.');
    expect(summary.endsWith('…')).toBe(true);
  });
});

describe('the title as a query', () => {
  const body = [
    'The city held its annual budget meeting on Monday evening in the old town hall.',
    'Councillors discussed parking fees, school repairs and the harbour festival for several hours.',
    'They also approved a new tram line to the northern suburbs, which will open in three years.',
    'The meeting ended shortly before midnight.',
  ].join(' ');

  it("ranks the sentence that shares the title's words higher", () => {
    const without = summarize(body, { locale: 'en', maxSentences: 2 });
    const withTitle = summarize(body, { locale: 'en', maxSentences: 2, title: 'Tram line to the northern suburbs approved' });
    expect(without.sentences.map(({ index }) => index)).toEqual([0, 1]);
    expect(withTitle.sentences.map(({ index }) => index)).toEqual([0, 2]);
    expect(withTitle.sentences[1].text).toBe('They also approved a new tram line to the northern suburbs, which will open in three years.');
  });

  it('refuses a title that is not a string', () => {
    expect(() => summarize(body, { locale: 'en', title: 42 as unknown as string })).toThrow(/options\.title/);
  });
});
