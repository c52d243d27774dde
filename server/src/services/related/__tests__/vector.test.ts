import { documentVector, idf, MAX_TERMS, normalizedScore, queryVector, termCounts, TITLE_WEIGHT } from '../vector';

const dot = (a: Array<{ term: string; weight: number }>, b: Array<{ term: string; weight: number }>) => {
  const weights = new Map(b.map(({ term, weight }) => [term, weight]));
  return a.reduce((sum, { term, weight }) => sum + weight * (weights.get(term) ?? 0), 0);
};

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

describe('termCounts', () => {
  it('counts stems without stop words, so that inflections meet', () => {
    const counts = termCounts({ title: null, summary: null, body: paragraph('The trams were running; a tram runs.') }, 'en');
    expect(counts.get('tram')).toBe(2);
    expect(counts.get('run')).toBe(2);
    expect(counts.has('the')).toBe(false);
    expect(counts.has('were')).toBe(false);
  });

  it('weighs the title and the summary above the body', () => {
    const counts = termCounts({ title: 'Elections', summary: 'Budget talks', body: paragraph('Weather report.') }, 'en');
    expect(counts.get('elect')).toBe(TITLE_WEIGHT);
    expect(counts.get('budget')).toBe(2);
    expect(counts.get('weather')).toBe(1);
  });

  it("uses the locale's stop words and stemmer", () => {
    const counts = termCounts(
      { title: null, summary: null, body: paragraph("L'élection présidentielle et les élections législatives.") },
      'fr'
    );
    expect(counts.has('les')).toBe(false);
    expect(counts.has('et')).toBe(false);
    expect(counts.get('élect')).toBe(2);
  });

  it('leaves numbers and single letters out', () => {
    const counts = termCounts({ title: '2005 x', summary: null, body: paragraph('42 1,000') }, 'en');
    expect([...counts.keys()]).toEqual([]);
  });
});

describe('documentVector', () => {
  it('keeps the most used stems, at most MAX_TERMS, as a unit vector', () => {
    const counts = new Map(
      Array.from({ length: MAX_TERMS + 10 }, (_, k) => [`term${String.fromCharCode(97 + (k % 26))}${k}`, k + 1] as [string, number])
    );
    const vector = documentVector(counts);
    expect(vector).toHaveLength(MAX_TERMS);
    expect(vector.map(({ term }) => term)).not.toContain('terma0');
    expect(dot(vector, vector)).toBeCloseTo(1, 10);
  });

  it('damps repetition: a word said ten times is not ten times the evidence', () => {
    const [first, second] = documentVector(
      new Map([
        ['goal', 10],
        ['match', 1],
      ])
    );
    expect(first.term).toBe('goal');
    expect(first.weight / second.weight).toBeCloseTo(1 + Math.log(10), 10);
  });

  it('is empty for an article without any usable word', () => {
    expect(documentVector(new Map())).toEqual([]);
  });
});

describe('queryVector and the score', () => {
  const own = documentVector(
    new Map([
      ['striker', 3],
      ['league', 2],
      ['said', 4],
      ['unique', 5],
    ])
  );
  const frequency = new Map([
    ['striker', 3],
    ['league', 4],
    ['said', 90],
    ['unique', 1],
  ]);

  it('drops stems no other article has, and favours rare ones over common ones', () => {
    const query = queryVector(own, frequency, 100);
    expect(query.map(({ term }) => term)).not.toContain('unique');
    const weight = (term: string) => query.find((item) => item.term === term)!.weight;
    expect(weight('striker')).toBeGreaterThan(weight('said'));
    expect(idf(3, 100)).toBeGreaterThan(idf(90, 100));
  });

  it('keeps at most `max` stems, the most distinctive ones', () => {
    expect(queryVector(own, frequency, 100, 1).map(({ term }) => term)).toEqual(['striker']);
  });

  it('ranks an article sharing the rare stems above one sharing only the common one', () => {
    const query = queryVector(own, frequency, 100);
    const sport = documentVector(
      new Map([
        ['striker', 2],
        ['league', 1],
        ['goal', 2],
      ])
    );
    const talk = documentVector(
      new Map([
        ['said', 6],
        ['budget', 2],
      ])
    );
    expect(dot(query, sport)).toBeGreaterThan(dot(query, talk));
  });

  it('scores the article against itself 1, and a stranger 0', () => {
    const query = queryVector(own, frequency, 100);
    expect(normalizedScore(dot(query, own), query, own)).toBe(1);
    expect(normalizedScore(0, query, own)).toBe(0);
  });
});
