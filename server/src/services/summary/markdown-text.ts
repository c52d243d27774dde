/**
 * Markdown (and plain text) to paragraphs of text. Each line is classified by a
 * look at its first characters (the block rules below are CommonMark's, simplified),
 * then the inline markup of a paragraph's lines is stripped by linear passes.
 */
import { decodeEntities } from './html-text';
import { stripInlineMarkdown } from './markdown-inline';
import { isAsciiDigit, isSpace, skipIndent, skipSpace } from './scan';
import type { TextSink } from './text-sink';

interface Fence {
  char: string;
  length: number;
}

/** A code fence (three or more backticks or tildes after at most three spaces), or null. */
const fenceOf = (line: string): Fence | null => {
  const start = skipIndent(line);
  const char = line[start];
  if (char !== '`' && char !== '~') return null;
  let end = start;
  while (line[end] === char) end += 1;
  return end - start >= 3 ? { char, length: end - start } : null;
};

/** Only `char` (at least once) after the indentation, then only whitespace. */
const isRunOf = (line: string, char: string): boolean => {
  let i = skipIndent(line);
  if (line[i] !== char) return false;
  while (line[i] === char) i += 1;
  return skipSpace(line, i) === line.length;
};

/** `===` or `---` under a paragraph makes it a heading. */
const isSetextUnderline = (line: string): boolean => isRunOf(line, '=') || isRunOf(line, '-');

/** Three or more `-`, `*` or `_`, optionally separated by whitespace. */
const isThematicBreak = (line: string): boolean => {
  const start = skipIndent(line);
  const char = line[start];
  if (char !== '-' && char !== '*' && char !== '_') return false;
  let count = 0;
  for (let i = start; i < line.length; i += 1) {
    if (line[i] === char) count += 1;
    else if (!isSpace(line.charCodeAt(i))) return false;
  }
  return count >= 3;
};

/** One to six `#` followed by whitespace or the end of the line. */
const isAtxHeading = (line: string): boolean => {
  const start = skipIndent(line);
  let end = start;
  while (line[end] === '#') end += 1;
  const level = end - start;
  return level >= 1 && level <= 6 && (end === line.length || isSpace(line.charCodeAt(end)));
};

const isQuote = (line: string): boolean => line[skipIndent(line)] === '>';

const isTableRow = (line: string): boolean => line[skipSpace(line, 0)] === '|';

/** `[label]: ` at the start of a line. */
const isLinkDefinition = (line: string): boolean => {
  const open = skipIndent(line);
  if (line[open] !== '[') return false;
  const close = line.indexOf(']', open + 1);
  return close > open + 1 && line[close + 1] === ':' && close + 2 < line.length && isSpace(line.charCodeAt(close + 2));
};

/** The text of a list item (`- `, `* `, `+ `, `1. `, `1) `), or null when the line is not one. */
const listItemText = (line: string): string | null => {
  let i = skipSpace(line, 0);
  if (line[i] === '-' || line[i] === '*' || line[i] === '+') {
    i += 1;
  } else {
    const digits = i;
    while (isAsciiDigit(line.charCodeAt(i))) i += 1;
    if (i === digits || i - digits > 9 || (line[i] !== '.' && line[i] !== ')')) return null;
    i += 1;
  }
  if (i >= line.length || !isSpace(line.charCodeAt(i))) return null;
  return line.slice(skipSpace(line, i));
};

export const readMarkdown = (markdown: string, out: TextSink): void => {
  let paragraph: string[] = [];
  let fence: Fence | null = null;
  const flush = () => {
    out.add(decodeEntities(paragraph.map(stripInlineMarkdown).join(' ')));
    paragraph = [];
  };
  for (const line of markdown.split(/\r\n?|\n/)) {
    if (out.full) return;
    const fenceHere = fenceOf(line);
    if (fence !== null) {
      if (fenceHere && fenceHere.char === fence.char && fenceHere.length >= fence.length) fence = null;
      continue;
    }
    if (fenceHere) {
      flush();
      fence = fenceHere;
    } else if (line.trim() === '') {
      flush();
    } else if (isSetextUnderline(line) && paragraph.length > 0) {
      paragraph = []; // the lines above were a heading
    } else if (isThematicBreak(line) || isAtxHeading(line) || isQuote(line)) {
      flush();
    } else if (isTableRow(line) || isLinkDefinition(line)) {
      flush();
    } else {
      const item = listItemText(line);
      if (item !== null) {
        flush();
        paragraph.push(item);
      } else {
        paragraph.push(line);
      }
    }
  }
  flush();
};
