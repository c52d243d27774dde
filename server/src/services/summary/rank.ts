import { CONVERGENCE_TOLERANCE, DAMPING, GRAPH_WINDOW, LEAD_DECAY, LEAD_WEIGHT, MAX_ITERATIONS } from './parameters';
import { cosine, type SparseVector } from './tfidf';

/**
 * LexRank-style centrality: a graph whose edges are the cosine similarities of
 * sentences at most `window` positions apart, ranked by power iteration of
 * PageRank with damping DAMPING (sentences without edges share their weight evenly).
 * Stops after MAX_ITERATIONS rounds or once the scores move less than
 * CONVERGENCE_TOLERANCE. Returns scores scaled so the most central sentence has 1.
 *
 * Cost: O(n * window) for the graph and for each round, so linear in the number of
 * sentences.
 */
export const centrality = (vectors: SparseVector[], window: number = GRAPH_WINDOW): Float64Array => {
  const n = vectors.length;
  if (n === 0) return new Float64Array(0);

  // Edges i-j (i < j <= i + window) with positive similarity.
  const capacity = n * Math.min(window, n);
  const from = new Int32Array(capacity);
  const to = new Int32Array(capacity);
  const similarities = new Float64Array(capacity);
  const strength = new Float64Array(n);
  const degree = new Int32Array(n);
  let edges = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j <= Math.min(n - 1, i + window); j += 1) {
      const similarity = cosine(vectors[i], vectors[j]);
      if (similarity > 0) {
        from[edges] = i;
        to[edges] = j;
        similarities[edges] = similarity;
        edges += 1;
        strength[i] += similarity;
        strength[j] += similarity;
        degree[i] += 1;
        degree[j] += 1;
      }
    }
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
    shares[slot[j]] = similarities[e] / strength[i];
    slot[j] += 1;
    sources[slot[i]] = j;
    shares[slot[i]] = similarities[e] / strength[j];
    slot[i] += 1;
  }

  let scores = new Float64Array(n).fill(1 / n);
  let updated = new Float64Array(n);
  for (let round = 0; round < MAX_ITERATIONS; round += 1) {
    let isolated = 0;
    for (let i = 0; i < n; i += 1) if (strength[i] === 0) isolated += scores[i];
    const base = (1 - DAMPING) / n + (DAMPING * isolated) / n;
    let change = 0;
    for (let j = 0; j < n; j += 1) {
      let incoming = 0;
      for (let k = offsets[j]; k < offsets[j + 1]; k += 1) incoming += shares[k] * scores[sources[k]];
      updated[j] = base + DAMPING * incoming;
      change += Math.abs(updated[j] - scores[j]);
    }
    [scores, updated] = [updated, scores];
    if (change < CONVERGENCE_TOLERANCE) break;
  }

  let highest = 0;
  for (let i = 0; i < n; i += 1) highest = Math.max(highest, scores[i]);
  return scores.map((score) => score / highest);
};

/** The lead-position prior of the sentence at `position` (0-based) in the body: 1 / (1 + position / LEAD_DECAY). */
export const leadPrior = (position: number): number => 1 / (1 + position / LEAD_DECAY);

/** Final score: (1 - LEAD_WEIGHT) * centrality + LEAD_WEIGHT * lead prior, in [0, 1]. */
export const withLeadPrior = (centralityScore: number, position: number): number =>
  (1 - LEAD_WEIGHT) * centralityScore + LEAD_WEIGHT * leadPrior(position);
