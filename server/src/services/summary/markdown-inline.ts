/**
 * Inline Markdown to plain text, one line at a time: a fixed sequence of passes, each
 * a left-to-right scan that keeps the leftmost-match semantics of the regular
 * expression it replaced (noted above each pass), in linear time.
 */
import { forwardSearch, isSpace, isWordChar, nextIndexOf } from './scan';

/**
 * The output of a pass: the line with some spans replaced by a part of themselves (or
 * by nothing). Pieces are joined once at the end; appending to a string instead
 * leaves the garbage collector a rope of a million pieces on adversarial lines.
 */
class Pieces {
  private readonly parts: string[] = [];

  private copied = 0;

  constructor(private readonly line: string) {}

  /** Where the text not yet replaced starts. */
  get next(): number {
    return this.copied;
  }

  /** Replaces `line[from, to)` with `line[keepFrom, keepTo)` (nothing when they are equal). */
  replace(from: number, to: number, keepFrom = to, keepTo = to): void {
    if (from > this.copied) this.parts.push(this.line.slice(this.copied, from));
    if (keepTo > keepFrom) this.parts.push(this.line.slice(keepFrom, keepTo));
    this.copied = to;
  }

  finish(): string {
    if (this.copied === 0) return this.line;
    this.parts.push(this.line.slice(this.copied));
    return this.parts.join('');
  }
}

/** `<!--.*?-->` removed; an unclosed comment stays as text. */
const removeComments = (line: string): string => {
  const nextOpen = nextIndexOf(line, '<!--');
  const nextClose = nextIndexOf(line, '-->');
  const out = new Pieces(line);
  for (let at = nextOpen(0); at !== -1; at = nextOpen(out.next)) {
    const close = nextClose(at + 4);
    if (close === -1) break; // no comment after this one can close either
    out.replace(at, close + 3);
  }
  return out.finish();
};

interface BracketForm {
  opener: '![' | '[';
  /** The character right after `]`, and the one that closes what it opens. */
  follow: '(' | '[';
  close: ')' | ']';
  keepText: boolean;
  textRequired: boolean;
}

/**
 * `opener [^\]]* \] follow [^close]* close`: images (dropped) and links (their text
 * kept), inline `(url)` or reference `[ref]` form. Both character classes stop at a
 * fixed character, so each opener has at most one way to match.
 */
const replaceBracketed = (line: string, form: BracketForm): string => {
  const nextOpener = nextIndexOf(line, form.opener);
  const nextTextEnd = nextIndexOf(line, ']');
  const nextClose = nextIndexOf(line, form.close);
  const out = new Pieces(line);
  let at = nextOpener(0);
  while (at !== -1) {
    const textStart = at + form.opener.length;
    const textEnd = nextTextEnd(textStart);
    if (textEnd === -1) break;
    if (line[textEnd + 1] === form.follow && (!form.textRequired || textEnd > textStart)) {
      const close = nextClose(textEnd + 2);
      if (close === -1) break; // later openers would need a closer further on still
      if (form.keepText) out.replace(at, close + 1, textStart, textEnd);
      else out.replace(at, close + 1);
      at = nextOpener(out.next);
    } else {
      at = nextOpener(at + 1);
    }
  }
  return out.finish();
};

const IMAGE: BracketForm = { opener: '![', follow: '(', close: ')', keepText: false, textRequired: false };
const IMAGE_REFERENCE: BracketForm = { opener: '![', follow: '[', close: ']', keepText: false, textRequired: false };
const LINK: BracketForm = { opener: '[', follow: '(', close: ')', keepText: true, textRequired: false };
const LINK_REFERENCE: BracketForm = { opener: '[', follow: '[', close: ']', keepText: true, textRequired: true };

const AUTOLINK_SCHEMES = ['http:', 'https:', 'mailto:'];

/** `<((?:https?|mailto):[^>\s]+)>` -> the URL. */
const unwrapAutolinks = (line: string): string => {
  const nextOpen = nextIndexOf(line, '<');
  // The URL runs to the first '>' or whitespace; remembered, since "<http:<http:..." shares one run.
  const urlEnd = forwardSearch((from) => {
    let i = from;
    while (i < line.length && line[i] !== '>' && !isSpace(line.charCodeAt(i))) i += 1;
    return i;
  });
  const out = new Pieces(line);
  for (let at = nextOpen(0); at !== -1; at = nextOpen(Math.max(at + 1, out.next))) {
    const scheme = AUTOLINK_SCHEMES.find((name) => line.startsWith(name, at + 1));
    if (scheme === undefined) continue;
    const schemeEnd = at + 1 + scheme.length;
    const end = urlEnd(schemeEnd);
    if (end > schemeEnd && line[end] === '>') {
      out.replace(at, end + 1, at + 1, end);
    }
  }
  return out.finish();
};

/** Starts and ends of the runs of backticks in `line`, in two arrays (no object per run). */
const backtickRuns = (line: string): { starts: number[]; ends: number[] } => {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = line.indexOf('`'); i !== -1; i = line.indexOf('`', i)) {
    starts.push(i);
    while (line.charCodeAt(i) === 0x60) i += 1;
    ends.push(i);
  }
  return { starts, ends };
};

/**
 * `` (`+)(.+?)\1 `` -> the code. The regular expression's backtracking picks, at an
 * opening run of R backticks, the longest L <= R that closes: either a later run of at
 * least L backticks (closing at its start) or, when R >= 2L + 1, the opening run itself
 * (one backtick of content). That choice is computed here directly.
 */
const unwrapCodeSpans = (line: string): string => {
  const { starts, ends } = backtickRuns(line);
  const count = starts.length;
  const longestFrom = new Int32Array(count + 1);
  for (let r = count - 1; r >= 0; r -= 1) longestFrom[r] = Math.max(ends[r] - starts[r], longestFrom[r + 1]);
  const out = new Pieces(line);
  let r = 0;
  let at = count > 0 ? starts[0] : 0;
  while (r < count) {
    const length = ends[r] - at;
    const fence = Math.max(Math.min(length, longestFrom[r + 1]), Math.floor((length - 1) / 2));
    if (fence < 1) break; // at most two backticks left and no run after them: nothing closes
    let close: number;
    let closeRun = r;
    if (length >= 2 * fence + 1) {
      close = at + fence + 1;
    } else {
      closeRun = r + 1;
      while (ends[closeRun] - starts[closeRun] < fence) closeRun += 1;
      close = starts[closeRun];
    }
    out.replace(at, close + fence, at + fence, close);
    r = closeRun;
    at = close + fence;
    if (at === ends[r]) {
      r += 1;
      if (r < count) at = starts[r];
    }
  }
  return out.finish();
};

/**
 * `(D1|D2|...)(?=\S)(.+?)\1` -> the content, for two-character delimiters: the leftmost
 * delimiter followed by a non-space, closed by the next same delimiter at least one
 * character later.
 */
const unwrapDelimited = (line: string, delimiters: string[]): string => {
  const searches = delimiters.map((delimiter) => ({ delimiter, next: nextIndexOf(line, delimiter), closes: true }));
  const out = new Pieces(line);
  let searchFrom = 0;
  for (;;) {
    let at = -1;
    let found: (typeof searches)[number] | undefined;
    for (const search of searches) {
      if (!search.closes) continue;
      const index = search.next(searchFrom);
      if (index !== -1 && (at === -1 || index < at)) {
        at = index;
        found = search;
      }
    }
    if (found === undefined) break;
    const contentStart = at + found.delimiter.length;
    if (contentStart < line.length && !isSpace(line.charCodeAt(contentStart))) {
      const close = found.next(contentStart + 1);
      if (close !== -1) {
        out.replace(at, close + found.delimiter.length, contentStart, close);
        searchFrom = out.next;
        continue;
      }
      found.closes = false; // no later opener of this delimiter can close either
    }
    searchFrom = at + 1;
  }
  return out.finish();
};

/**
 * `(^|[^\w M])M(?=\S)([^M]*?\S)M(?![\w M])` -> the content, for a one-character mark M
 * (`*`, `_`): emphasis that neither starts nor ends inside a word. With f the first M
 * after the opener, the content can only end at f or, when M follows f, at f + 1.
 */
const unwrapEmphasis = (line: string, mark: '*' | '_'): string => {
  const nextMark = nextIndexOf(line, mark);
  const isMark = (i: number) => line[i] === mark;
  const outsideWord = (i: number) => i >= line.length || (!isWordChar(line.charCodeAt(i)) && !isMark(i));
  const closerAfter = (open: number): number => {
    const first = nextMark(open + 1);
    if (first === -1) return -1;
    if (first >= open + 2 && !isSpace(line.charCodeAt(first - 1)) && outsideWord(first + 1)) return first;
    if (isMark(first + 1) && outsideWord(first + 2)) return first + 1;
    return -1;
  };
  const out = new Pieces(line);
  for (let at = nextMark(0); at !== -1; at = nextMark(Math.max(at + 1, out.next))) {
    // The character before the opener is part of the match, so it cannot be the end of the previous one.
    const opens = at === 0 || (at - 1 >= out.next && outsideWord(at - 1));
    if (!opens || at + 1 >= line.length || isSpace(line.charCodeAt(at + 1))) continue;
    const close = closerAfter(at);
    if (close === -1) continue;
    out.replace(at, close + 1, at + 1, close);
  }
  return out.finish();
};

const ESCAPABLE = new Set('\\`*_{}[]()#+-.!>|~');

/** `\\([\\`*_{}[\]()#+\-.!>|~])` -> the character. */
const removeEscapes = (line: string): string => {
  const out = new Pieces(line);
  for (let at = line.indexOf('\\'); at !== -1; at = line.indexOf('\\', at)) {
    if (at + 1 < line.length && ESCAPABLE.has(line[at + 1])) {
      out.replace(at, at + 1);
      at += 2;
    } else {
      at += 1;
    }
  }
  return out.finish();
};

const PASSES: Array<(line: string) => string> = [
  removeComments,
  (line) => replaceBracketed(line, IMAGE),
  (line) => replaceBracketed(line, IMAGE_REFERENCE),
  (line) => replaceBracketed(line, LINK),
  (line) => replaceBracketed(line, LINK_REFERENCE),
  unwrapAutolinks,
  unwrapCodeSpans,
  (line) => unwrapDelimited(line, ['**', '__']),
  (line) => unwrapDelimited(line, ['~~']),
  (line) => unwrapEmphasis(line, '*'),
  (line) => unwrapEmphasis(line, '_'),
  removeEscapes,
];

/**
 * One line of Markdown as text: comments and images dropped; links, autolinks, code
 * spans, bold, italic and strikethrough reduced to their text; backslash escapes resolved.
 */
export const stripInlineMarkdown = (line: string): string => PASSES.reduce((text, pass) => pass(text), line);
