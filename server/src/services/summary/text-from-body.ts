import { SummaryInputError } from './errors';
import { MAX_INPUT_CHARS } from './parameters';

/** Deeper nesting than this (lists in lists in lists ...) is refused rather than risking the stack. */
const MAX_NESTING = 32;

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects paragraphs, whitespace collapsed, until `maxChars` characters of text are held. */
class Paragraphs {
  readonly list: string[] = [];

  private length = 0;

  constructor(private readonly maxChars: number) {}

  get full(): boolean {
    return this.length >= this.maxChars;
  }

  add(raw: string): void {
    if (this.full) return;
    let text = raw.replace(/\s+/g, ' ').trim();
    if (text === '') return;
    const room = this.maxChars - this.length;
    if (text.length > room) {
      const space = text.lastIndexOf(' ', room);
      text = text.slice(0, space > 0 ? space : room);
    }
    this.list.push(text);
    this.length += text.length;
  }
}

/* ----------------------------------------------------------------- Strapi blocks */

const childrenOf = (node: Node, path: string): unknown[] => {
  if (!Array.isArray(node.children)) {
    throw new SummaryInputError(`${path}.children`, 'must be an array');
  }
  return node.children;
};

const typeOf = (node: unknown, path: string): string => {
  if (!isNode(node)) throw new SummaryInputError(path, 'must be an object');
  if (typeof node.type !== 'string') throw new SummaryInputError(`${path}.type`, 'must be a string');
  return node.type;
};

/** The text of inline nodes: text nodes as they are (bold, italic, code ... dropped), links by their text. */
const inlineText = (nodes: unknown[], path: string, depth: number): string => {
  if (depth > MAX_NESTING) throw new SummaryInputError(path, 'is nested too deeply');
  let text = '';
  nodes.forEach((node, i) => {
    const at = `${path}[${i}]`;
    const type = typeOf(node, at);
    const inline = node as Node;
    if (type === 'text') {
      if (typeof inline.text !== 'string') throw new SummaryInputError(`${at}.text`, 'must be a string');
      text += inline.text;
    } else if (type === 'link' || Array.isArray(inline.children)) {
      text += inlineText(childrenOf(inline, at), `${at}.children`, depth + 1);
    }
  });
  return text;
};

const readList = (list: Node, path: string, out: Paragraphs, depth: number): void => {
  if (depth > MAX_NESTING) throw new SummaryInputError(path, 'is nested too deeply');
  childrenOf(list, path).forEach((child, i) => {
    const at = `${path}.children[${i}]`;
    const type = typeOf(child, at);
    if (type === 'list-item') {
      out.add(inlineText(childrenOf(child as Node, at), `${at}.children`, depth + 1));
    } else if (type === 'list') {
      readList(child as Node, at, out, depth + 1);
    }
  });
};

const readBlocks = (blocks: unknown[], out: Paragraphs): void => {
  blocks.forEach((block, i) => {
    const at = `body[${i}]`;
    const type = typeOf(block, at);
    const node = block as Node;
    switch (type) {
      case 'paragraph':
        out.add(inlineText(childrenOf(node, at), `${at}.children`, 1));
        break;
      case 'list':
        readList(node, at, out, 1);
        break;
      case 'heading':
      case 'quote':
      case 'code':
        // Left out, but still checked: a malformed body is refused whatever its block types.
        inlineText(childrenOf(node, at), `${at}.children`, 1);
        break;
      default:
        // 'image' and block types this engine does not know: left out.
        if (node.children !== undefined) childrenOf(node, at);
    }
  });
};

/* ------------------------------------------------------------------------- HTML */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  euro: '€',
  copy: '©',
  reg: '®',
};

/** Decodes numeric entities and the common named ones; any other `&name;` stays as written. */
const decodeEntities = (text: string): string =>
  text.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    const lower = name.toLowerCase();
    return Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, lower) ? NAMED_ENTITIES[lower] : entity;
  });

/** Elements whose whole content is left out. */
const HTML_IGNORED = new Set([
  'head', 'title', 'script', 'style', 'template', 'noscript', 'textarea', 'button', 'select',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'pre', 'blockquote', 'figure', 'figcaption', 'picture', 'video', 'audio', 'iframe', 'object',
  'svg', 'math', 'canvas', 'table', 'nav', 'aside',
]);

/** Elements whose content is raw text: skipped to their end tag without reading markup inside. */
const HTML_RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const HTML_VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);

/** Phrasing elements: their text flows into the surrounding paragraph. Every other tag ends a paragraph. */
const HTML_INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd',
  'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);

const HTML_SIGNAL =
  /<\/?(?:p|div|br|hr|h[1-6]|ul|ol|li|blockquote|pre|figure|img|table|section|article|span|a|strong|em|b|i)\b[^<>]*>/i;

const HTML_TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<[!?][^>]*>?|[^<]+|</g;

const readHtml = (html: string, out: Paragraphs): void => {
  const ignoring = new Map<string, number>();
  let ignoredDepth = 0;
  let paragraph = '';
  const flush = () => {
    out.add(decodeEntities(paragraph));
    paragraph = '';
  };
  HTML_TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (!out.full && (match = HTML_TOKEN.exec(html)) !== null) {
    const [token, slash, rawName] = match;
    if (rawName === undefined) {
      if (ignoredDepth === 0 && (token[0] !== '<' || token === '<')) {
        // A blank line in text (Markdown mixed with a few tags) still separates paragraphs.
        const [first, ...rest] = token.split(/\n[^\S\n]*\n/);
        paragraph += first;
        for (const part of rest) {
          flush();
          paragraph = part;
        }
      }
      continue;
    }
    const name = rawName.toLowerCase();
    const closing = slash === '/';
    if (!HTML_INLINE.has(name)) flush();
    if (closing) {
      const open = ignoring.get(name) ?? 0;
      if (open > 0) {
        ignoring.set(name, open - 1);
        ignoredDepth -= 1;
      }
    } else if (HTML_RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}\\s*>`, 'ig');
      end.lastIndex = HTML_TOKEN.lastIndex;
      HTML_TOKEN.lastIndex = end.exec(html) === null ? html.length : end.lastIndex;
    } else if (HTML_IGNORED.has(name) && !HTML_VOID.has(name) && !token.endsWith('/>')) {
      ignoring.set(name, (ignoring.get(name) ?? 0) + 1);
      ignoredDepth += 1;
    }
  }
  flush();
};

/* --------------------------------------------------------- Markdown, plain text */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const QUOTE = /^ {0,3}>/;
const TABLE_ROW = /^\s*\|/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;

const stripInlineMarkdown = (line: string): string =>
  line
    .replace(/<!--.*?-->/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/(`+)(.+?)\1/g, '$2')
    .replace(/(\*\*|__)(?=\S)(.+?)\1/g, '$2')
    .replace(/~~(?=\S)(.+?)~~/g, '$1')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?![\w_])/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1');

const readMarkdown = (markdown: string, out: Paragraphs): void => {
  let paragraph: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    out.add(decodeEntities(paragraph.map(stripInlineMarkdown).join(' ')));
    paragraph = [];
  };
  for (const line of markdown.split(/\r\n?|\n/)) {
    if (out.full) return;
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1];
    } else if (line.trim() === '') {
      flush();
    } else if (SETEXT_UNDERLINE.test(line) && paragraph.length > 0) {
      paragraph = []; // the lines above were a heading
    } else if (THEMATIC_BREAK.test(line) || ATX_HEADING.test(line) || QUOTE.test(line)) {
      flush();
    } else if (TABLE_ROW.test(line) || LINK_DEFINITION.test(line)) {
      flush();
    } else {
      const item = LIST_ITEM.exec(line);
      if (item) {
        flush();
        paragraph.push(item[1]);
      } else {
        paragraph.push(line);
      }
    }
  }
  flush();
};

/**
 * Turns an article body into plain-text paragraphs, the only text the summary engine
 * reads. A sentence never spans two paragraphs.
 *
 * Accepted bodies:
 * - Strapi rich text (blocks): an array of blocks.
 * - A string. It is read as HTML when it contains an HTML element tag (`<p>`, `<div>`,
 *   `<br>`, `<li>`, `<a>`, `<strong>`, ...), otherwise as Markdown; plain text is
 *   Markdown without markup. Blank lines separate paragraphs in both.
 * - `null`, `undefined`, `''` and `[]`: an empty body (no paragraphs).
 *
 * Read, with formatting dropped (bold, italic, underline, strikethrough, inline code
 * keep their text; links keep their text, not their URL; HTML entities are decoded):
 * - paragraphs;
 * - list items, each item a paragraph of its own, nested lists included.
 *
 * Left out:
 * - headings, at every level (blocks `heading`, HTML `<h1>`-`<h6>`, Markdown `#` and
 *   underlined headings): they are titles, not sentences of the article;
 * - code blocks (blocks `code`, HTML `<pre>`, Markdown fenced code);
 * - quotes (blocks `quote`, HTML `<blockquote>`, Markdown `>` lines): pull quotes and
 *   other people's words are not the article's summary;
 * - images, with their caption and alternative text (blocks `image`, HTML `<img>`,
 *   `<figure>` with its `<figcaption>`, `<picture>`, Markdown `![alt](url)`);
 * - tables (HTML `<table>`, Markdown `|` rows);
 * - in HTML also `<head>`, `<title>`, `<script>`, `<style>`, `<template>`, `<noscript>`,
 *   `<nav>`, `<aside>`, form controls, media and embeds (`<video>`, `<audio>`,
 *   `<iframe>`, `<object>`, `<svg>`, `<math>`, `<canvas>`), and comments;
 * - in Markdown also thematic breaks (`---`), link reference definitions, HTML comments;
 *   indented (four-space) code is not recognised and is read as text;
 * - block types other than paragraph, list, heading, quote, code and image (left out
 *   so that a newer Strapi's blocks do not break summaries).
 *
 * Cap: only the first `maxChars` characters of paragraph text are kept; the last
 * paragraph is cut at a space.
 *
 * @throws SummaryInputError when the body is neither a string nor an array of blocks
 *   (a number, an object, ...), or the blocks are malformed: a block or inline node
 *   that is not an object with a string `type`, a `paragraph`, `heading`, `list`,
 *   `list-item`, `quote`, `code` or `link` without a `children` array, a text node
 *   without a string `text`, or nesting deeper than 32 levels. The whole body is
 *   checked, also beyond the cap.
 */
export const textFromBody = (body: unknown, maxChars: number = MAX_INPUT_CHARS): string[] => {
  const out = new Paragraphs(maxChars);
  if (body === null || body === undefined) return out.list;
  if (typeof body === 'string') {
    if (HTML_SIGNAL.test(body)) readHtml(body, out);
    else readMarkdown(body, out);
  } else if (Array.isArray(body)) {
    readBlocks(body, out);
  } else {
    throw new SummaryInputError('body', 'must be a string or an array of blocks');
  }
  return out.list;
};
