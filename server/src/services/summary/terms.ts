import type { Language } from './locale';
import { stopWordsFor } from './stop-words';

/** Elided articles and pronouns glued to the next word by an apostrophe (French l'été, Italian dell'anno). */
const ELISIONS: ReadonlyMap<string, RegExp> = new Map([
  ['fr', /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\p{L})/u],
  ['it', /^(?:[cdlmnst]|dell|dall|nell|sull|all|coll|quell|bell|sant|un)'(?=\p{L})/u],
]);

/**
 * The terms a sentence is compared on: its words in lower case, elisions removed,
 * stop words of the language dropped. No stemming.
 */
export const contentTerms = (sentenceWords: string[], language: Language): string[] => {
  const stopWords = stopWordsFor(language);
  const elision = ELISIONS.get(language.code);
  const terms: string[] = [];
  for (const word of sentenceWords) {
    let term = word.toLowerCase();
    if (elision !== undefined) term = term.replace(/’/g, "'").replace(elision, '');
    if (!stopWords.has(term)) terms.push(term);
  }
  return terms;
};
