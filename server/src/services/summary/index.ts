/**
 * The offline summary engine: extractive, deterministic, no Strapi import.
 * docs/summary-engine.md describes the algorithm, its parameters and its limits.
 */
import { candidatesOf, readArticle, type ArticleText, type Reading } from './document';
import { SummaryInputError } from './errors';
import { DEFAULT_MAX_LENGTH, DEFAULT_MAX_SENTENCES, FORWARD_WEIGHT, MMR_LAMBDA, NEAR_DUPLICATE } from './parameters';
import {
  centrality,
  combinedScore,
  DEFAULT_WEIGHTS,
  endsWithExclamation,
  opensWithQuote,
  priorScore,
  titleBigramCoverage,
  type ScoreWeights,
} from './rank';
import { opensWithReference } from './dangling';
import { words } from './sentences';
import { SENTENCE_SEPARATOR, selectSentences, type ScoredSentence } from './select';
import { cosine } from './tfidf';
import { pickKeyPoints } from './key-points';
import { KEY_POINT_COUNTS } from './lengths';

export { SummaryInputError };

export interface SummaryOptions {
  /** Strapi locale code (`en`, `fr-FR`, ...): picks the language. Absent: language-neutral. */
  locale?: string;
  /** Longest summary in characters (UTF-16 code units). Default 600. */
  maxLength?: number;
  /** Most sentences in the summary. Default 3. */
  maxSentences?: number;
  /** The article's title: sentences that share its terms rank higher. */
  title?: string;
}

export interface SummarySentence {
  text: string;
  /** In [0, 1]; higher is more central (and, for `summarize`, earlier and closer to the title). */
  score: number;
  /** Position of the sentence in the body: 0 for its first sentence (headings and what else is not read do not count). */
  index: number;
}

export interface Summary {
  /** The picked sentences in body order, joined with one space; at most `maxLength` characters. */
  summary: string;
  /** The picked sentences in body order; when no sentence fits whole, just the best one, cut with "…". */
  sentences: SummarySentence[];
}

const positiveInteger = (value: unknown, name: string, fallback: number): number => {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new SummaryInputError(`options.${name}`, 'must be a positive integer');
  }
  return value;
};

const summaryOf = (picked: ScoredSentence[]): Summary => ({
  summary: picked.map((sentence) => sentence.text).join(SENTENCE_SEPARATOR),
  sentences: picked.map(({ text, score, index }) => ({ text, score, index })),
});

/** How sentences are ranked and picked; `summarize` uses OURS, tuning scripts vary it. */
export interface Method {
  /** Lead prior, title and short-sentence scaling; null ranks by centrality alone. */
  weights: ScoreWeights | null;
  /** Centrality direction (rank.ts); 0.5 is symmetric. */
  forward: number;
  /**
   * Biased LexRank: the random jump of the centrality lands on sentences in proportion
   * to their lead prior and title similarity (`priorScore`) instead of uniformly.
   */
  biased: boolean;
  /**
   * The lead prior counts positions among the candidates (statements of at least
   * MIN_CANDIDATE_WORDS words) instead of among all the body's sentences, so page
   * furniture and fragments before the first statement do not push it down.
   */
  candidatePositions: boolean;
  /**
   * The lead prior counts how far into the body a sentence starts, in characters
   * divided by the body's mean sentence length, instead of how many sentences come
   * before it: a long opening sentence pushes the next ones further from the lead.
   */
  characterPositions: boolean;
  /** Share of the title similarity that is phrase coverage (titleBigramCoverage) rather than cosine. */
  titleBigrams: number;
  lambda: number;
  nearDuplicate: number;
  reading: Reading;
}

export const OURS: Method = {
  weights: DEFAULT_WEIGHTS,
  forward: FORWARD_WEIGHT,
  biased: false,
  candidatePositions: false,
  characterPositions: false,
  titleBigrams: 0,
  lambda: MMR_LAMBDA,
  nearDuplicate: NEAR_DUPLICATE,
  reading: { stemming: true, skipJunk: true },
};
const PLAIN_TEXTRANK: Method = {
  weights: null,
  forward: 0.5,
  biased: false,
  candidatePositions: false,
  characterPositions: false,
  titleBigrams: 0,
  lambda: 1,
  nearDuplicate: Infinity,
  reading: { stemming: false, skipJunk: false },
};

/** Each candidate's position for the lead prior, as the method counts it (see Method). */
const positionsOf = (candidates: Array<{ index: number }>, sentences: string[], method: Method): number[] => {
  if (method.candidatePositions) return candidates.map((_candidate, k) => k);
  if (!method.characterPositions) return candidates.map((candidate) => candidate.index);
  const starts = new Float64Array(sentences.length);
  for (let i = 1; i < sentences.length; i += 1) starts[i] = starts[i - 1] + sentences[i - 1].length + SENTENCE_SEPARATOR.length;
  const total = sentences.length === 0 ? 0 : starts[sentences.length - 1] + sentences[sentences.length - 1].length;
  const meanLength = total / Math.max(sentences.length, 1);
  return candidates.map((candidate) => (meanLength > 0 ? starts[candidate.index] / meanLength : candidate.index));
};

/**
 * Every candidate sentence of the body with its score under `method`, and the body's
 * sentences as read: what `summarizeWith` and `keyPointsWith` pick from.
 */
export const scoreSentences = (
  body: unknown,
  options: { locale?: string; title?: string },
  method: Method
): { article: ArticleText; scored: ScoredSentence[] } => {
  if (options.title !== undefined && options.title !== null && typeof options.title !== 'string') {
    throw new SummaryInputError('options.title', 'must be a string');
  }
  const title = method.weights === null ? '' : (options.title ?? '').trim();
  const article = readArticle(body, options.locale);
  const { candidates, title: titleVector, titleTerms } = candidatesOf(article, title, method.reading);
  const hasTitle = titleVector.ids.length > 0;
  const titleSimilarities = candidates.map((candidate) => {
    if (!hasTitle) return 0;
    const similarity = cosine(candidate.vector, titleVector);
    if (method.titleBigrams === 0) return similarity;
    return (1 - method.titleBigrams) * similarity + method.titleBigrams * titleBigramCoverage(candidate.terms, titleTerms);
  });
  const positions = positionsOf(candidates, article.sentences, method);
  const { weights } = method;
  const teleport =
    method.biased && weights !== null
      ? candidates.map((_candidate, k) => priorScore(positions[k], titleSimilarities[k], hasTitle, weights))
      : undefined;
  const central = centrality(
    candidates.map((candidate) => candidate.vector),
    { forward: method.forward, teleport }
  );
  const scored = candidates.map((candidate, k) => ({
    ...candidate,
    score:
      weights === null
        ? central[k]
        : combinedScore(
            {
              centralityScore: central[k],
              position: positions[k],
              titleSimilarity: titleSimilarities[k],
              words: candidate.length,
              hasTitle,
              quoted: opensWithQuote(candidate.text),
              exclaimed: endsWithExclamation(candidate.text),
              dangling: weights.danglingPenalty > 0 && opensWithReference(words(candidate.text, article.language)[0], article.language),
            },
            weights
          ),
  }));
  return { article, scored };
};

/**
 * `summarize` with another method: for the evaluation and tuning scripts, which
 * measure what each part of OURS does. Applications call `summarize`.
 */
export const summarizeWith = (body: unknown, options: SummaryOptions, method: Method): Summary => {
  if (typeof options !== 'object' || options === null) throw new SummaryInputError('options', 'must be an object');
  const maxLength = positiveInteger(options.maxLength, 'maxLength', DEFAULT_MAX_LENGTH);
  const maxSentences = positiveInteger(options.maxSentences, 'maxSentences', DEFAULT_MAX_SENTENCES);
  const { scored } = scoreSentences(body, options, method);
  return summaryOf(selectSentences(scored, { lambda: method.lambda, nearDuplicate: method.nearDuplicate, maxLength, maxSentences }));
};

export interface KeyPointOptions {
  /** Strapi locale code: picks the language. Absent: language-neutral. */
  locale?: string;
  /** The article's title: sentences that share its terms rank higher. */
  title?: string;
  /** Most key points. Default KEY_POINT_COUNTS.medium. */
  count?: number;
}

/** `keyPoints` with another ranking method, for the evaluation and tuning scripts. */
export const keyPointsWith = (body: unknown, options: KeyPointOptions, method: Method): SummarySentence[] => {
  if (typeof options !== 'object' || options === null) throw new SummaryInputError('options', 'must be an object');
  const count = positiveInteger(options.count, 'count', KEY_POINT_COUNTS.medium);
  const { article, scored } = scoreSentences(body, options, method);
  return pickKeyPoints(scored, article, count, { lambda: method.lambda, nearDuplicate: method.nearDuplicate }).map(
    ({ text, score, index }) => ({ text, score, index })
  );
};

/**
 * Key points of an article body: up to `count` whole sentences (key-points.ts), ranked
 * as `summarize` ranks them, in body order. Deterministic.
 *
 * @throws SummaryInputError for a body or an option of the wrong shape.
 */
export const keyPoints = (body: unknown, options: KeyPointOptions = {}): string[] =>
  keyPointsWith(body, options, OURS).map((sentence) => sentence.text);

/**
 * An extractive summary of an article body: statements ranked by position-aware
 * centrality in a similarity graph, a lead-position prior and their similarity to the
 * title, picked by maximal marginal relevance (near-duplicates never twice), in body
 * order. Page furniture and questions are picked only when nothing else exists. Same
 * input, same output.
 *
 * @param body Strapi blocks, or an HTML, Markdown or plain-text string (see textFromBody).
 * @throws SummaryInputError for a body or an option of the wrong shape.
 */
export const summarize = (body: unknown, options: SummaryOptions = {}): Summary => summarizeWith(body, options, OURS);

/**
 * Baseline for evaluation: plain TextRank (the same sentences, graph and symmetric
 * centrality as `summarize`, without the lead prior, the title and MMR), top sentences
 * by centrality under the same length limits, in body order.
 */
export const plainTextRank = (body: unknown, options: SummaryOptions = {}): Summary =>
  summarizeWith(body, { ...options, title: undefined }, PLAIN_TEXTRANK);

/** Baseline for evaluation: the first `count` sentences of the body (default 3), joined with one space, not length-limited. */
export const lead3 = (body: unknown, locale?: string, count = 3): string =>
  readArticle(body, locale).sentences.slice(0, count).join(SENTENCE_SEPARATOR);
