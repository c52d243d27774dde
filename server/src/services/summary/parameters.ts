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
 * stripped) are read. About 16,000 English words, longer than nearly any news
 * article (and an extractive summary's sentences come from the first part); it
 * keeps a 1 MB body to a bounded amount of work, done on the request's thread.
 */
export const MAX_INPUT_CHARS = 100_000;

/** Input cap: only the first this-many sentences are considered. */
export const MAX_SENTENCES = 2_000;

/**
 * Intl.Segmenter gets slower than linear on long strings, so paragraphs are cut
 * into chunks of at most this many characters, at likely sentence ends, first.
 */
export const SEGMENTER_CHUNK_CHARS = 1_000;

/** Sentences with fewer words than this are fragments: not picked, unless no sentence has this many. */
export const MIN_CANDIDATE_WORDS = 5;

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

/**
 * The final score of a sentence is a weighted sum, each part in [0, 1]:
 * CENTRALITY_WEIGHT * centrality + LEAD_WEIGHT * lead prior + TITLE_WEIGHT * cosine to
 * the title (when there is a title; its weight goes to the lead prior otherwise).
 * Tuned on the dev splits of the evaluation sets (docs/summary-engine.md).
 */
export const CENTRALITY_WEIGHT = 0.2;
export const LEAD_WEIGHT = 0.5;
export const TITLE_WEIGHT = 0.3;

/** Position prior of sentence i (0-based) is 1 / (1 + i / LEAD_DECAY): 1, 0.67, 0.5 at i = LEAD_DECAY, ... */
export const LEAD_DECAY = 2;

/**
 * Position-aware centrality: a similarity to a later sentence counts this much, to an
 * earlier one 1 - FORWARD_WEIGHT (0.5 is plain, symmetric LexRank). News states a fact,
 * then elaborates: the sentences that later ones elaborate on are the summary.
 */
export const FORWARD_WEIGHT = 0.5;

/**
 * Sentences shorter than this many words get their score scaled by words / this: a
 * short sentence carries less of the article, and ROUGE (and readers) punish filler.
 */
export const SHORT_SENTENCE_WORDS = 10;

/**
 * A sentence that opens with a quotation mark loses this share of its score: it
 * reports someone's words, which summaries paraphrase rather than copy.
 */
export const QUOTE_PENALTY = 0.3;

/**
 * A sentence that ends with an exclamation mark loses this share of its score: in news
 * it is a teaser or a call to the reader ("... pour le rappel !"), not the report.
 */
export const EXCLAMATION_PENALTY = 0;

/**
 * A sentence that opens with a pronoun or connective pointing back ("He", "Mais") loses
 * this share of its score: read alone in a summary, it leans on context that is not there.
 */
export const DANGLING_PENALTY = 0;

/** Longest word handed to a stemmer; longer "words" (URLs, glued tokens) stay whole. */
export const MAX_STEMMED_WORD_LENGTH = 40;

/**
 * A summary limit of at most this many characters is a short field (a teaser, a meta
 * description): one sentence, or the best one cut at a clause or word boundary.
 */
export const SHORT_FIELD_LENGTH = 200;

/** In a short field, a sentence that fits whole is preferred to cutting the best one if it scores at least this share of the best. */
export const SHORT_FIELD_MIN_SHARE = 0.75;

/** MMR trade-off: lambda * score - (1 - lambda) * (highest cosine to a sentence already picked). */
export const MMR_LAMBDA = 0.7;

/** A sentence this similar (cosine) to one already picked is a near-duplicate and is never picked. */
export const NEAR_DUPLICATE = 0.8;

/** A key point is read at a glance: a sentence longer than this many characters is not one. */
export const MAX_KEY_POINT_CHARS = 400;
