import type { Language } from './locale';

/*
 * Words that, opening a sentence, point back to an earlier one: personal pronouns and
 * contrastive or additive connectives. Such a sentence leans on context a summary may
 * not carry ("He denied it.", "Mais la mairie refuse."). Determiners that also open
 * dates ("This week", "Ce lundi", "Este lunes", "Das Rathaus") are left out on purpose.
 */
const OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'en',
    new Set([
      'he',
      'she',
      'they',
      'it',
      'his',
      'her',
      'their',
      'its',
      'but',
      'however',
      'also',
      'meanwhile',
      'moreover',
      'furthermore',
      'instead',
      'still',
      'yet',
      'so',
      'then',
      'and',
    ]),
  ],
  [
    'fr',
    new Set([
      'il',
      'elle',
      'ils',
      'elles',
      'cela',
      'ceci',
      'lui',
      'leur',
      'mais',
      'cependant',
      'pourtant',
      'toutefois',
      'ainsi',
      'aussi',
      'alors',
      'donc',
      'or',
      'et',
    ]),
  ],
  [
    'de',
    new Set([
      'er',
      'sie',
      'es',
      'sein',
      'seine',
      'ihr',
      'ihre',
      'aber',
      'doch',
      'jedoch',
      'auch',
      'außerdem',
      'dennoch',
      'trotzdem',
      'deshalb',
      'daher',
      'und',
    ]),
  ],
  ['es', new Set(['él', 'ella', 'ellos', 'ellas', 'esto', 'eso', 'su', 'sus', 'pero', 'además', 'también', 'así', 'entonces', 'y'])],
]);

/** Whether a sentence's first word (as read by the engine) refers back to an earlier sentence. */
export const opensWithReference = (firstWord: string | undefined, language: Language): boolean =>
  firstWord !== undefined && (OPENERS.get(language.code)?.has(firstWord.toLowerCase()) ?? false);
