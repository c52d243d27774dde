/**
 * Automatic key points: whole sentences of the article, picked from its scored
 * candidates, in article order. A key point is read alone, as a bullet, so only a
 * sentence that stands alone qualifies (`isWholeSentence`): never page furniture,
 * a question, a fragment or a sentence cut off. Checks look at single characters
 * and the sentence's words; no pattern runs on the text.
 */
import type { ArticleText } from './document';
import { junkKind } from './junk';
import { MAX_KEY_POINT_CHARS, MIN_CANDIDATE_WORDS } from './parameters';
import { words } from './sentences';
import { selectSentences, type ScoredSentence, type Selection } from './select';

/** Closing marks that may follow a sentence's final stop ("...," he said.") */
const CLOSERS = new Set(['"', '”', '»', '’', "'", ')', ']', '›', '“']);
/** Opening marks that may come before a sentence's first letter. */
const OPENERS = new Set(['"', '“', '«', '‘', "'", '(', '[', '‹', '„', '¿', '¡']);
/** Marks that end a statement; "?" makes a question (junk) and "…" a sentence that trails off. */
const FULL_STOPS = new Set(['.', '!', '。', '！', '।', '۔']);

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LOWER_CASE = /^\p{Ll}$/u;

/** The first character that is not an opening mark or a space, as a code point string. */
const firstCharacter = (text: string): string => {
  for (const char of text) if (!OPENERS.has(char) && char.trim() !== '') return char;
  return '';
};

/** Whether the sentence ends with one full stop (not "..."), closing marks aside. */
const endsWithFullStop = (text: string): boolean => {
  let end = text.length - 1;
  while (end >= 0 && (CLOSERS.has(text[end]) || text[end].trim() === '')) end -= 1;
  if (end < 0 || !FULL_STOPS.has(text[end])) return false;
  return !(text[end] === '.' && text[end - 1] === '.');
};

/**
 * Whether a sentence can be a key point on its own: a statement (not junk, see
 * junk.ts) of at least MIN_CANDIDATE_WORDS words and at most MAX_KEY_POINT_CHARS
 * characters, opening with a capital, a letter of a script without case or a digit,
 * and ending with a full stop or an exclamation mark.
 */
export const isWholeSentence = (text: string, article: ArticleText): boolean => {
  if (text.length > MAX_KEY_POINT_CHARS) return false;
  const first = firstCharacter(text);
  if (!LETTER_OR_DIGIT.test(first) || LOWER_CASE.test(first)) return false;
  if (!endsWithFullStop(text)) return false;
  const sentenceWords = words(text, article.language);
  return sentenceWords.length >= MIN_CANDIDATE_WORDS && junkKind(text, sentenceWords) === undefined;
};

/**
 * Up to `count` key points: the whole sentences among `scored`, picked by the same
 * maximal marginal relevance as a summary (no length limit), returned in article
 * order. Fewer than `count` only when the article has fewer whole sentences; none
 * rather than junk.
 */
export const pickKeyPoints = (
  scored: ScoredSentence[],
  article: ArticleText,
  count: number,
  selection: Pick<Selection, 'lambda' | 'nearDuplicate'>
): ScoredSentence[] =>
  selectSentences(
    scored.filter((sentence) => isWholeSentence(sentence.text, article)),
    { ...selection, maxLength: Number.POSITIVE_INFINITY, maxSentences: count }
  );
