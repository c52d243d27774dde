/**
 * Sentences that are not statements of the article: page furniture copied in with the
 * body (calls to action, bylines, datelines, photo credits, advertisement labels,
 * social-media debris) and questions to the reader. They are picked only when nothing
 * else exists. Every check works on the sentence's words (Intl.Segmenter output) or
 * on single characters: no regular expression runs on the text.
 */

export type JunkKind = 'question' | 'call-to-action' | 'byline' | 'dateline' | 'credit' | 'advertisement' | 'social';

/** A phrase as Intl.Segmenter words: split at spaces and hyphens ("abonnez-vous" is two words). */
const phraseWords = (phrase: string): string[] => phrase.split(' ').flatMap((part) => part.split('-'));

/*
 * Phrases that open a call to action, in lower case, as word sequences. Matched at the
 * start of the sentence only: "read more" inside a statement is fine.
 */
const CALL_TO_ACTION_OPENINGS: string[][] = [
  // English
  'read more',
  'read also',
  'also read',
  'read the full',
  'read next',
  'see also',
  'more on this',
  'click here',
  'tap here',
  'subscribe',
  'sign up',
  'sign in',
  'log in',
  'register now',
  'join us',
  'follow us',
  'share this',
  'share on',
  'watch the video',
  'watch video',
  'watch now',
  'listen to',
  'download the app',
  'no time to read',
  "don't miss",
  'do not miss',
  'most read',
  'most popular',
  'get the latest',
  'get our newsletter',
  'continue reading',
  'keep reading',
  'skip to',
  'leave a comment',
  // French
  'à lire aussi',
  'a lire aussi',
  'lire aussi',
  'lire la suite',
  'voir aussi',
  'à voir aussi',
  'abonnez-vous',
  'inscrivez-vous',
  'suivez-nous',
  'partagez',
  'cliquez ici',
  'pas le temps de lire',
  'mon actu',
  'découvrez',
  'téléchargez',
  'recevez notre newsletter',
  'notre newsletter',
  'à lire également',
  'lire également',
  'regarder la vidéo',
  'voir la vidéo',
  'réagir',
  // German
  'lesen sie auch',
  'lesen sie mehr',
  'mehr lesen',
  'weiterlesen',
  'mehr zum thema',
  'auch interessant',
  'jetzt abonnieren',
  'abonnieren sie',
  'melden sie sich',
  'folgen sie uns',
  'hier klicken',
  'keine zeit zum lesen',
  'zum artikel',
  'newsletter abonnieren',
  // Spanish
  'lee también',
  'lea también',
  'leer más',
  'lee más',
  'más información',
  'te puede interesar',
  'suscríbete',
  'suscríbase',
  'regístrate',
  'síguenos',
  'haz clic',
  'no tienes tiempo de leer',
  'ver vídeo',
].map(phraseWords);

/** Words that, as a whole sentence of at most two words, are a label, not a statement. */
const ADVERTISEMENT_LABELS = new Set([
  'advertisement',
  'advert',
  'ad',
  'sponsored',
  'promoted',
  'publicité',
  'pub',
  'sponsorisé',
  'anzeige',
  'werbung',
  'publicidad',
  'patrocinado',
  'annonce',
]);

/** Words that open a byline ("By Jane Smith", "Par Jean Dupont"). */
const BYLINE_OPENINGS = new Set(['by', 'par', 'von', 'por', 'de']);

/** Words that open a dateline ("Published 3 March 2024", "Mis à jour le ..."). */
const DATELINE_OPENINGS: string[][] = [
  'published',
  'updated',
  'last updated',
  'posted',
  'first published',
  'publié',
  'publié le',
  'mis à jour',
  'modifié le',
  'veröffentlicht',
  'aktualisiert',
  'publicado',
  'actualizado',
].map(phraseWords);

/** Words whose presence in a short sentence marks a picture credit or caption label. */
const CREDIT_WORDS = new Set([
  'photo',
  'photos',
  'picture',
  'pictures',
  'image',
  'images',
  'credit',
  'credits',
  'caption',
  'getty',
  'reuters',
  'afp',
  'ap',
  'shutterstock',
  'istock',
  'illustration',
  'crédit',
  'crédits',
  'foto',
  'fotos',
  'bild',
  'bildquelle',
  'quelle',
  'imagen',
  'archives',
  'archive',
]);

/** Month names and abbreviations (en, fr, de, es), for sentences made only of a date. */
const DATE_WORDS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
  'januar',
  'februar',
  'märz',
  'juni',
  'juli',
  'oktober',
  'dezember',
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
  'am',
  'pm',
  'gmt',
  'utc',
  'cet',
  'bst',
  'est',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'le',
  'the',
  'on',
  'at',
  'à',
  'h',
  'am',
  'um',
  'el',
  'de',
]);

/** A byline or credit is short; a long sentence that opens with "By" is a statement. */
const SHORT_LABEL_WORDS = 8;
const CREDIT_MAX_WORDS = 14;
const DATELINE_MAX_WORDS = 12;

const startsWith = (lower: string[], phrase: string[]): boolean =>
  phrase.length <= lower.length && phrase.every((word, i) => lower[i] === word);

const isDigits = (word: string): boolean => {
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if ((code < 48 || code > 57) && word[i] !== ':' && word[i] !== '.' && word[i] !== 'h') return false;
  }
  return word.length > 0;
};

const isCapitalised = (word: string): boolean => word.length > 0 && word[0] !== word[0].toLowerCase();

/** The last character of the sentence that is not a closing quote, bracket or space. */
const finalMark = (text: string): string => {
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const char = text[i];
    if (!' "\'”’»)]\u00a0'.includes(char)) return char;
  }
  return '';
};

/** Share of the sentence's space-separated tokens that are hashtags, handles or links. */
const socialShare = (text: string): number => {
  const tokens = text.split(' ').filter((token) => token !== '');
  if (tokens.length === 0) return 0;
  let social = 0;
  for (const token of tokens) {
    if (
      token[0] === '#' ||
      token[0] === '@' ||
      token.startsWith('http') ||
      token.startsWith('pic.twitter.com') ||
      token.startsWith('www.')
    ) {
      social += 1;
    }
  }
  return social / tokens.length;
};

/**
 * What kind of non-statement a sentence is, or undefined for a statement.
 * `sentenceWords` are its word-like segments (sentences.ts `words`).
 */
export const junkKind = (text: string, sentenceWords: string[]): JunkKind | undefined => {
  const lower = sentenceWords.map((word) => word.toLowerCase());
  if (lower.length <= 2 && lower.some((word) => ADVERTISEMENT_LABELS.has(word))) return 'advertisement';
  if (CALL_TO_ACTION_OPENINGS.some((phrase) => startsWith(lower, phrase))) return 'call-to-action';
  if (finalMark(text) === '?' || finalMark(text) === '¿') return 'question';
  if (text.includes('©') || text.includes('pic.twitter.com')) return 'credit';
  if (socialShare(text) >= 0.3) return 'social';
  if (lower.length <= SHORT_LABEL_WORDS && BYLINE_OPENINGS.has(lower[0] ?? '') && sentenceWords.slice(1).every(isCapitalised)) {
    return 'byline';
  }
  if (
    lower.length <= DATELINE_MAX_WORDS &&
    DATELINE_OPENINGS.some((phrase) => startsWith(lower, phrase)) &&
    lower.some((word) => isDigits(word))
  ) {
    return 'dateline';
  }
  if (lower.length > 0 && lower.length <= SHORT_LABEL_WORDS * 2 && lower.every((word) => DATE_WORDS.has(word) || isDigits(word))) {
    return 'dateline';
  }
  if (lower.length <= CREDIT_MAX_WORDS && lower.some((word) => CREDIT_WORDS.has(word)) && (text.includes(':') || text.includes('/'))) {
    return 'credit';
  }
  return undefined;
};
