import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stem as english } from 'porter2';

import type { Language } from './locale';
import { MAX_STEMMED_WORD_LENGTH } from './parameters';

export type Stemmer = (word: string) => string;

const identity: Stemmer = (word) => word;

/*
 * Snowball stemmers, keyed by primary language subtag: porter2 (Porter2, the Snowball
 * English algorithm) and @orama/stemmers' Snowball ports for the others. Both are
 * plain string code without regular expressions, so a word costs time linear in its
 * length.
 */
const STEMMERS: ReadonlyMap<string, Stemmer> = new Map([
  ['en', english],
  ['fr', french],
  ['de', german],
  ['es', spanish],
  ['it', italian],
  ['pt', portuguese],
  ['nl', dutch],
  ['ru', russian],
]);

/**
 * The stemmer of a language (lower-case words in, stems out); the identity for a
 * language without one. Words longer than MAX_STEMMED_WORD_LENGTH (URLs, glued tokens)
 * are left as they are: no real word is that long, and it bounds the work per word.
 * Take one per document: it remembers the stems it has computed.
 */
export const stemmerFor = (language: Language): Stemmer => {
  const stemmer = STEMMERS.get(language.code);
  if (stemmer === undefined) return identity;
  // An article repeats its words; remembering their stems for the call halves the cost.
  const stems = new Map<string, string>();
  return (word) => {
    if (word.length > MAX_STEMMED_WORD_LENGTH) return word;
    let stem = stems.get(word);
    if (stem === undefined) {
      stem = stemmer(word);
      stems.set(word, stem);
    }
    return stem;
  };
};
