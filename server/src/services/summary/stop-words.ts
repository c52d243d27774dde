import { deu, eng, fra, ita, nld, por, porBr, rus, spa } from 'stopword';

import type { Language } from './locale';

const NONE: ReadonlySet<string> = new Set();

/*
 * Keyed by primary language subtag. Italian, Portuguese and Dutch get stop words only
 * (no sentence-splitting repairs); Brazilian Portuguese has its own list.
 */
const LISTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['en', new Set(eng)],
  ['fr', new Set(fra)],
  ['de', new Set(deu)],
  ['es', new Set(spa)],
  ['ru', new Set(rus)],
  ['it', new Set(ita)],
  ['pt', new Set(por)],
  ['pt-BR', new Set(porBr)],
  ['nl', new Set(nld)],
]);

/** The stop words of a language, lower case; empty (language-neutral scoring) when it has no list. */
export const stopWordsFor = (language: Language): ReadonlySet<string> => LISTS.get(language.tag) ?? LISTS.get(language.code) ?? NONE;
