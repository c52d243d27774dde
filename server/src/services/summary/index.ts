/**
 * The offline summary engine: extractive, deterministic, no Strapi import.
 * docs/summary-engine.md describes the algorithm, its parameters and its limits.
 */
import { candidatesOf, readArticle } from './document';
import { SummaryInputError } from './errors';
import { DEFAULT_MAX_LENGTH, DEFAULT_MAX_SENTENCES, MMR_LAMBDA, NEAR_DUPLICATE } from './parameters';
import { centrality, withLeadPrior } from './rank';
import { SENTENCE_SEPARATOR, selectSentences, type ScoredSentence } from './select';

export { SummaryInputError };

export interface SummaryOptions {
  /** Strapi locale code (`en`, `fr-FR`, ...): picks the language. Absent: language-neutral. */
  locale?: string;
  /** Longest summary in characters (UTF-16 code units). Default 600. */
  maxLength?: number;
  /** Most sentences in the summary. Default 3. */
  maxSentences?: number;
}

export interface SummarySentence {
  text: string;
  /** In [0, 1]; higher is more central (and, for `summarize`, earlier). */
  score: number;
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
  sentences: picked.map(({ text, score }) => ({ text, score })),
});

interface Method {
  leadPrior: boolean;
  lambda: number;
  nearDuplicate: number;
}

const OURS: Method = { leadPrior: true, lambda: MMR_LAMBDA, nearDuplicate: NEAR_DUPLICATE };
const PLAIN_TEXTRANK: Method = { leadPrior: false, lambda: 1, nearDuplicate: Infinity };

const rankAndPick = (body: unknown, options: SummaryOptions, { leadPrior, lambda, nearDuplicate }: Method): Summary => {
  if (typeof options !== 'object' || options === null) throw new SummaryInputError('options', 'must be an object');
  const maxLength = positiveInteger(options.maxLength, 'maxLength', DEFAULT_MAX_LENGTH);
  const maxSentences = positiveInteger(options.maxSentences, 'maxSentences', DEFAULT_MAX_SENTENCES);
  const candidates = candidatesOf(readArticle(body, options.locale));
  const central = centrality(candidates.map((candidate) => candidate.vector));
  const scored = candidates.map((candidate, k) => ({
    ...candidate,
    score: leadPrior ? withLeadPrior(central[k], candidate.index) : central[k],
  }));
  return summaryOf(selectSentences(scored, { lambda, nearDuplicate, maxLength, maxSentences }));
};

/**
 * An extractive summary of an article body: sentences ranked by centrality in a
 * similarity graph plus a lead-position prior, picked by maximal marginal relevance
 * (near-duplicates never twice), in body order. Same input, same output.
 *
 * @param body Strapi blocks, or an HTML, Markdown or plain-text string (see textFromBody).
 * @throws SummaryInputError for a body or an option of the wrong shape.
 */
export const summarize = (body: unknown, options: SummaryOptions = {}): Summary =>
  rankAndPick(body, options, OURS);

/**
 * Baseline for evaluation: plain TextRank (the same sentences, graph and centrality
 * as `summarize`, without the lead prior and without MMR), top sentences by
 * centrality under the same length limits, in body order.
 */
export const plainTextRank = (body: unknown, options: SummaryOptions = {}): Summary =>
  rankAndPick(body, options, PLAIN_TEXTRANK);

/** Baseline for evaluation: the first three sentences of the body, joined with one space, not length-limited. */
export const lead3 = (body: unknown, locale?: string): string =>
  readArticle(body, locale).sentences.slice(0, 3).join(SENTENCE_SEPARATOR);
