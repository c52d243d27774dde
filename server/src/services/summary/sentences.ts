import { abbreviationsFor, type Abbreviations } from './abbreviations';
import type { Language } from './locale';
import { SEGMENTER_CHUNK_CHARS } from './parameters';
import { stopWordsFor } from './stop-words';
import { scanWords } from './word-scan';

type Segmenter = Intl.Segmenter;
type Granularity = 'sentence' | 'word';

/** Creating a segmenter costs far more than using one; callers pass few distinct locales. */
const segmenters = new Map<string, Segmenter>();
const MAX_CACHED_SEGMENTERS = 64;

const segmenterFor = (language: Language, granularity: Granularity): Segmenter => {
  const key = `${granularity}:${language.tag}`;
  let segmenter = segmenters.get(key);
  if (segmenter === undefined) {
    if (segmenters.size >= MAX_CACHED_SEGMENTERS) segmenters.clear();
    segmenter = new Intl.Segmenter(language.tag, { granularity });
    segmenters.set(key, segmenter);
  }
  return segmenter;
};

/** A sentence end followed by what looks like a sentence start: a safe place to cut. */
const LIKELY_SENTENCE_END = /[.!?…。！？]["'”’»)\]]*\s+(?=["'“‘«([¿¡]?[\p{Lu}\p{Lo}\p{N}])/gu;

interface Chunk {
  text: string;
  /** Cut where no sentence ends: its last piece and the next chunk's first piece are one sentence. */
  cutMidSentence: boolean;
}

/**
 * Cuts text into chunks of at most `max` characters, preferring likely sentence ends,
 * then spaces. Intl.Segmenter takes more than linear time on long strings; fed chunks,
 * it stays linear.
 */
const chunksOf = (text: string, max: number, atSentenceEnds: boolean): Chunk[] => {
  const chunks: Chunk[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    let cut = 0;
    if (atSentenceEnds) {
      LIKELY_SENTENCE_END.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = LIKELY_SENTENCE_END.exec(window)) !== null) cut = match.index + match[0].length;
    }
    const cutMidSentence = cut === 0;
    if (cut === 0) {
      const space = window.lastIndexOf(' ');
      cut = space > 0 ? space + 1 : max;
    }
    chunks.push({ text: window.slice(0, cut), cutMidSentence });
    start += cut;
  }
  chunks.push({ text: text.slice(start), cutMidSentence: false });
  return chunks;
};

const CLOSERS = /["'”’»)\]]+$/;
const OPENERS = /^["'“‘«([¿¡]+/;
const ENDS_WITH_DOT = /\.["'”’»)\]]*$/;
const TOKEN_BEFORE_DOT = /(?:^|[\s([«"“'‘])([^\s([«"“'‘]+)\.$/u;
const NUMBER_BEFORE_TOKEN = /\p{Nd}\s+[^\s]+\.$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const DAY_NUMBER = /^\p{Nd}{1,2}$/u;
const FIRST_WORD = /^[\p{L}\p{M}]+/u;

/** Does the piece `current` end in an abbreviation, rather than end a sentence, given what follows? */
const continuesInto = (current: string, next: string, abbreviations: Abbreviations, stopWords: ReadonlySet<string>): boolean => {
  const tail = current.trimEnd();
  if (!ENDS_WITH_DOT.test(tail)) return false;
  const start = next.trimStart().replace(OPENERS, '');
  const first = start.charAt(0);
  if (/\p{Ll}/u.test(first)) return true;

  const token = TOKEN_BEFORE_DOT.exec(tail.replace(CLOSERS, ''))?.[1];
  if (token === undefined) return false;
  const abbreviation = token.toLowerCase();
  const nextWord = (FIRST_WORD.exec(start)?.[0] ?? '').toLowerCase();
  const beforeCapital = /\p{Lu}/u.test(first);
  const beforeNumber = /\p{Nd}/u.test(first);

  if (abbreviations.always.has(abbreviation)) return true;
  if (abbreviations.oftenFinal.has(abbreviation)) return false;
  if (abbreviations.titleUnlessAfterNumber.has(abbreviation)) return !NUMBER_BEFORE_TOKEN.test(tail);
  if (beforeNumber && abbreviations.beforeNumber.has(abbreviation)) return true;
  if (DAY_NUMBER.test(token) && abbreviations.monthsAfterOrdinal.has(nextWord)) return true;
  // "J. R. R. Tolkien", "U.S. Senate", but "plan B. The" and "the U.S. He": a stop word starts a sentence.
  if ((SINGLE_CAPITAL.test(token) || DOTTED_ACRONYM.test(token)) && beforeCapital) {
    return nextWord !== '' && !stopWords.has(nextWord);
  }
  return false;
};

/**
 * Splits a paragraph into sentences: Intl.Segmenter for the language, then a repair
 * pass that re-joins the pieces it wrongly cut after an abbreviation:
 * - any "." followed by a lower-case letter ("etc. and", "z.B. ein");
 * - titles and markers that never end a sentence (Mr., Dr., M., Mme., Hr., Sra., т.е.,
 *   e.g., z.B., ... see abbreviations.ts);
 * - months and number markers before a number ("Jan. 5", "No. 5", "S. 12");
 * - German day numbers before a month ("am 5. Mai");
 * - Russian "г." except after a number ("г. Москва", but "в 2020 г." ends a sentence);
 * - single capitals and dotted acronyms before a capitalised word that is not a stop
 *   word ("J. R. R. Tolkien", "the U.S. Senate"; but "in the U.S. The"), except
 *   those that often end a sentence (p.m., т.д., т.п.).
 */
export const splitSentences = (paragraph: string, language: Language): string[] => {
  const segmenter = segmenterFor(language, 'sentence');
  const abbreviations = abbreviationsFor(language.code);
  const stopWords = stopWordsFor(language);
  const sentences: string[] = [];
  let parts: string[] = [];
  let mustJoin = false;
  for (const chunk of chunksOf(paragraph, SEGMENTER_CHUNK_CHARS, true)) {
    const pieces = Array.from(segmenter.segment(chunk.text), (piece) => piece.segment);
    pieces.forEach((piece, i) => {
      const last = parts[parts.length - 1];
      if (last !== undefined && (mustJoin || continuesInto(last, piece, abbreviations, stopWords))) {
        parts.push(piece);
      } else {
        if (last !== undefined) sentences.push(parts.join('').trim());
        parts = [piece];
      }
      mustJoin = chunk.cutMidSentence && i === pieces.length - 1;
    });
  }
  if (parts.length > 0) sentences.push(parts.join('').trim());
  return sentences.filter((sentence) => sentence !== '');
};

/** The words of a text as Intl.Segmenter finds them (its word-like segments), as written. */
export const segmenterWords = (text: string, language: Language): string[] => {
  const segmenter = segmenterFor(language, 'word');
  const found: string[] = [];
  for (const chunk of chunksOf(text, SEGMENTER_CHUNK_CHARS, false)) {
    for (const segment of segmenter.segment(chunk.text)) {
      if (segment.isWordLike) found.push(segment.segment);
    }
  }
  return found;
};

/**
 * The words of a text (Intl.Segmenter's word-like segments), as written: found by a
 * scan where that gives the same words (word-scan.ts), several times faster.
 */
export const words = (text: string, language: Language): string[] => scanWords(text) ?? segmenterWords(text, language);
