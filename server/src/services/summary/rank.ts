import {
  CENTRALITY_WEIGHT,
  CONVERGENCE_TOLERANCE,
  DAMPING,
  FORWARD_WEIGHT,
  GRAPH_WINDOW,
  LEAD_DECAY,
  LEAD_WEIGHT,
  MAX_ITERATIONS,
  SHORT_SENTENCE_WORDS,
  QUOTE_PENALTY,
  DANGLING_PENALTY,
  EXCLAMATION_PENALTY,
  TITLE_WEIGHT,
} from './parameters';
import type { SparseVector } from './tfidf';

/**
 * Position-aware LexRank: a graph whose edges are the cosine similarities of sentences
 * at most `window` positions apart, ranked by PageRank power iteration with damping
 * DAMPING. A sentence passes its score to earlier sentences with weight `forward` and
 * to later ones with 1 - `forward` (so with `forward` > 0.5 a sentence that later
 * sentences elaborate on gains; 0.5 is plain symmetric LexRank). Sentences without
 * edges share their weight evenly. Stops after MAX_ITERATIONS rounds or once the
 * scores move less than CONVERGENCE_TOLERANCE. Returns scores scaled so the most
 * central sentence has 1.
 *
 * With `teleport` (one non-negative weight per sentence), the random jump lands on a
 * sentence in proportion to its weight instead of uniformly: biased LexRank
 * (Otterbacher et al., 2005), where centrality flows from the sentences the prior
 * already favours. Without it, or when its weights sum to 0, the jump is uniform.
 *
 * Cost: O(n * window) for the graph and for each round, so linear in the number of
 * sentences.
 */
export const centrality = (
  vectors: SparseVector[],
  { window = GRAPH_WINDOW, forward = FORWARD_WEIGHT, teleport }: { window?: number; forward?: number; teleport?: ArrayLike<number> } = {}
): Float64Array => {
  const n = vectors.length;
  if (n === 0) return new Float64Array(0);

  // Edges i-j (i < j <= i + window) with positive similarity. j passes to i (earlier)
  // with weight forward * similarity; i passes to j (later) with (1 - forward) * similarity.
  const capacity = n * Math.min(window, n);
  const from = new Int32Array(capacity);
  const to = new Int32Array(capacity);
  const similarities = new Float64Array(capacity);
  const outgoing = new Float64Array(n);
  const degree = new Int32Array(n);
  let edges = 0;
  // Sentence i's weights spread over a dense array indexed by term id: each cosine to a
  // neighbour then reads only the neighbour's terms, instead of merging two sorted lists.
  let terms = 0;
  for (const vector of vectors) for (let k = 0; k < vector.ids.length; k += 1) terms = Math.max(terms, vector.ids[k] + 1);
  const dense = new Float64Array(terms);
  for (let i = 0; i < n; i += 1) {
    const { ids, weights } = vectors[i];
    for (let k = 0; k < ids.length; k += 1) dense[ids[k]] = weights[k];
    for (let j = i + 1; j <= Math.min(n - 1, i + window); j += 1) {
      const other = vectors[j];
      let similarity = 0;
      for (let k = 0; k < other.ids.length; k += 1) similarity += dense[other.ids[k]] * other.weights[k];
      if (similarity > 0) {
        from[edges] = i;
        to[edges] = j;
        similarities[edges] = similarity;
        edges += 1;
        outgoing[i] += (1 - forward) * similarity;
        outgoing[j] += forward * similarity;
        degree[i] += 1;
        degree[j] += 1;
      }
    }
    for (let k = 0; k < ids.length; k += 1) dense[ids[k]] = 0;
  }

  // Incoming edges of each sentence, as (source, share of the source's score it passes on).
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) offsets[i + 1] = offsets[i] + degree[i];
  const slot = offsets.slice(0, n);
  const sources = new Int32Array(offsets[n]);
  const shares = new Float64Array(offsets[n]);
  for (let e = 0; e < edges; e += 1) {
    const i = from[e];
    const j = to[e];
    sources[slot[j]] = i;
    shares[slot[j]] = outgoing[i] > 0 ? ((1 - forward) * similarities[e]) / outgoing[i] : 0;
    slot[j] += 1;
    sources[slot[i]] = j;
    shares[slot[i]] = outgoing[j] > 0 ? (forward * similarities[e]) / outgoing[j] : 0;
    slot[i] += 1;
  }

  const jump = jumpDistribution(n, teleport);
  let scores = new Float64Array(n).fill(1 / n);
  let updated = new Float64Array(n);
  for (let round = 0; round < MAX_ITERATIONS; round += 1) {
    let isolated = 0;
    for (let i = 0; i < n; i += 1) if (outgoing[i] === 0) isolated += scores[i];
    const base = 1 - DAMPING + DAMPING * isolated;
    let change = 0;
    for (let j = 0; j < n; j += 1) {
      let incoming = 0;
      for (let k = offsets[j]; k < offsets[j + 1]; k += 1) incoming += shares[k] * scores[sources[k]];
      updated[j] = base * jump[j] + DAMPING * incoming;
      change += Math.abs(updated[j] - scores[j]);
    }
    [scores, updated] = [updated, scores];
    if (change < CONVERGENCE_TOLERANCE) break;
  }

  let highest = 0;
  for (let i = 0; i < n; i += 1) highest = Math.max(highest, scores[i]);
  return scores.map((score) => score / highest);
};

/** Where the random jump of the power iteration lands: `teleport` scaled to sum 1, else uniform. */
const jumpDistribution = (n: number, teleport: ArrayLike<number> | undefined): Float64Array => {
  let total = 0;
  if (teleport !== undefined) for (let i = 0; i < n; i += 1) total += Math.max(0, teleport[i] ?? 0);
  if (!(total > 0) || !Number.isFinite(total)) return new Float64Array(n).fill(1 / n);
  const jump = new Float64Array(n);
  for (let i = 0; i < n; i += 1) jump[i] = Math.max(0, teleport?.[i] ?? 0) / total;
  return jump;
};

/** The lead-position prior of the sentence at `position` (0-based) in the body: 1 / (1 + position / decay). */
export const leadPrior = (position: number, decay: number = LEAD_DECAY): number => 1 / (1 + position / decay);

export interface ScoreWeights {
  centrality: number;
  lead: number;
  title: number;
  leadDecay: number;
  shortSentenceWords: number;
  /** Share of the score a sentence that opens with a quotation mark loses. */
  quotePenalty: number;
  /** Share of the score a sentence that ends with an exclamation mark loses. */
  exclamationPenalty: number;
  /** Share of the score a sentence that opens with a pronoun or connective pointing back loses (dangling.ts). */
  danglingPenalty: number;
}

export const DEFAULT_WEIGHTS: ScoreWeights = {
  centrality: CENTRALITY_WEIGHT,
  lead: LEAD_WEIGHT,
  title: TITLE_WEIGHT,
  leadDecay: LEAD_DECAY,
  shortSentenceWords: SHORT_SENTENCE_WORDS,
  quotePenalty: QUOTE_PENALTY,
  exclamationPenalty: EXCLAMATION_PENALTY,
  danglingPenalty: DANGLING_PENALTY,
};

/**
 * The part of a sentence's score that does not depend on the graph: its lead prior and
 * its similarity to the title, weighted as in `combinedScore` (without a title, the
 * title's weight goes to the lead prior). The jump distribution of biased LexRank.
 */
export const priorScore = (position: number, titleSimilarity: number, hasTitle: boolean, weights: ScoreWeights): number => {
  const lead = hasTitle ? weights.lead : weights.lead + weights.title;
  const title = hasTitle ? weights.title : 0;
  return lead * leadPrior(position, weights.leadDecay) + title * titleSimilarity;
};

/** Opening quotation marks (en, fr, de, es): a sentence that opens with one reports someone's words. */
const OPENING_QUOTES = new Set(['"', '“', '«', '„', '‚', '‘', "'", '‹']);

/**
 * Share of the title's pairs of consecutive content terms ("taux incidence") that the
 * sentence also has as consecutive terms: a phrase match, which a cosine of single
 * terms does not see. 0 for a title of fewer than two terms.
 */
export const titleBigramCoverage = (sentenceTerms: string[], titleTerms: string[]): number => {
  if (titleTerms.length < 2) return 0;
  const pairs = new Set<string>();
  for (let k = 1; k < sentenceTerms.length; k += 1) pairs.add(`${sentenceTerms[k - 1]}\u0000${sentenceTerms[k]}`);
  const wanted = new Set<string>();
  for (let k = 1; k < titleTerms.length; k += 1) wanted.add(`${titleTerms[k - 1]}\u0000${titleTerms[k]}`);
  let found = 0;
  for (const pair of wanted) if (pairs.has(pair)) found += 1;
  return found / wanted.size;
};

/** Closing marks that may follow a sentence's final "!" (quotes, brackets). */
const TRAILING_CLOSERS = new Set(['"', '”', '»', '“', '’', "'", ')', ']', '›']);

/** Whether the sentence ends with an exclamation mark (a teaser or a call, not a report). */
export const endsWithExclamation = (text: string): boolean => {
  let end = text.length - 1;
  while (end >= 0 && (TRAILING_CLOSERS.has(text[end]) || text[end].trim() === '')) end -= 1;
  return end >= 0 && (text[end] === '!' || text[end] === '！');
};

/** Whether the sentence opens with a direct quotation (someone's words, not the article's). */
export const opensWithQuote = (text: string): boolean => OPENING_QUOTES.has(text.trimStart().charAt(0));

/**
 * The final score of a sentence, in [0, 1]: the weighted sum of its centrality, its
 * lead prior and its similarity to the title (without a title, the title's weight goes
 * to the lead prior), scaled down for sentences shorter than `shortSentenceWords` words
 * and for direct quotations.
 */
export const combinedScore = (
  {
    centralityScore,
    position,
    titleSimilarity,
    words,
    hasTitle,
    quoted,
    exclaimed = false,
    dangling = false,
  }: {
    centralityScore: number;
    position: number;
    titleSimilarity: number;
    words: number;
    hasTitle: boolean;
    /** The sentence opens with a quotation mark. */
    quoted: boolean;
    /** The sentence ends with an exclamation mark. */
    exclaimed?: boolean;
    /** The sentence opens with a word that refers back to an earlier sentence. */
    dangling?: boolean;
  },
  weights: ScoreWeights = DEFAULT_WEIGHTS
): number => {
  const total = weights.centrality + weights.lead + weights.title;
  const score = (weights.centrality * centralityScore + priorScore(position, titleSimilarity, hasTitle, weights)) / total;
  const lengthScaled = words >= weights.shortSentenceWords ? score : (score * words) / weights.shortSentenceWords;
  const quoteScaled = quoted ? lengthScaled * (1 - weights.quotePenalty) : lengthScaled;
  const exclaimScaled = exclaimed ? quoteScaled * (1 - weights.exclamationPenalty) : quoteScaled;
  return dangling ? exclaimScaled * (1 - weights.danglingPenalty) : exclaimScaled;
};
