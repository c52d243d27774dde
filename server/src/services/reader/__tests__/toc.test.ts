import GithubSlugger from 'github-slugger';

import { composeBody, type BodyShape } from '../../summary/body-shape';
import { countBodyWords } from '../../summary/limits';
import { MAX_TOC_ENTRIES, slugOf, tableOfContents } from '../toc';

const words = (count: number, word = 'word') => Array.from({ length: count }, () => word).join(' ');
const heading = (level: number, text: string) => ({ type: 'heading', level, children: [{ type: 'text', text }] });
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('tableOfContents', () => {
  it('lists the headings of blocks with their level, text, anchor and the reading time of their section', () => {
    const body = [paragraph(words(50)), heading(2, 'The plan'), paragraph(words(460)), heading(3, 'Costs, in €'), paragraph(words(10))];
    expect(tableOfContents(body, 230)).toEqual([
      { level: 2, text: 'The plan', anchor: 'the-plan', readingTimeMinutes: 2 },
      { level: 3, text: 'Costs, in €', anchor: 'costs-in-', readingTimeMinutes: 1 },
    ]);
  });

  it('keeps the text of bold and linked words in a heading block', () => {
    const body = [
      {
        type: 'heading',
        level: 2,
        children: [
          { type: 'text', text: 'Read ', bold: true },
          { type: 'link', url: 'https://x', children: [{ type: 'text', text: 'this' }] },
        ],
      },
    ];
    expect(tableOfContents(body, 230).map((entry) => entry.text)).toEqual(['Read this']);
  });

  it('reads Markdown headings (ATX and underlined), not lines inside code fences', () => {
    const markdown = [
      'Intro.',
      '',
      '# First *one* #',
      words(5),
      '',
      '```',
      '# not a heading',
      '```',
      '',
      'Second',
      '------',
      words(3),
      '',
      '####### seven is text',
    ].join('\n');
    expect(tableOfContents(markdown, 230)).toEqual([
      { level: 1, text: 'First one', anchor: 'first-one', readingTimeMinutes: 1 },
      { level: 2, text: 'Second', anchor: 'second', readingTimeMinutes: 1 },
    ]);
  });

  it('reads HTML headings, with entities decoded and inline markup dropped, and skips comments and scripts', () => {
    const html =
      '<p>Intro</p><h2 id="x">Fish &amp; <em>chips</em></h2><p>Text</p><!-- <h2>no</h2> --><script>"<h3>no</h3>"</script><H3>Last</H3><p>end</p>';
    expect(tableOfContents(html, 230).map(({ level, text, anchor }) => ({ level, text, anchor }))).toEqual([
      { level: 2, text: 'Fish & chips', anchor: 'fish--chips' },
      { level: 3, text: 'Last', anchor: 'last' },
    ]);
  });

  it('reads the headings of every rich-text part of a dynamic zone, in order', () => {
    const shape: BodyShape = {
      kind: 'components',
      container: 'dynamiczone',
      components: {
        'blog.rich-text': { fields: [{ name: 'body', shape: { kind: 'richtext' } }] },
        'blog.quote': { fields: [{ name: 'body', shape: { kind: 'text' } }] },
      },
    };
    const body = composeBody(
      [
        { __component: 'blog.rich-text', body: `## One\n\n${words(100)}` },
        { __component: 'blog.quote', body: '# a quote, not a heading' },
        { __component: 'blog.rich-text', body: `## Two\n\n${words(10)}` },
      ],
      shape
    );
    expect(tableOfContents(body, 50).map(({ text, readingTimeMinutes }) => [text, readingTimeMinutes])).toEqual([
      ['One', 3],
      ['Two', 1],
    ]);
  });

  it('gives repeated headings unique anchors with -2, -3, never one another heading has', () => {
    const body = [heading(2, 'Notes'), heading(2, 'Notes'), heading(2, 'Notes-2'), heading(2, 'Notes'), heading(2, '!!!')];
    expect(tableOfContents(body, 230).map((entry) => entry.anchor)).toEqual(['notes', 'notes-2', 'notes-2-2', 'notes-3', 'section']);
  });

  it('makes the same anchors as GitHub for distinct headings', () => {
    const texts = ['Getting started', 'API: read(slug)', 'Ça marche déjà', 'Step 2 — costs', 'snake_case and CamelCase', '日本語の見出し'];
    const slugger = new GithubSlugger();
    expect(texts.map(slugOf)).toEqual(texts.map((text) => slugger.slug(text)));
  });

  it('counts every word of the body after the first heading in some section', () => {
    const body = [paragraph(words(7)), heading(2, 'A'), paragraph(words(1000)), heading(2, 'B'), paragraph(words(1000))];
    const total = tableOfContents(body, 1).reduce((sum, entry) => sum + entry.readingTimeMinutes, 0);
    expect(total + 7).toBe(countBodyWords(body));
  });

  it(`lists at most ${MAX_TOC_ENTRIES} headings`, () => {
    const markdown = Array.from({ length: MAX_TOC_ENTRIES + 50 }, (_, index) => `## Heading ${index}`).join('\n');
    expect(tableOfContents(markdown, 230)).toHaveLength(MAX_TOC_ENTRIES);
  });

  it('reads hostile strings to the end: unclosed tags, comments and fences', () => {
    for (const hostile of [
      '<h2>'.repeat(20_000),
      '<!--'.repeat(20_000) + '<p>x</p>',
      '<script>'.repeat(20_000) + '<p>x</p>',
      '```\n'.repeat(20_000),
      '#'.repeat(100_000),
    ]) {
      expect(Array.isArray(tableOfContents(hostile, 230))).toBe(true);
    }
  });

  it('has no entries for an empty body or one without headings', () => {
    expect(tableOfContents(null, 230)).toEqual([]);
    expect(tableOfContents([paragraph('text')], 230)).toEqual([]);
    expect(tableOfContents('just text', 230)).toEqual([]);
  });
});
