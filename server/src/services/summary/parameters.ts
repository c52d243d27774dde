/**
 * Every tunable number of the summary engine, in one place. docs/summary-engine.md
 * explains each one; change both together.
 */

import { DEFAULT_CONFIG } from '../../config/defaults';

/** Longest summary, in characters, when the caller gives no `maxLength`: the plugin's `summary.maxLength` default. */
export const DEFAULT_MAX_LENGTH = DEFAULT_CONFIG.summary.maxLength;

/** Most sentences in a summary when the caller gives no `maxSentences`. */
export const DEFAULT_MAX_SENTENCES = 3;

/**
 * Input cap: only the first this-many characters of plain text (after markup is
 * stripped) are read. About 30,000 English words, longer than any news article;
 * it keeps a 1 MB body to a bounded amount of work.
 */
export const MAX_INPUT_CHARS = 200_000;

/** Input cap: only the first this-many sentences are considered. */
export const MAX_SENTENCES = 2_000;

/**
 * Intl.Segmenter gets slower than linear on long strings, so paragraphs are cut
 * into chunks of at most this many characters, at likely sentence ends, first.
 */
export const SEGMENTER_CHUNK_CHARS = 1_000;

/** Sentences with fewer words than this are not picked, unless no sentence has this many. */
export const MIN_CANDIDATE_WORDS = 3;

/**
 * The similarity graph links each sentence only to the sentences at most this many
 * positions before or after it, so its size grows linearly with the body. Bodies of
 * up to GRAPH_WINDOW + 1 sentences get the complete graph.
 */
export const GRAPH_WINDOW = 40;

/** Damping factor of the power iteration (TextRank's 0.85). */
export const DAMPING = 0.85;

/** Power iteration stops after this many rounds ... */
export const MAX_ITERATIONS = 50;

/** ... or earlier, once the scores move less than this (L1 distance). */
export const CONVERGENCE_TOLERANCE = 1e-6;

/** Weight of the lead-position prior in the final score: (1 - w) * centrality + w * prior. */
export const LEAD_WEIGHT = 0.3;

/** Position prior of sentence i (0-based) is 1 / (1 + i / LEAD_DECAY): 1, 0.75, 0.6, 0.5 at i = 3, ... */
export const LEAD_DECAY = 3;

/** MMR trade-off: lambda * score - (1 - lambda) * (highest cosine to a sentence already picked). */
export const MMR_LAMBDA = 0.7;

/** A sentence this similar (cosine) to one already picked is a near-duplicate and is never picked. */
export const NEAR_DUPLICATE = 0.8;
