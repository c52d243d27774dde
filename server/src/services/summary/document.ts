import { resolveLanguage, type Language } from './locale';
import { MAX_SENTENCES, MIN_CANDIDATE_WORDS } from './parameters';
import { splitSentences, words } from './sentences';
import { contentTerms } from './terms';
import { textFromBody } from './text-from-body';
import { tfidfVectors, type SparseVector } from './tfidf';

export interface ArticleText {
  language: Language;
  /** The body's sentences in order, headings and the rest of what textFromBody leaves out excluded; at most MAX_SENTENCES. */
  sentences: string[];
}

/** Reads a body into its sentences, in the language of `locale`. */
export const readArticle = (body: unknown, locale: unknown): ArticleText => {
  const language = resolveLanguage(locale);
  const sentences: string[] = [];
  for (const paragraph of textFromBody(body)) {
    for (const sentence of splitSentences(paragraph, language)) {
      sentences.push(sentence);
      if (sentences.length === MAX_SENTENCES) return { language, sentences };
    }
  }
  return { language, sentences };
};

export interface Candidate {
  /** Position of the sentence in the body. */
  index: number;
  text: string;
  vector: SparseVector;
}

/**
 * The sentences a summary may be made of, with their TF-IDF vectors (IDF over these
 * candidates). Sentences of fewer than MIN_CANDIDATE_WORDS words are left out, unless
 * that would leave nothing.
 */
export const candidatesOf = ({ language, sentences }: ArticleText): Candidate[] => {
  const read = sentences.map((text, index) => ({ index, text, words: words(text, language) }));
  const longEnough = read.filter((sentence) => sentence.words.length >= MIN_CANDIDATE_WORDS);
  const chosen = longEnough.length > 0 ? longEnough : read;
  const vectors = tfidfVectors(chosen.map((sentence) => contentTerms(sentence.words, language)));
  return chosen.map(({ index, text }, k) => ({ index, text, vector: vectors[k] }));
};
