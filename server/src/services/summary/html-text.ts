/**
 * HTML to paragraphs of text with a single forward scan. Tag, comment and raw-text
 * ends are found with remembered searches, so an unclosed `<a`, `<!--` or `<script`
 * repeated many times costs one pass, not one pass per opener.
 */
import { isAsciiLetter, isSpace, isWordChar, nextIndexOf, skipSpace } from './scan';
import type { TextSink } from './text-sink';

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

/** Longest entity body between `&` and `;` that can be recognised (`#x10FFFF`, 8-letter names). */
const MAX_ENTITY_LENGTH = 8;

const isHexDigit = (char: string): boolean => /^[0-9a-f]$/i.test(char);

/** The decoded text of `&name;` with `name` its body, or undefined when it is not one we decode. */
const decodeEntity = (name: string): string | undefined => {
  if (name[0] === '#') {
    const hex = name[1] === 'x' || name[1] === 'X';
    const digits = name.slice(hex ? 2 : 1);
    const valid = hex
      ? digits.length >= 1 && digits.length <= 6 && [...digits].every(isHexDigit)
      : digits.length >= 1 && digits.length <= 7 && [...digits].every((digit) => digit >= '0' && digit <= '9');
    if (!valid) return undefined;
    const code = parseInt(digits, hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  if (name.length < 2 || ![...name].every((char) => isAsciiLetter(char.charCodeAt(0)))) return undefined;
  const lower = name.toLowerCase();
  return Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, lower) ? NAMED_ENTITIES[lower] : undefined;
};

/** Decodes numeric entities and the common named ones; any other `&name;` stays as written. */
export const decodeEntities = (text: string): string => {
  let out = '';
  let copied = 0;
  for (let amp = text.indexOf('&'); amp !== -1; amp = text.indexOf('&', amp + 1)) {
    // Only a short window is searched for the ';', so "&&&&..." stays linear.
    const window = text.slice(amp + 1, amp + 2 + MAX_ENTITY_LENGTH);
    const semicolon = window.indexOf(';');
    if (semicolon < 1) continue;
    const decoded = decodeEntity(window.slice(0, semicolon));
    if (decoded === undefined) continue;
    out += text.slice(copied, amp) + decoded;
    copied = amp + semicolon + 2;
    amp = copied - 1;
  }
  return out + text.slice(copied);
};

/** Elements whose whole content is left out. */
const HTML_IGNORED = new Set([
  'head',
  'title',
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'button',
  'select',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'blockquote',
  'figure',
  'figcaption',
  'picture',
  'video',
  'audio',
  'iframe',
  'object',
  'svg',
  'math',
  'canvas',
  'table',
  'nav',
  'aside',
]);

/** Elements whose content is raw text: skipped to their end tag without reading markup inside. */
const HTML_RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const HTML_VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Phrasing elements: their text flows into the surrounding paragraph. Every other tag ends a paragraph. */
const HTML_INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/** Tags that make a string be read as HTML rather than Markdown. */
const HTML_SIGNAL_TAGS = new Set([
  'p',
  'div',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'figure',
  'img',
  'table',
  'section',
  'article',
  'span',
  'a',
  'strong',
  'em',
  'b',
  'i',
]);

const isNameChar = (code: number): boolean => isWordChar(code) && code !== 0x5f;

/**
 * Does the string hold a complete tag of a common HTML element (`<p>`, `</div>`, `<a href=...>`)?
 * A name is the whole word after `<` or `</`; the tag must end with `>` before any other `<`.
 */
export const looksLikeHtml = (text: string): boolean => {
  let lt = text.indexOf('<');
  while (lt !== -1) {
    let i = lt + 1;
    if (text[i] === '/') i += 1;
    const nameStart = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i += 1;
    // The rest of the tag, up to the next '<' or '>', is scanned once: the next tag starts there.
    let end = i;
    while (end < text.length && text[end] !== '<' && text[end] !== '>') end += 1;
    if (text[end] === '>' && HTML_SIGNAL_TAGS.has(text.slice(nameStart, i).toLowerCase())) return true;
    lt = text[end] === '<' ? end : text.indexOf('<', end);
  }
  return false;
};

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Index after the tag's `>`. */
  end: number;
}

/**
 * The tag starting at `lt` (`<name ...>` or `</name ...>`), or null when there is none
 * there. Mirrors `<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>`: the name is the longest run
 * of letters, digits and hyphens followed by a word boundary.
 */
const readTag = (html: string, lt: number, nextGt: (from: number) => number): Tag | null => {
  const closing = html[lt + 1] === '/';
  const nameStart = closing ? lt + 2 : lt + 1;
  if (!isAsciiLetter(html.charCodeAt(nameStart))) return null;
  let nameEnd = nameStart + 1;
  while (nameEnd < html.length && (isNameChar(html.charCodeAt(nameEnd)) || html[nameEnd] === '-')) nameEnd += 1;
  const wordAt = (i: number) => i < html.length && isWordChar(html.charCodeAt(i));
  while (nameEnd > nameStart && wordAt(nameEnd - 1) === wordAt(nameEnd)) nameEnd -= 1;
  if (nameEnd === nameStart) return null;
  const gt = nextGt(nameEnd);
  if (gt === -1) return null;
  return {
    name: html.slice(nameStart, nameEnd).toLowerCase(),
    closing,
    selfClosing: html[gt - 1] === '/',
    end: gt + 1,
  };
};

/** Index after `</name\s*>` (any case) from `from`, or the length of the text when it never ends. */
const rawTextEnd = (html: string, name: string, from: number): number => {
  for (let at = html.indexOf('</', from); at !== -1; at = html.indexOf('</', at + 2)) {
    const nameEnd = at + 2 + name.length;
    if (html.slice(at + 2, nameEnd).toLowerCase() !== name) continue;
    const gt = skipSpace(html, nameEnd);
    if (html[gt] === '>') return gt + 1;
  }
  return html.length;
};

/** Pieces of `text` between blank lines (a newline, optional whitespace other than newlines, a newline). */
const splitAtBlankLines = (text: string): string[] => {
  const pieces: string[] = [];
  let start = 0;
  for (let newline = text.indexOf('\n'); newline !== -1;) {
    let i = newline + 1;
    while (i < text.length && text[i] !== '\n' && isSpace(text.charCodeAt(i))) i += 1;
    if (text[i] === '\n') {
      pieces.push(text.slice(start, newline));
      start = i + 1;
      newline = text.indexOf('\n', start);
    } else {
      newline = text.indexOf('\n', i);
    }
  }
  pieces.push(text.slice(start));
  return pieces;
};

export const readHtml = (html: string, out: TextSink): void => {
  const ignoring = new Map<string, number>();
  let ignoredDepth = 0;
  let paragraph = '';
  const flush = () => {
    out.add(decodeEntities(paragraph));
    paragraph = '';
  };
  const addText = (text: string) => {
    if (ignoredDepth > 0) return;
    // A blank line in text (Markdown mixed with a few tags) still separates paragraphs.
    const [first, ...rest] = splitAtBlankLines(text);
    paragraph += first;
    for (const part of rest) {
      flush();
      paragraph = part;
    }
  };
  const openTag = (tag: Tag, html: string): number => {
    if (HTML_RAW_TEXT.has(tag.name)) return rawTextEnd(html, tag.name, tag.end);
    if (HTML_IGNORED.has(tag.name) && !HTML_VOID.has(tag.name) && !tag.selfClosing) {
      ignoring.set(tag.name, (ignoring.get(tag.name) ?? 0) + 1);
      ignoredDepth += 1;
    }
    return tag.end;
  };
  const closeTag = (tag: Tag) => {
    const open = ignoring.get(tag.name) ?? 0;
    if (open > 0) {
      ignoring.set(tag.name, open - 1);
      ignoredDepth -= 1;
    }
  };

  const nextGt = nextIndexOf(html, '>');
  const nextCommentEnd = nextIndexOf(html, '-->');
  // Text runs from `textStart` over any '<' that starts no tag, and is added when markup starts.
  let textStart = 0;
  let at = html.indexOf('<');
  while (at !== -1 && !out.full) {
    let markupEnd = -1;
    let tag: Tag | null = null;
    if (html.startsWith('<!--', at)) {
      const end = nextCommentEnd(at + 4);
      markupEnd = end === -1 ? html.length : end + 3;
    } else if ((tag = readTag(html, at, nextGt)) !== null) {
      markupEnd = tag.end;
    } else if (html[at + 1] === '!' || html[at + 1] === '?') {
      // A doctype or processing instruction, up to its '>'.
      const end = nextGt(at + 2);
      markupEnd = end === -1 ? html.length : end + 1;
    }
    if (markupEnd === -1) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    addText(html.slice(textStart, at));
    if (tag !== null) {
      if (!HTML_INLINE.has(tag.name)) flush();
      if (tag.closing) closeTag(tag);
      else markupEnd = openTag(tag, html);
    }
    textStart = markupEnd;
    at = html.indexOf('<', markupEnd);
  }
  if (!out.full) addText(html.slice(textStart));
  flush();
};
