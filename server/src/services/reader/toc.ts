/**
 * The table of contents of an article body: its headings, each with an anchor and the
 * reading time of its section (the words from the heading to the next one). The body
 * is cut into sections at its headings here; the text of headings and the words of
 * sections are read by the summary engine's body readers (text-from-body.ts), so a
 * section counts the words `readingTimeMinutes` counts. Strings are scanned with
 * `indexOf` and per-character loops: linear in the body whatever it holds.
 */
import type { TocEntry } from '../../../../contracts/reader';
import { ComposedBody } from '../summary/composed-body';
import { looksLikeHtml } from '../summary/html-text';
import { countBodyWords } from '../summary/limits';
import { textFromBody } from '../summary/text-from-body';
import { isLetterOrDigit } from '../summary/word-count';
import { readingTimeMinutes } from './reading-time';

/** Most headings listed: a body with more is a list of headings, not a document to navigate. */
export const MAX_TOC_ENTRIES = 200;

/** Longest anchor, in characters (a heading may be a whole paragraph). */
const MAX_ANCHOR_LENGTH = 80;

/** A heading found in the body, and the body's content up to the next one (a fragment its readers take). */
interface Section {
  level: number;
  text: string;
  content: unknown[];
}

/** Collects sections in reading order; content before the first heading belongs to none. */
class Sections {
  readonly list: Section[] = [];

  heading(level: number, text: string): void {
    if (this.list.length < MAX_TOC_ENTRIES && text !== '') this.list.push({ level, text, content: [] });
    // Past the cap, the last section runs to the end (its reading time says so).
  }

  content(fragment: unknown): void {
    this.list[this.list.length - 1]?.content.push(fragment);
  }
}

/** The plain text of inline markup (Markdown or HTML), as the summary engine reads a paragraph. */
const plainText = (markup: string): string => textFromBody(markup).join(' ');

/* ----------------------------------------------------------------- Strapi blocks */

const readBlocks = (blocks: unknown[], out: Sections) => {
  let run: unknown[] = [];
  const flush = () => {
    if (run.length > 0) out.content(run);
    run = [];
  };
  for (const block of blocks) {
    const node = block as { type?: unknown; level?: unknown; children?: unknown };
    if (node?.type === 'heading' && Array.isArray(node.children)) {
      flush();
      const level = typeof node.level === 'number' && node.level >= 1 && node.level <= 6 ? Math.trunc(node.level) : 2;
      out.heading(level, textFromBody([{ type: 'paragraph', children: node.children }]).join(' '));
    } else {
      run.push(block);
    }
  }
  flush();
};

/* ----------------------------------------------------------------------- Markdown */

/** Index of the first character after at most three spaces of indentation. */
const afterIndent = (line: string): number => {
  let i = 0;
  while (i < 3 && line[i] === ' ') i += 1;
  return i;
};

/** The fence characters opening or closing a code block (three or more backticks or tildes), or ''. */
const fenceOf = (line: string): string => {
  const start = afterIndent(line);
  const char = line[start];
  if (char !== '`' && char !== '~') return '';
  let end = start;
  while (line[end] === char) end += 1;
  return end - start >= 3 ? line.slice(start, end) : '';
};

/** An ATX heading (`## Text ##`): its level and text, or null. */
const atxHeading = (line: string): { level: number; text: string } | null => {
  const start = afterIndent(line);
  let end = start;
  while (line[end] === '#') end += 1;
  const level = end - start;
  if (level < 1 || level > 6 || (end < line.length && line[end] !== ' ' && line[end] !== '\t')) return null;
  let text = line.slice(end).trim();
  // A closing run of `#` preceded by a space is not part of the text.
  let close = text.length;
  while (close > 0 && text[close - 1] === '#') close -= 1;
  if (close === 0 || text[close - 1] === ' ' || text[close - 1] === '\t') text = text.slice(0, close).trim();
  return { level, text };
};

/** A line of only `=` (level 1) or only `-` (level 2) after the indentation: a setext underline. */
const setextLevel = (line: string): number => {
  const trimmed = line.trim();
  if (trimmed === '' || afterIndent(line) !== line.length - line.trimStart().length) return 0;
  const char = trimmed[0];
  if (char !== '=' && char !== '-') return 0;
  for (const other of trimmed) if (other !== char) return 0;
  return char === '=' ? 1 : 2;
};

const readMarkdownSections = (markdown: string, out: Sections) => {
  let lines: string[] = [];
  /** The lines of the paragraph being read (since the last blank line): a setext underline makes them a heading. */
  let paragraph = 0;
  let fence = '';
  const flush = () => {
    if (lines.length > 0) out.content(lines.join('\n'));
    lines = [];
    paragraph = 0;
  };
  for (const line of markdown.split(/\r\n?|\n/)) {
    const fenceHere = fenceOf(line);
    if (fence !== '') {
      if (fenceHere.startsWith(fence[0]) && fenceHere.length >= fence.length) fence = '';
      lines.push(line);
      continue;
    }
    if (fenceHere !== '') {
      fence = fenceHere;
      lines.push(line);
      paragraph = 0;
      continue;
    }
    const atx = atxHeading(line);
    const underline = paragraph > 0 ? setextLevel(line) : 0;
    if (atx) {
      flush();
      out.heading(atx.level, plainText(atx.text));
    } else if (underline > 0) {
      const text = lines.splice(lines.length - paragraph, paragraph).join(' ');
      flush();
      out.heading(underline, plainText(text));
    } else {
      lines.push(line);
      paragraph = line.trim() === '' ? 0 : paragraph + 1;
    }
  }
  flush();
};

/* --------------------------------------------------------------------------- HTML */

/** Elements whose content is raw text: a `<h2>` inside is not a heading. */
const RAW_TEXT = ['script', 'style', 'textarea', 'title'];

/** Whether a tag name ends at `index` (not followed by more letters or digits). */
const nameEndsAt = (text: string, index: number) => index >= text.length || !isLetterOrDigit(text.charCodeAt(index));

const readHtmlSections = (html: string, out: Sections) => {
  const lower = html.toLowerCase();
  let copied = 0;
  const content = (end: number) => {
    if (end > copied) out.content(html.slice(copied, end));
  };
  let at = lower.indexOf('<');
  while (at !== -1) {
    if (lower.startsWith('<!--', at)) {
      const end = lower.indexOf('-->', at + 4);
      if (end === -1) break;
      at = lower.indexOf('<', end + 3);
      continue;
    }
    const raw = RAW_TEXT.find((name) => lower.startsWith(`<${name}`, at) && nameEndsAt(lower, at + name.length + 1));
    if (raw) {
      const end = lower.indexOf(`</${raw}`, at);
      if (end === -1) break;
      at = lower.indexOf('<', end + 2);
      continue;
    }
    const level = lower[at + 1] === 'h' ? Number(lower[at + 2]) : 0;
    const after = lower[at + 3];
    if (level >= 1 && level <= 6 && (after === '>' || after === ' ' || after === '\t' || after === '\n' || after === '/')) {
      const openEnd = lower.indexOf('>', at);
      if (openEnd === -1) break;
      const close = lower.indexOf(`</h${level}`, openEnd);
      const innerEnd = close === -1 ? html.length : close;
      content(at);
      out.heading(level, plainText(`<p>${html.slice(openEnd + 1, innerEnd)}</p>`));
      if (close === -1) {
        copied = html.length;
        break;
      }
      const closeEnd = lower.indexOf('>', close);
      copied = closeEnd === -1 ? html.length : closeEnd + 1;
      at = closeEnd === -1 ? -1 : lower.indexOf('<', copied);
      continue;
    }
    at = lower.indexOf('<', at + 1);
  }
  content(html.length);
};

/* ---------------------------------------------------------------------------- */

const readString = (text: string, out: Sections) => (looksLikeHtml(text) ? readHtmlSections(text, out) : readMarkdownSections(text, out));

const readSections = (body: unknown, out: Sections) => {
  if (typeof body === 'string') readString(body, out);
  else if (Array.isArray(body)) readBlocks(body, out);
  else if (body instanceof ComposedBody) {
    body.forEachPart((part) => {
      if (part.kind === 'blocks') readBlocks(part.value, out);
      else if (part.kind === 'richtext') readString(part.value, out);
      // A plain text field has no headings (`# x` is text as written), and its words are counted as plain text.
      else out.content(new ComposedBody(part.value, { kind: 'text' }));
    });
  }
};

/**
 * The anchor of a heading: its text in lower case, letters and digits kept, spaces and
 * hyphens as `-`, other characters dropped (GitHub's rule for Markdown headings, so
 * `#getting-started` links keep working when a body moves here), at most 80 characters;
 * `section` for a heading with no letter or digit.
 */
export const slugOf = (text: string): string => {
  let slug = '';
  for (const char of text.toLowerCase()) {
    const code = char.codePointAt(0) as number;
    if (char === ' ' || char === '-') slug += '-';
    else if (char === '_' || isLetterOrDigit(code)) slug += char;
    if (slug.length >= MAX_ANCHOR_LENGTH) break;
  }
  return [...slug].every((char) => char === '-') ? 'section' : slug;
};

/** Unique anchors: a repeated one gets `-2`, `-3`, ... (skipping any a heading already has). */
const uniqueAnchors = (texts: string[]): string[] => {
  const taken = new Set<string>();
  return texts.map((text) => {
    const base = slugOf(text);
    let anchor = base;
    for (let n = 2; taken.has(anchor); n += 1) anchor = `${base}-${n}`;
    taken.add(anchor);
    return anchor;
  });
};

/**
 * The headings of a body (blocks, Markdown, HTML, or a composed body: `articleBody`),
 * at most `MAX_TOC_ENTRIES`, with unique anchors and the reading time of each section.
 * @throws SummaryInputError for a malformed body, as the body readers do.
 */
export const tableOfContents = (body: unknown, wordsPerMinute: number): TocEntry[] => {
  const sections = new Sections();
  readSections(body, sections);
  const anchors = uniqueAnchors(sections.list.map((section) => section.text));
  return sections.list.map((section, index) => ({
    level: section.level,
    text: section.text,
    anchor: anchors[index],
    readingTimeMinutes: readingTimeMinutes(
      section.content.reduce<number>((words, fragment) => words + countBodyWords(fragment), 0),
      wordsPerMinute
    ),
  }));
};
