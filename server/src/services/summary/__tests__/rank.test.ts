import {
  centrality,
  combinedScore,
  DEFAULT_WEIGHTS,
  endsWithExclamation,
  leadPrior,
  opensWithQuote,
  priorScore,
  titleBigramCoverage,
} from '../rank';
import { cosine, tfidfVectors } from '../tfidf';

describe('tfidfVectors and cosine', () => {
  it('gives identical sentences a cosine of 1 and sentences without a shared term 0', () => {
    const [a, b, c] = tfidfVectors([['tram', 'line'], ['tram', 'line'], ['bakery']]);
    expect(cosine(a, b)).toBeCloseTo(1, 12);
    expect(cosine(a, c)).toBe(0);
  });

  it('weighs a term found in every sentence less than a rarer one', () => {
    const [first, second, third] = tfidfVectors([
      ['city', 'tram'],
      ['city', 'bakery'],
      ['city', 'tram'],
    ]);
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
    expect(Array.from(centrality(vectors, { window: 2 }))).toEqual([1, 1, 1, 1]);
    const linked = Array.from(centrality(vectors, { window: 3 }));
    expect(linked[0]).toBeGreaterThan(linked[1]);
  });

  it('favours the earlier of two similar sentences when similarity to later sentences counts more', () => {
    const vectors = tfidfVectors([
      ['tram', 'line'],
      ['tram', 'line'],
      ['tram', 'line'],
    ]);
    const symmetric = Array.from(centrality(vectors, { forward: 0.5 }));
    expect(symmetric[0]).toBeCloseTo(symmetric[2], 12);
    const forward = Array.from(centrality(vectors, { forward: 0.8 }));
    expect(forward[0]).toBe(1);
    expect(forward[2]).toBeLessThan(0.99);
  });

  it('returns nothing for no sentences', () => {
    expect(centrality([])).toHaveLength(0);
  });

  it('lets a biased jump favour the sentences it lands on (biased LexRank)', () => {
    const vectors = tfidfVectors([
      ['tram', 'line'],
      ['tram', 'line'],
      ['tram', 'line'],
    ]);
    const uniform = Array.from(centrality(vectors, { forward: 0.5 }));
    expect(uniform[0]).toBeCloseTo(uniform[2], 12);
    const biased = Array.from(centrality(vectors, { forward: 0.5, teleport: [0, 0, 1] }));
    expect(biased[2]).toBe(1);
    expect(biased[0]).toBeLessThan(0.99);
  });

  it('jumps uniformly when the bias is all zeros', () => {
    const vectors = tfidfVectors([['tram', 'line'], ['tram', 'station'], ['bakery']]);
    expect(Array.from(centrality(vectors, { teleport: [0, 0, 0] }))).toEqual(Array.from(centrality(vectors)));
  });
});

describe('lead prior', () => {
  it('is 1 / (1 + position / 2): 1 for the first sentence, 0.5 for the third', () => {
    expect(leadPrior(0)).toBe(1);
    expect(leadPrior(2)).toBe(0.5);
    expect(leadPrior(6)).toBe(0.25);
  });

  it('weighs centrality, lead prior and title similarity and keeps scores in [0, 1]', () => {
    const base = { centralityScore: 1, position: 0, titleSimilarity: 1, words: 20, hasTitle: true, quoted: false };
    expect(combinedScore(base)).toBeCloseTo(1, 12);
    expect(combinedScore({ ...base, centralityScore: 0, titleSimilarity: 0 })).toBeCloseTo(DEFAULT_WEIGHTS.lead, 12);
    expect(combinedScore({ ...base, titleSimilarity: 0 })).toBeCloseTo(1 - DEFAULT_WEIGHTS.title, 12);
  });

  it('gives the title weight to the lead prior when there is no title', () => {
    const noTitle = { centralityScore: 0, position: 0, titleSimilarity: 0, words: 20, hasTitle: false, quoted: false };
    expect(combinedScore(noTitle)).toBeCloseTo(DEFAULT_WEIGHTS.lead + DEFAULT_WEIGHTS.title, 12);
  });

  it('is the lead and title part of the combined score in priorScore', () => {
    expect(priorScore(0, 1, true, DEFAULT_WEIGHTS)).toBeCloseTo(DEFAULT_WEIGHTS.lead + DEFAULT_WEIGHTS.title, 12);
    expect(priorScore(2, 0, false, DEFAULT_WEIGHTS)).toBeCloseTo((DEFAULT_WEIGHTS.lead + DEFAULT_WEIGHTS.title) / 2, 12);
  });

  it('scales down a sentence that ends with an exclamation mark by the exclamation penalty', () => {
    const sentence = { centralityScore: 1, position: 0, titleSimilarity: 1, words: 20, hasTitle: true, quoted: false };
    const weights = { ...DEFAULT_WEIGHTS, exclamationPenalty: 0.4 };
    expect(combinedScore({ ...sentence, exclaimed: true }, weights)).toBeCloseTo(0.6, 12);
    expect(combinedScore({ ...sentence, exclaimed: false }, weights)).toBeCloseTo(1, 12);
    expect(endsWithExclamation('Des créneaux sans rendez-vous pour le rappel !')).toBe(true);
    expect(endsWithExclamation('« Venez nombreux ! »')).toBe(true);
    expect(endsWithExclamation('Le maire a dit « venez ! » hier.')).toBe(false);
  });

  it('scales down a sentence that opens with a quotation', () => {
    const sentence = { centralityScore: 1, position: 0, titleSimilarity: 1, words: 20, hasTitle: true, quoted: false };
    expect(combinedScore({ ...sentence, quoted: true })).toBeCloseTo(1 - DEFAULT_WEIGHTS.quotePenalty, 12);
    expect(opensWithQuote('« La situation est inquiétante », a dit le maire.')).toBe(true);
    expect(opensWithQuote('The mayor said: "It is worrying."')).toBe(false);
  });

  it('scales down sentences shorter than shortSentenceWords words', () => {
    const sentence = {
      centralityScore: 1,
      position: 0,
      titleSimilarity: 1,
      words: DEFAULT_WEIGHTS.shortSentenceWords,
      hasTitle: true,
      quoted: false,
    };
    expect(combinedScore({ ...sentence, words: sentence.words / 2 })).toBeCloseTo(combinedScore(sentence) / 2, 12);
  });
});

describe('titleBigramCoverage', () => {
  it('is the share of the title term pairs the sentence has as consecutive terms', () => {
    expect(titleBigramCoverage(['taux', 'incid', 'dépass', 'seuil'], ['seuil', 'alert', 'taux', 'incid'])).toBeCloseTo(1 / 3, 12);
    expect(titleBigramCoverage(['incid', 'taux'], ['taux', 'incid'])).toBe(0);
  });

  it('is 0 for a title of fewer than two terms', () => {
    expect(titleBigramCoverage(['tram', 'line'], ['tram'])).toBe(0);
  });
});
