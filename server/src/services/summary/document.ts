import { junkKind } from './junk';
import { resolveLanguage, type Language } from './locale';
import { MAX_SENTENCES, MIN_CANDIDATE_WORDS } from './parameters';
import { splitSentences, words } from './sentences';
import { stemmerFor } from './stem';
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
  /** Position of the sentence in the body (0-based, among all its sentences). */
  index: number;
  text: string;
  /** Number of words. */
  length: number;
  vector: SparseVector;
  /** Its content terms (stems without stop words), in order. */
  terms: string[];
}

export interface Candidates {
  candidates: Candidate[];
  /** The title's TF-IDF vector (same IDF as the candidates); empty without a title. */
  title: SparseVector;
  /** The title's content terms, in order; empty without a title. */
  titleTerms: string[];
}

/**
 * The sentences a summary may be made of, with their TF-IDF vectors (IDF over these
 * candidates). Preferred: statements (see junk.ts) of at least MIN_CANDIDATE_WORDS
 * words; failing any, statements of any length; failing any, every sentence, so a body
 * with text never gives an empty summary.
 */
export interface Reading {
  /** Reduce words to their stems (terms.ts). */
  stemming: boolean;
  /** Leave out page furniture and questions (junk.ts) while statements exist. */
  skipJunk: boolean;
}

export const candidatesOf = (
  { language, sentences }: ArticleText,
  title = '',
  { stemming, skipJunk }: Reading = { stemming: true, skipJunk: true }
): Candidates => {
  const read = sentences.map((text, index) => {
    const sentenceWords = words(text, language);
    return { index, text, words: sentenceWords, junk: skipJunk && junkKind(text, sentenceWords) !== undefined };
  });
  const statements = read.filter((sentence) => !sentence.junk);
  const long = statements.filter((sentence) => sentence.words.length >= MIN_CANDIDATE_WORDS);
  const chosen = long.length > 0 ? long : statements.length > 0 ? statements : read;
  const stem = stemming ? stemmerFor(language) : (word: string) => word;
  const titleTerms = title === '' ? [] : contentTerms(words(title, language), language, stem);
  const terms = chosen.map((sentence) => contentTerms(sentence.words, language, stem));
  const vectors = tfidfVectors([...terms, titleTerms]);
  return {
    candidates: chosen.map(({ index, text, words: sentenceWords }, k) => ({
      index,
      text,
      length: sentenceWords.length,
      vector: vectors[k],
      terms: terms[k],
    })),
    title: vectors[chosen.length],
    titleTerms,
  };
};
