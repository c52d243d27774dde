import { SHORT_FIELD_LENGTH, SHORT_FIELD_MIN_SHARE } from './parameters';
import { cosine, type SparseVector } from './tfidf';
import { truncateAtClause } from './truncate';

export interface ScoredSentence {
  /** Position in the body, for output order and ties. */
  index: number;
  text: string;
  score: number;
  vector: SparseVector;
}

export interface Selection {
  /** 1 picks by score alone; lower values penalise similarity to sentences already picked (MMR). */
  lambda: number;
  /** Sentences with at least this cosine to one already picked are not picked (Infinity: no such rule). */
  nearDuplicate: number;
  maxLength: number;
  maxSentences: number;
}

/** What goes between two sentences of a summary. */
export const SENTENCE_SEPARATOR = ' ';

const best = (sentences: ScoredSentence[]): ScoredSentence =>
  sentences.reduce((top, sentence) => (sentence.score > top.score ? sentence : top));

/**
 * A short field (maxLength <= SHORT_FIELD_LENGTH) gets one sentence: the best one if it
 * fits; else the best-scoring sentence that fits whole, if it scores at least
 * SHORT_FIELD_MIN_SHARE of the best; else the best one cut at a clause or word boundary
 * with "…". Never empty when there is a sentence.
 */
const pickForShortField = (sentences: ScoredSentence[], maxLength: number): ScoredSentence[] => {
  const top = best(sentences);
  const fitting = sentences.filter((sentence) => sentence.text.length <= maxLength);
  if (fitting.length > 0) {
    const bestFitting = best(fitting);
    if (bestFitting === top || bestFitting.score >= SHORT_FIELD_MIN_SHARE * top.score) return [bestFitting];
  }
  return [{ ...top, text: truncateAtClause(top.text, maxLength) }];
};

/**
 * Picks up to `maxSentences` sentences by maximal marginal relevance: each round takes
 * the sentence with the highest lambda * score - (1 - lambda) * (its highest cosine to
 * a sentence already picked) among those that still fit in `maxLength` once joined;
 * sentences that do not fit, and near-duplicates of a pick, are skipped. Ties go to
 * the earlier sentence. When no sentence fits at all, the best one is cut at a clause
 * or word boundary with "…". Short fields get one sentence (pickForShortField).
 * Returns the picks in body order. Cost: O(picks * sentences).
 */
export const selectSentences = (
  sentences: ScoredSentence[],
  { lambda, nearDuplicate, maxLength, maxSentences }: Selection
): ScoredSentence[] => {
  if (sentences.length === 0 || maxSentences < 1) return [];
  if (maxLength <= SHORT_FIELD_LENGTH) return pickForShortField(sentences, maxLength);
  const picked: ScoredSentence[] = [];
  const taken = new Uint8Array(sentences.length);
  const redundancy = new Float64Array(sentences.length);
  let length = 0;
  while (picked.length < maxSentences) {
    const separator = picked.length === 0 ? 0 : SENTENCE_SEPARATOR.length;
    let bestIndex = -1;
    let bestValue = -Infinity;
    sentences.forEach((sentence, i) => {
      if (taken[i] || redundancy[i] >= nearDuplicate) return;
      if (length + separator + sentence.text.length > maxLength) return;
      const value = lambda * sentence.score - (1 - lambda) * redundancy[i];
      if (value > bestValue) {
        bestIndex = i;
        bestValue = value;
      }
    });
    if (bestIndex === -1) break;
    const choice = sentences[bestIndex];
    taken[bestIndex] = 1;
    picked.push(choice);
    length += separator + choice.text.length;
    if (lambda < 1 || Number.isFinite(nearDuplicate)) {
      sentences.forEach((sentence, i) => {
        if (!taken[i]) redundancy[i] = Math.max(redundancy[i], cosine(sentence.vector, choice.vector));
      });
    }
  }

  if (picked.length === 0) {
    const top = best(sentences);
    return [{ ...top, text: truncateAtClause(top.text, maxLength) }];
  }
  return picked.sort((a, b) => a.index - b.index);
};
