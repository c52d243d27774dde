import type { Language } from './locale';
import { stemmerFor, type Stemmer } from './stem';
import { stopWordsFor } from './stop-words';

/** Elided articles and pronouns glued to the next word by an apostrophe (French l'été, Italian dell'anno). */
const ELISIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['fr', new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'])],
  ['it', new Set(['c', 'd', 'l', 'm', 'n', 's', 't', 'dell', 'dall', 'nell', 'sull', 'all', 'coll', 'quell', 'bell', 'sant', 'un'])],
]);

const APOSTROPHES = new Set(["'", '’']);

/** `l'été` -> `été` when `l` is an elided form of the language; a word-level check, no pattern. */
const withoutElision = (word: string, elisions: ReadonlySet<string> | undefined): string => {
  if (elisions === undefined) return word;
  for (let i = 1; i <= 7 && i < word.length - 1; i += 1) {
    if (APOSTROPHES.has(word[i])) return elisions.has(word.slice(0, i)) ? word.slice(i + 1) : word;
  }
  return word;
};

/**
 * English clitics glued to a word by an apostrophe. Titles and bodies often differ in
 * apostrophe ("Macron's" in the title, "Macron’s" in the body): without this they are
 * different terms. ("n't" stays: "can't" without it is no word.)
 */
const ENGLISH_CLITICS = ["'s", "'re", "'ll", "'ve", "'d", "'m"];

/** `court's` and `court’s` -> `court`; other words, and other languages, unchanged. */
const withoutClitic = (word: string, language: Language): string => {
  if (language.code !== 'en') return word;
  const plain = word.split('’').join("'");
  for (const clitic of ENGLISH_CLITICS) {
    if (plain.length > clitic.length + 1 && plain.endsWith(clitic)) return plain.slice(0, -clitic.length);
  }
  return word;
};

/**
 * The terms a sentence is compared on: its words in lower case, elisions removed,
 * stop words of the language dropped, the rest reduced to their stems (Snowball), so
 * that "tram" and "trams", "inauguré" and "inaugurée" meet. Pass one `stem` (stemmerFor)
 * for all the sentences of a document, or the identity for no stemming.
 */
export const contentTerms = (sentenceWords: string[], language: Language, stem: Stemmer = stemmerFor(language)): string[] => {
  const stopWords = stopWordsFor(language);
  const elisions = ELISIONS.get(language.code);
  const terms: string[] = [];
  for (const word of sentenceWords) {
    const term = withoutClitic(withoutElision(word.toLowerCase(), elisions), language);
    if (!stopWords.has(term)) terms.push(stem(term));
  }
  return terms;
};
