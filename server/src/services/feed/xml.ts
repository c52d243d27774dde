/**
 * Text for XML 1.0: characters XML forbids (control characters but tab, newline and
 * carriage return, lone surrogates, U+FFFE and U+FFFF) are dropped, markup characters
 * escaped. One pass over the code points.
 */
const isXmlChar = (code: number): boolean =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** `text` as XML character data or an attribute value (both quote styles are escaped). */
export const xmlText = (text: string): string => {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    // A lone surrogate is its own one-unit "character" here and fails the test.
    if (!isXmlChar(code)) continue;
    out += ESCAPES[char] ?? char;
  }
  return out;
};

/** `<name>text</name>`, escaped. */
export const element = (name: string, text: string): string => `<${name}>${xmlText(text)}</${name}>`;
