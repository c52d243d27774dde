/**
 * The word-like segments of a text, as Intl.Segmenter finds them (Unicode's word
 * boundary rules, UAX #29), by a scan over code points. Segmenting words costs V8's
 * Intl.Segmenter about 1.5 µs a word, half of the engine's time on a long body; this
 * scan gives the same words for text in scripts written with spaces between words
 * several times faster. Scripts that need a dictionary to find word boundaries (Chinese,
 * Japanese, Thai, ...), Hebrew (with its own quote rules), Korean, and text with a
 * zero-width joiner (emoji sequences) are left to Intl.Segmenter: `scanWords` answers
 * null for them. On the 1.1 million words of the evaluation sets it gives exactly
 * Intl.Segmenter's words (__tests__/word-scan.test.ts, docs/summary-engine.md).
 */

const enum Kind {
  Other,
  Letter,
  Digit,
  /** Joins two letters: ":" "·" ... (MidLetter). */
  MidLetter,
  /** Joins two letters or two digits: "." "’" ... (MidNumLet, Single_Quote). */
  MidNumLet,
  /** Joins two digits: "," ";" ... (MidNum). */
  MidNum,
  /** Joins anything word-like on either side: "_" and other connector punctuation (ExtendNumLet). */
  Connector,
  /** Marks and format characters: part of the character before them (Extend, Format, ZWJ). */
  Extend,
}

/** Scripts whose word boundaries Intl.Segmenter finds with dictionaries or extra rules. */
const NEEDS_SEGMENTER =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Hebrew}\p{Script=Hangul}\u200d]/u;

const LETTER = /\p{Alphabetic}/u;
const DIGIT = /\p{Nd}/u;
const EXTEND = /[\p{M}\p{Cf}]/u;
const CONNECTOR = /\p{Pc}/u;

const MID_LETTER = new Set([0x3a, 0xb7, 0x387, 0x55f, 0x5f4, 0x2027, 0xfe13, 0xfe55, 0xff1a]);
const MID_NUM_LET = new Set([0x27, 0x2e, 0x2018, 0x2019, 0x2024, 0xfe52, 0xff07, 0xff0e]);
const MID_NUM = new Set([0x2c, 0x3b, 0x37e, 0x589, 0x60c, 0x60d, 0x66c, 0x7f8, 0x2044, 0xfe10, 0xfe14, 0xfe50, 0xfe54, 0xff0c, 0xff1b]);

const kindOf = (codePoint: number): Kind => {
  if (codePoint < 0x80) {
    if ((codePoint | 0x20) >= 0x61 && (codePoint | 0x20) <= 0x7a) return Kind.Letter;
    if (codePoint >= 0x30 && codePoint <= 0x39) return Kind.Digit;
    if (codePoint === 0x5f) return Kind.Connector;
  }
  if (MID_NUM_LET.has(codePoint)) return Kind.MidNumLet;
  if (MID_LETTER.has(codePoint)) return Kind.MidLetter;
  if (MID_NUM.has(codePoint)) return Kind.MidNum;
  if (codePoint < 0x80) return Kind.Other;
  // U+202F (narrow no-break space, French "12 000") joins like "_" since Unicode 14.
  if (codePoint === 0x202f) return Kind.Connector;
  const char = String.fromCodePoint(codePoint);
  if (LETTER.test(char)) return Kind.Letter;
  if (DIGIT.test(char)) return Kind.Digit;
  if (EXTEND.test(char)) return Kind.Extend;
  if (CONNECTOR.test(char)) return Kind.Connector;
  return Kind.Other;
};

const joinsLetters = (kind: Kind) => kind === Kind.MidLetter || kind === Kind.MidNumLet;
const joinsDigits = (kind: Kind) => kind === Kind.MidNum || kind === Kind.MidNumLet;
const isWordPart = (kind: Kind) => kind === Kind.Letter || kind === Kind.Digit || kind === Kind.Connector;

/**
 * The word-like segments of `text` as written, or null when the text holds a script
 * this scan leaves to Intl.Segmenter.
 */
export const scanWords = (text: string): string[] | null => {
  if (NEEDS_SEGMENTER.test(text)) return null;
  // Kinds and starts of the code points, marks folded into the character before them.
  const kinds: Kind[] = [];
  const starts: number[] = [];
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) as number;
    const kind = kindOf(codePoint);
    // ICU's rule status after "_" plus a mark is not what UAX #29 implies; leave such rare text to it.
    if (kind === Kind.Extend && kinds[kinds.length - 1] === Kind.Connector) return null;
    if (kind !== Kind.Extend || kinds.length === 0 || kinds[kinds.length - 1] === Kind.Other) {
      kinds.push(kind === Kind.Extend ? Kind.Other : kind);
      starts.push(i);
    }
    i += codePoint > 0xffff ? 2 : 1;
  }
  starts.push(text.length);

  const found: string[] = [];
  let k = 0;
  while (k < kinds.length) {
    if (!isWordPart(kinds[k])) {
      k += 1;
      continue;
    }
    const first = k;
    let wordLike = kinds[k] !== Kind.Connector;
    k += 1;
    while (k < kinds.length) {
      const previous = kinds[k - 1];
      const kind = kinds[k];
      const next = kinds[k + 1];
      if (isWordPart(kind)) {
        wordLike ||= kind !== Kind.Connector;
        k += 1;
      } else if (
        (previous === Kind.Letter && next === Kind.Letter && joinsLetters(kind)) ||
        (previous === Kind.Digit && next === Kind.Digit && joinsDigits(kind))
      ) {
        k += 2;
      } else {
        break;
      }
    }
    // A run of connectors alone ("__") is word-like from two on, as ICU marks it.
    if (wordLike || k - first > 1) found.push(text.slice(starts[first], starts[k]));
  }
  return found;
};
