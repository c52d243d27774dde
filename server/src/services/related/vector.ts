import { resolveLanguage } from '../summary/locale';
import { words } from '../summary/sentences';
import { stemmerFor } from '../summary/stem';
import { contentTerms } from '../summary/terms';
import { textFromBody } from '../summary/text-from-body';

/**
 * Term vectors for related articles: an article is described by at most MAX_TERMS of
 * its stems (the summary engine's words, stop words and stemmers), weighted by how often
 * it uses them; two articles are related by the rarer stems they share (IDF at query
 * time, from the index's own document frequencies). Pure: no Strapi, no network.
 */

/** Stems kept per article: bounds the index to MAX_TERMS rows an article, and a query's postings with it. */
export const MAX_TERMS = 64;
/** Stems of the article a query looks up (its most distinctive ones): bounds the work of one related read. */
export const QUERY_TERMS = 24;
/** A title says what the article is about in a few words: each of its stems counts as often as this. */
export const TITLE_WEIGHT = 3;
/** Likewise the editor's summary. */
export const SUMMARY_WEIGHT = 2;
/** Longer stems are glued tokens or URLs, not words worth matching (and the index column's width). */
export const MAX_TERM_LENGTH = 40;

export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface ArticleText {
  title: string | null;
  /** The editor's summary (an automatic one repeats the body's own sentences). */
  summary: string | null;
  /** The body as the summary engine reads it (blocks, Markdown, HTML or plain text, composed parts). */
  body: unknown;
}

/** A stem worth matching on: not a number, not a single letter, not a glued token. */
const usable = (term: string) => term.length >= 2 && term.length <= MAX_TERM_LENGTH && !/^[\p{N}\p{P}]+$/u.test(term);

/** How often the article uses each stem, its title and summary counting more than its body. */
export const termCounts = (text: ArticleText, locale: string | null): Map<string, number> => {
  const language = resolveLanguage(locale ?? undefined);
  const stem = stemmerFor(language);
  const counts = new Map<string, number>();
  const add = (value: string, times: number) => {
    for (const term of contentTerms(words(value, language), language, stem)) {
      if (usable(term)) counts.set(term, (counts.get(term) ?? 0) + times);
    }
  };
  if (text.title) add(text.title, TITLE_WEIGHT);
  if (text.summary) add(text.summary, SUMMARY_WEIGHT);
  for (const paragraph of textFromBody(text.body)) add(paragraph, 1);
  return counts;
};

const byWeightThenTerm = (a: WeightedTerm, b: WeightedTerm) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);

/**
 * What the index stores of an article: its MAX_TERMS most used stems, weighted
 * 1 + ln(count) and scaled to length 1, so that a long article does not outscore a
 * short one by its length alone.
 */
export const documentVector = (counts: ReadonlyMap<string, number>, max = MAX_TERMS): WeightedTerm[] => {
  const kept = [...counts]
    .map(([term, count]) => ({ term, weight: 1 + Math.log(count) }))
    .sort(byWeightThenTerm)
    .slice(0, max);
  const norm = Math.sqrt(kept.reduce((sum, { weight }) => sum + weight * weight, 0));
  return norm === 0 ? [] : kept.map(({ term, weight }) => ({ term, weight: weight / norm }));
};

/** Inverse document frequency among `total` indexed articles; always positive. */
export const idf = (documentFrequency: number, total: number): number => Math.log(1 + total / Math.max(1, documentFrequency));

/**
 * The query of a related read: the article's QUERY_TERMS stems with the highest
 * weight x IDF among those another article also has (a stem only the article has finds
 * nothing), each weighted weight x IDF² (IDF on both sides of the dot product).
 */
export const queryVector = (
  own: readonly WeightedTerm[],
  documentFrequency: ReadonlyMap<string, number>,
  total: number,
  max = QUERY_TERMS
): WeightedTerm[] =>
  own
    .filter(({ term }) => (documentFrequency.get(term) ?? 0) >= 2)
    .map(({ term, weight }) => ({ term, weight, idf: idf(documentFrequency.get(term) ?? 1, total) }))
    .sort((a, b) => byWeightThenTerm({ term: a.term, weight: a.weight * a.idf }, { term: b.term, weight: b.weight * b.idf }))
    .slice(0, max)
    .map(({ term, weight, idf: termIdf }) => ({ term, weight: weight * termIdf * termIdf }));

/**
 * The score readers see: the dot product with a candidate divided by the article's
 * own (what it would score against itself), so 1 is "the same stems, as often".
 */
export const normalizedScore = (dot: number, query: readonly WeightedTerm[], own: readonly WeightedTerm[]): number => {
  const ownWeights = new Map(own.map(({ term, weight }) => [term, weight]));
  const self = query.reduce((sum, { term, weight }) => sum + weight * (ownWeights.get(term) ?? 0), 0);
  return self === 0 ? 0 : Math.round((dot / self) * 10_000) / 10_000;
};
