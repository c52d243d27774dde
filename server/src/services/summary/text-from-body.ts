import { ComposedBody, type BodyPart } from './composed-body';
import { SummaryInputError } from './errors';
import { looksLikeHtml, readHtml } from './html-text';
import { readMarkdown } from './markdown-text';
import { MAX_INPUT_CHARS } from './parameters';
import { readPlainText } from './plain-text';
import type { TextSink } from './text-sink';

/** Deeper nesting than this (lists in lists in lists ...) is refused rather than risking the stack. */
const MAX_NESTING = 32;

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects paragraphs, whitespace collapsed, until `maxChars` characters of text are held. */
class Paragraphs implements TextSink {
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

const readList = (list: Node, path: string, out: TextSink, depth: number): void => {
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

const readBlocks = (blocks: unknown[], out: TextSink, path: string): void => {
  blocks.forEach((block, i) => {
    const at = `${path}[${i}]`;
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

/* ------------------------------------------------------------------------ strings */

const readRichText = (text: string, out: TextSink): void => {
  if (looksLikeHtml(text)) readHtml(text, out);
  else readMarkdown(text, out);
};

/** One field of a composed body. Strings are not read once the sink is full; blocks are, to check them. */
const readPart = (part: BodyPart, out: TextSink): void => {
  if (part.kind === 'blocks') readBlocks(part.value, out, part.path);
  else if (!out.full) (part.kind === 'text' ? readPlainText : readRichText)(part.value, out);
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
 * - A body composed of text fields and components (`composeBody`, body-shape.ts):
 *   its fields in reading order, blocks and strings as above, plain-text fields
 *   split at blank lines only.
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
 * Work: linear in the length of the body whatever it holds (unclosed brackets, tags,
 * comments ...): strings are read by scanners, not backtracking regular expressions.
 *
 * @throws SummaryInputError when the body is neither a string nor an array of blocks
 *   (a number, an object, ...), or the blocks are malformed: a block or inline node
 *   that is not an object with a string `type`, a `paragraph`, `heading`, `list`,
 *   `list-item`, `quote`, `code` or `link` without a `children` array, a text node
 *   without a string `text`, or nesting deeper than 32 levels; for a composed body
 *   also a value of the wrong shape (see composeBody). The whole body is checked,
 *   also beyond the cap.
 */
export const textFromBody = (body: unknown, maxChars: number = MAX_INPUT_CHARS): string[] => {
  const out = new Paragraphs(maxChars);
  readBody(body, out);
  return out.list;
};

/**
 * Reads a body as `textFromBody` does, handing each paragraph to `out` as it is found
 * (whitespace not yet collapsed), so a caller can stop the read by throwing from
 * `out.add`. Same accepted bodies, same errors.
 */
export const readBody = (body: unknown, out: TextSink): void => {
  if (body === null || body === undefined) return;
  if (typeof body === 'string') {
    readRichText(body, out);
  } else if (Array.isArray(body)) {
    readBlocks(body, out, 'body');
  } else if (body instanceof ComposedBody) {
    body.forEachPart((part) => readPart(part, out));
  } else {
    throw new SummaryInputError('body', 'must be a string or an array of blocks');
  }
};
