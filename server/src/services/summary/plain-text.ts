import { skipSpace } from './scan';
import type { TextSink } from './text-sink';

/**
 * Plain text (a Strapi `text` field) to paragraphs: lines up to a blank line are one
 * paragraph. Nothing else is interpreted: `# ...`, `> ...`, `*stars*` and `&amp;` are
 * text as written.
 */
export const readPlainText = (text: string, out: TextSink): void => {
  let paragraph = '';
  for (const line of text.split(/\r\n?|\n/)) {
    if (out.full) return;
    if (skipSpace(line, 0) < line.length) {
      paragraph += `${line}\n`;
    } else if (paragraph !== '') {
      out.add(paragraph);
      paragraph = '';
    }
  }
  if (paragraph !== '') out.add(paragraph);
};
