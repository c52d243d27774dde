import { readerSummary, type StoredArticle } from '../reader-summary';

const BODY = [
  'The city council approved a new tram line on Tuesday after four years of debate.',
  'The tram line will connect the northern suburbs with the central station by 2027.',
  'Mayor Anna Berg said the tram line would cut commuting times by a third.',
  'Construction of the tram line is expected to begin next spring and last two years.',
  'Critics argued that the budget of the tram line was far too high for the city.',
  'Residents of the old town worried about noise during the long construction works.',
  'The council promised to limit night work near the old town and to pay shop owners.',
  'Tickets for the first rides will be free during the opening weekend of the tram line.',
].join(' ');

const stored = (fields: Partial<StoredArticle> = {}): StoredArticle => ({
  summary: null,
  autoSummary: 'The stored automatic summary.',
  title: 'A tram line for the city',
  summaryMaxLength: 600,
  ...fields,
});

const reads = () => {
  let count = 0;
  return { body: async () => ((count += 1), { body: BODY, locale: 'en' }), count: () => count };
};

describe('readerSummary', () => {
  it('answers the editor summary as the paragraph at every length, without reading the body', async () => {
    const body = reads();
    for (const length of ['short', 'medium', 'long'] as const) {
      expect(
        await readerSummary(stored({ summary: 'Written by the editor.' }), body.body, { format: 'paragraph', length, auto: true })
      ).toEqual({
        summary: 'Written by the editor.',
        keyPoints: null,
        summarySource: 'editor',
      });
    }
    expect(body.count()).toBe(0);
  });

  it('answers the stored automatic summary for medium, and one made from the body for short and long', async () => {
    const body = reads();
    expect((await readerSummary(stored(), body.body, { format: 'paragraph', length: 'medium', auto: true })).summary).toBe(
      'The stored automatic summary.'
    );
    expect(body.count()).toBe(0);
    const short = await readerSummary(stored(), body.body, { format: 'paragraph', length: 'short', auto: true });
    const long = await readerSummary(stored(), body.body, { format: 'paragraph', length: 'long', auto: true });
    expect(short).toEqual({
      summary: 'The city council approved a new tram line on Tuesday after four years of debate.',
      keyPoints: null,
      summarySource: 'auto',
    });
    expect(long.summary!.length).toBeGreaterThan(short.summary!.length * 4);
  });

  it('answers the editor key points when written, else automatic ones as many as the length asks', async () => {
    const body = reads();
    const written = await readerSummary(stored({ keyPoints: 'One.\nTwo.' }), body.body, {
      format: 'keypoints',
      length: 'long',
      auto: true,
    });
    expect(written).toEqual({ summary: null, keyPoints: ['One.', 'Two.'], summarySource: 'editor' });
    expect(body.count()).toBe(0);
    const counts = [];
    for (const length of ['short', 'medium', 'long'] as const) {
      const answer = await readerSummary(stored({ summary: 'The editor summary is not a key point.' }), body.body, {
        format: 'keypoints',
        length,
        auto: true,
      });
      expect(answer.summarySource).toBe('auto');
      counts.push(answer.keyPoints!.length);
    }
    expect(counts).toEqual([3, 5, 7]);
  });

  it('answers nothing automatic when summary.auto is off', async () => {
    const body = reads();
    expect(await readerSummary(stored(), body.body, { format: 'paragraph', length: 'long', auto: false })).toEqual({
      summary: null,
      keyPoints: null,
      summarySource: 'none',
    });
    expect(await readerSummary(stored(), body.body, { format: 'keypoints', length: 'long', auto: false })).toEqual({
      summary: null,
      keyPoints: [],
      summarySource: 'none',
    });
    expect(body.count()).toBe(0);
  });

  it('answers none for a body the engine cannot read, as for an empty one', async () => {
    const broken = async () => ({ body: 42, locale: 'en' });
    expect(await readerSummary(stored(), broken, { format: 'keypoints', length: 'short', auto: true })).toEqual({
      summary: null,
      keyPoints: [],
      summarySource: 'none',
    });
    expect(await readerSummary(stored(), broken, { format: 'paragraph', length: 'long', auto: true })).toEqual({
      summary: null,
      keyPoints: null,
      summarySource: 'none',
    });
  });
});
