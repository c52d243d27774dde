import { centrality, leadPrior, withLeadPrior } from '../rank';
import { cosine, tfidfVectors } from '../tfidf';

describe('tfidfVectors and cosine', () => {
  it('gives identical sentences a cosine of 1 and sentences without a shared term 0', () => {
    const [a, b, c] = tfidfVectors([['tram', 'line'], ['tram', 'line'], ['bakery']]);
    expect(cosine(a, b)).toBeCloseTo(1, 12);
    expect(cosine(a, c)).toBe(0);
  });

  it('weighs a term found in every sentence less than a rarer one', () => {
    const [first, second, third] = tfidfVectors([['city', 'tram'], ['city', 'bakery'], ['city', 'tram']]);
    expect(cosine(first, third)).toBeGreaterThan(cosine(first, second));
  });

  it('gives a sentence without terms the empty vector', () => {
    const [empty, other] = tfidfVectors([[], ['tram']]);
    expect(empty.ids).toHaveLength(0);
    expect(cosine(empty, other)).toBe(0);
  });
});

describe('centrality', () => {
  it('ranks the sentence similar to most others highest, scaled to 1', () => {
    const vectors = tfidfVectors([['tram', 'station'], ['tram', 'line', 'station', 'suburbs'], ['line', 'suburbs'], ['bakery']]);
    const scores = Array.from(centrality(vectors));
    expect(scores[1]).toBe(1);
    expect(Math.max(...scores)).toBe(1);
    expect(scores[3]).toBeLessThan(scores[0]);
  });

  it('gives every sentence the same score when none are similar', () => {
    expect(Array.from(centrality(tfidfVectors([['a'], ['b'], ['c']])))).toEqual([1, 1, 1]);
  });

  it('links only sentences at most `window` positions apart', () => {
    const vectors = tfidfVectors([['tram'], ['x1'], ['x2'], ['tram']]);
    expect(Array.from(centrality(vectors, 2))).toEqual([1, 1, 1, 1]);
    const linked = Array.from(centrality(vectors, 3));
    expect(linked[0]).toBeGreaterThan(linked[1]);
  });

  it('returns nothing for no sentences', () => {
    expect(centrality([])).toHaveLength(0);
  });
});

describe('lead prior', () => {
  it('is 1 / (1 + position / 3): 1 for the first sentence, 0.5 for the fourth', () => {
    expect(leadPrior(0)).toBe(1);
    expect(leadPrior(3)).toBe(0.5);
    expect(leadPrior(9)).toBe(0.25);
  });

  it('is mixed in with weight 0.3 and keeps scores in [0, 1]', () => {
    expect(withLeadPrior(1, 0)).toBe(1);
    expect(withLeadPrior(0, 0)).toBeCloseTo(0.3, 12);
    expect(withLeadPrior(1, 3)).toBeCloseTo(0.85, 12);
  });
});
