import { SummaryInputError } from '../errors';
import { textFromBody } from '../text-from-body';

const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: 'text', text: value, ...extra });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });

describe('textFromBody with Strapi blocks', () => {
  it('reads paragraphs, dropping formatting and keeping link text without the URL', () => {
    const body = [
      paragraph(
        text('The tram line '),
        text('opens', { bold: true }),
        text(' on '),
        text('Monday', { italic: true, code: true }),
        text('.')
      ),
      paragraph(
        text('Read the '),
        { type: 'link', url: 'https://example.com', children: [text('timetable', { underline: true })] },
        text('.')
      ),
    ];
    expect(textFromBody(body)).toEqual(['The tram line opens on Monday.', 'Read the timetable.']);
  });

  it('leaves headings out of the text', () => {
    const body = [{ type: 'heading', level: 2, children: [text('A new tram line')] }, paragraph(text('It opens on Monday.'))];
    expect(textFromBody(body)).toEqual(['It opens on Monday.']);
  });

  it('leaves code blocks, quotes and images with their caption and alternative text out', () => {
    const body = [
      { type: 'code', children: [text('const tram = true;')] },
      { type: 'quote', children: [text('A quote from someone else.')] },
      {
        type: 'image',
        image: { url: '/tram.jpg', alternativeText: 'A tram at night', caption: 'The first tram' },
        children: [text('')],
      },
      paragraph(text('Only this is read.')),
    ];
    expect(textFromBody(body)).toEqual(['Only this is read.']);
  });

  it('reads every list item, nested lists included, as a paragraph of its own', () => {
    const body = [
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('Trams every five minutes')] },
          {
            type: 'list',
            format: 'ordered',
            indentLevel: 1,
            children: [{ type: 'list-item', children: [text('Night trams on weekends')] }],
          },
        ],
      },
    ];
    expect(textFromBody(body)).toEqual(['Trams every five minutes', 'Night trams on weekends']);
  });

  it('collapses whitespace and soft line breaks, and skips empty paragraphs', () => {
    expect(textFromBody([paragraph(text('  Line one\nline   two ')), paragraph(text('')), paragraph()])).toEqual(['Line one line two']);
  });

  it('leaves blocks of unknown types out', () => {
    expect(textFromBody([{ type: 'callout', children: [text('Unknown')] }, paragraph(text('Known.'))])).toEqual(['Known.']);
  });
});

describe('textFromBody with strings', () => {
  it('reads plain text, one paragraph per blank-line-separated block', () => {
    expect(textFromBody('First paragraph,\nwrapped.\n\nSecond paragraph.')).toEqual(['First paragraph, wrapped.', 'Second paragraph.']);
  });

  it('reads Markdown: formatting and links stripped, headings, code, quotes, images and tables left out, list items kept', () => {
    const markdown = [
      '# The tram line',
      '',
      'The **new** line [opens](https://example.com) on *Monday* with `line 4`.',
      '',
      'Background',
      '----------',
      '',
      '```js',
      'const ignored = true;',
      '```',
      '',
      '> A quote that is left out.',
      '',
      '![A tram](tram.jpg)',
      '',
      '| stop | time |',
      '| --- | --- |',
      '',
      '- Trams every five minutes',
      '2. Night trams on weekends',
      '',
      'snake_case_names and 2 * 3 * 4 stay as they are.',
    ].join('\n');
    expect(textFromBody(markdown)).toEqual([
      'The new line opens on Monday with line 4.',
      'Trams every five minutes',
      'Night trams on weekends',
      'snake_case_names and 2 * 3 * 4 stay as they are.',
    ]);
  });

  it('reads HTML: tags stripped, entities decoded, headings, code, quotes, figures, scripts and tables left out', () => {
    const html = `
      <h1>The tram line</h1>
      <p>The <strong>new</strong> line <a href="https://example.com">opens</a> on Monday &amp; Tuesday&nbsp;&#8212; at&#x20;dawn.</p>
      <pre><code>const ignored = true;</code></pre>
      <blockquote><p>A quote that is <blockquote>nested</blockquote> and left out.</p></blockquote>
      <figure><img src="tram.jpg" alt="A tram"><figcaption>The first tram</figcaption></figure>
      <script>if (a < b) { document.write("<p>no</p>"); }</script>
      <table><tr><td>stop</td></tr></table>
      <ul><li>Trams every five minutes</li><li>Night trams on weekends</li></ul>
      <!-- a comment -->
      <div>Last line<br>after a break</div>`;
    expect(textFromBody(html)).toEqual([
      'The new line opens on Monday & Tuesday — at dawn.',
      'Trams every five minutes',
      'Night trams on weekends',
      'Last line',
      'after a break',
    ]);
  });

  it('separates paragraphs at blank lines in a string with a few HTML tags', () => {
    expect(textFromBody('The <em>first</em> paragraph.\n\nThe second one.')).toEqual(['The first paragraph.', 'The second one.']);
  });
});

describe('textFromBody limits and empty bodies', () => {
  it.each([[null], [undefined], [''], [[]], ['   \n\n  ']])('reads %p as an empty body', (body) => {
    expect(textFromBody(body)).toEqual([]);
  });

  it('keeps only the first maxChars characters of text, cutting the last paragraph at a space', () => {
    const paragraphs = textFromBody('one two three four\n\nfive six seven eight', 25);
    expect(paragraphs).toEqual(['one two three four', 'five']);
  });
});

describe('textFromBody with a body of the wrong shape', () => {
  it.each([
    ['a number', 42, 'body'],
    ['a boolean', true, 'body'],
    ['an object that is not blocks', { type: 'paragraph', children: [] }, 'body'],
    ['an array of strings', ['text'], 'body[0]'],
    ['a block without a type', [{ children: [] }], 'body[0].type'],
    ['a paragraph whose children are not an array', [{ type: 'paragraph', children: 'text' }], 'body[0].children'],
    ['a heading without children', [{ type: 'heading', level: 1 }], 'body[0].children'],
    ['a text node without text', [paragraph({ type: 'text' })], 'body[0].children[0].text'],
    ['a link without children', [paragraph({ type: 'link', url: 'https://example.com' })], 'body[0].children[0].children'],
    [
      'a list item whose children are not an array',
      [{ type: 'list', children: [{ type: 'list-item', children: {} }] }],
      'body[0].children[0].children',
    ],
  ])('rejects %s, naming where', (_, body, path) => {
    let error: unknown;
    try {
      textFromBody(body);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SummaryInputError);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as SummaryInputError).path).toBe(path);
  });

  it('checks the shape of the whole body, also beyond the text cap', () => {
    const body = [paragraph(text('x'.repeat(100))), { type: 'paragraph', children: null }];
    expect(() => textFromBody(body, 10)).toThrow(SummaryInputError);
  });

  it('rejects lists nested deeper than 32 levels', () => {
    let list: Record<string, unknown> = { type: 'list', children: [{ type: 'list-item', children: [text('deep')] }] };
    for (let i = 0; i < 40; i += 1) list = { type: 'list', children: [list] };
    expect(() => textFromBody([list])).toThrow(/nested too deeply/);
  });
});
