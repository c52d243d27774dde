import { bodyShapeOf, composeBody, type AttributeLike, type BodyShape, type ComponentSchemaLike } from '../body-shape';
import { SummaryInputError } from '../errors';
import { bodyFingerprint } from '../fingerprint';
import { summarize } from '../index';
import { BodyTooLargeError, checkBodyLimits } from '../limits';
import { readBody, textFromBody } from '../text-from-body';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

const schemas: ComponentSchemaLike[] = [
  {
    uid: 'article.markdown',
    info: { displayName: 'Markdown' },
    attributes: { label: { type: 'string' }, body: { type: 'richtext' } },
  },
  { uid: 'article.pull', info: { displayName: 'Pull Quote' }, attributes: { body: { type: 'richtext' } } },
  { uid: 'shared.quote', attributes: { text: { type: 'text' } } },
  {
    uid: 'article.media',
    info: { displayName: 'Media' },
    attributes: { file: { type: 'media' }, caption: { type: 'string' } },
  },
  { uid: 'article.rich', info: { displayName: 'Rich' }, attributes: { content: { type: 'blocks' } } },
  { uid: 'article.note', info: { displayName: 'Note' }, attributes: { note: { type: 'text' } } },
  {
    uid: 'article.section',
    info: { displayName: 'Section' },
    attributes: {
      intro: { type: 'text' },
      heading: { type: 'string' },
      items: { type: 'component', component: 'article.note', repeatable: true },
      outro: { type: 'richtext' },
    },
  },
  {
    uid: 'article.nest',
    info: { displayName: 'Nest' },
    attributes: { text: { type: 'text' }, inner: { type: 'component', component: 'article.nest' } },
  },
];

const getComponent = (uid: string) => schemas.find((schema) => schema.uid === uid);

const shapeOf = (attribute: AttributeLike): BodyShape => {
  const shape = bodyShapeOf(attribute, getComponent);
  if (!shape) throw new Error('expected a body shape');
  return shape;
};

const zone = shapeOf({
  type: 'dynamiczone',
  components: ['article.markdown', 'article.pull', 'shared.quote', 'article.media', 'article.rich', 'article.section'],
});

const read = (value: unknown, shape: BodyShape) => textFromBody(composeBody(value, shape));

const pathOfError = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof SummaryInputError) return error.path;
    throw error;
  }
  return undefined;
};

const story = [
  { __component: 'article.markdown', label: 'Intro label', body: '## The tram\n\nThe tram line opens on **Monday** morning.' },
  { __component: 'article.pull', body: 'A pull quote from the mayor.' },
  { __component: 'shared.quote', text: 'Another quote.' },
  { __component: 'article.media', file: { id: 3 }, caption: 'The first tram' },
  {
    __component: 'article.rich',
    content: [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Route' }] },
      paragraph('It links the station to the old town.'),
    ],
  },
  { __component: 'article.markdown', body: '> Said someone\n\nTickets cost two euros.' },
];

describe('bodyShapeOf', () => {
  it.each(['blocks', 'richtext', 'text'])('takes a %s field as the body', (type) => {
    expect(bodyShapeOf({ type }, getComponent)).toEqual({ kind: type });
  });

  it.each(['string', 'media', 'relation', 'integer', 'json'])('refuses a %s field', (type) => {
    expect(bodyShapeOf({ type }, getComponent)).toBeNull();
  });

  it('keeps the text-bearing components of a dynamic zone, leaving quote, media and unknown components out', () => {
    const shape = bodyShapeOf(
      { type: 'dynamiczone', components: ['article.markdown', 'article.pull', 'shared.quote', 'article.media', 'nowhere.gone'] },
      getComponent
    );
    expect(shape).toEqual({
      kind: 'components',
      container: 'dynamiczone',
      components: { 'article.markdown': { fields: [{ name: 'body', shape: { kind: 'richtext' } }] } },
    });
  });

  it('keeps the text-bearing fields of a component in schema order, nested components included', () => {
    expect(shapeOf({ type: 'component', component: 'article.section' })).toEqual({
      kind: 'components',
      container: 'single',
      components: {
        'article.section': {
          fields: [
            { name: 'intro', shape: { kind: 'text' } },
            {
              name: 'items',
              shape: {
                kind: 'components',
                container: 'repeatable',
                components: { 'article.note': { fields: [{ name: 'note', shape: { kind: 'text' } }] } },
              },
            },
            { name: 'outro', shape: { kind: 'richtext' } },
          ],
        },
      },
    });
  });

  it('refuses a dynamic zone or component without a text-bearing field anywhere', () => {
    expect(bodyShapeOf({ type: 'dynamiczone', components: ['article.media', 'shared.quote'] }, getComponent)).toBeNull();
    expect(bodyShapeOf({ type: 'component', component: 'article.media', repeatable: true }, getComponent)).toBeNull();
    expect(bodyShapeOf({ type: 'component', component: 'nowhere.gone' }, getComponent)).toBeNull();
  });

  it('ends on a component that nests itself, at 8 components deep', () => {
    let depth = 0;
    let shape: BodyShape | undefined = shapeOf({ type: 'component', component: 'article.nest' });
    while (shape?.kind === 'components') {
      depth += 1;
      shape = shape.components['article.nest'].fields.find((field) => field.name === 'inner')?.shape;
    }
    expect(depth).toBe(8);
  });
});

describe('composeBody', () => {
  it('reads a dynamic zone in order: Markdown and blocks read as today, quote and media components left out', () => {
    expect(read(story, zone)).toEqual([
      'The tram line opens on Monday morning.',
      'It links the station to the old town.',
      'Tickets cost two euros.',
    ]);
  });

  it('reads a text field as plain text: paragraphs at blank lines, no Markdown, no entities', () => {
    const text = '# not a heading\n> not a quote\n\n*stars* &amp; more\r\n  \r\nlast line';
    expect(read(text, { kind: 'text' })).toEqual(['# not a heading > not a quote', '*stars* &amp; more', 'last line']);
  });

  it('returns blocks and rich-text values as they are, and reads them as today', () => {
    const blocks = [paragraph('One.')];
    expect(composeBody(blocks, { kind: 'blocks' })).toBe(blocks);
    expect(composeBody('# Title\n\nOne.', { kind: 'richtext' })).toBe('# Title\n\nOne.');
    expect(read('<h1>Title</h1><p>One.</p>', { kind: 'richtext' })).toEqual(['One.']);
  });

  it('reads repeatable components in order', () => {
    const shape = shapeOf({ type: 'component', component: 'article.note', repeatable: true });
    expect(read([{ note: 'First note.' }, { note: null }, {}, { note: 'Second note.' }], shape)).toEqual(['First note.', 'Second note.']);
  });

  it('reads a single component, its fields in schema order and nested components in place', () => {
    const shape = shapeOf({ type: 'component', component: 'article.section' });
    const section = {
      outro: 'The *end*.',
      items: [{ note: 'Item one.' }, { note: 'Item two.' }],
      heading: 'Left out',
      intro: '## Intro',
    };
    expect(read(section, shape)).toEqual(['## Intro', 'Item one.', 'Item two.', 'The end.']);
    expect(read(null, shape)).toEqual([]);
  });

  it('reads nested components inside a dynamic zone', () => {
    const body = [{ __component: 'article.section', intro: 'Before.', items: [{ note: 'Inside.' }], outro: 'After.' }];
    expect(read(body, zone)).toEqual(['Before.', 'Inside.', 'After.']);
  });

  it('reads a component that nests itself no deeper than its shape, whatever the value', () => {
    const shape = shapeOf({ type: 'component', component: 'article.nest' });
    let value: Record<string, unknown> = { text: 'level 20' };
    for (let level = 19; level >= 1; level -= 1) value = { text: `level ${level}`, inner: value };
    expect(read(value, shape)).toEqual(Array.from({ length: 8 }, (_, i) => `level ${i + 1}`));
  });

  it('skips dynamic zone entries of components the shape does not hold', () => {
    const body = [
      { __component: 'article.unknown', body: 'Not read.' },
      { __component: 'constructor', body: 'Not read either.' },
      { __component: 'article.markdown', body: 'Read.' },
    ];
    expect(read(body, zone)).toEqual(['Read.']);
  });

  it.each([[null], [undefined], [[]]])('reads %p as an empty body', (value) => {
    expect(read(value, zone)).toEqual([]);
    expect(checkBodyLimits(composeBody(value, zone), { maxBodyBytes: 100, maxBodyWords: 100 }).words).toBe(0);
  });

  it('keeps the character cap across fields', () => {
    const body = [
      { __component: 'article.markdown', body: 'Alpha beta gamma.' },
      { __component: 'article.section', intro: 'Delta epsilon zeta.' },
    ];
    expect(textFromBody(composeBody(body, zone), 24)).toEqual(['Alpha beta gamma.', 'Delta']);
  });
});

describe('composeBody with a value of the wrong shape', () => {
  it.each<[string, unknown, BodyShape, string]>([
    ['a dynamic zone that is not an array', { __component: 'article.markdown' }, zone, 'body'],
    ['an entry that is not an object', [{ __component: 'article.markdown' }, 'text'], zone, 'body[1]'],
    ['an entry that is an array', [[]], zone, 'body[0]'],
    ['an entry without a string __component', [{ body: 'x' }], zone, 'body[0].__component'],
    [
      'a rich-text field that is not a string',
      [{ __component: 'article.markdown' }, { __component: 'article.media' }, { __component: 'article.markdown', body: 42 }],
      zone,
      'body[2].body',
    ],
    ['a blocks field that is not an array', [{ __component: 'article.rich', content: 'text' }], zone, 'body[0].content'],
    [
      'malformed blocks in a field',
      [{ __component: 'article.rich', content: [{ type: 'paragraph' }] }],
      zone,
      'body[0].content[0].children',
    ],
    ['a nested repeatable that is not an array', [{ __component: 'article.section', items: { note: 'x' } }], zone, 'body[0].items'],
    ['a nested item that is not an object', [{ __component: 'article.section', items: [null] }], zone, 'body[0].items[0]'],
    [
      'a single component that is an array',
      [],
      { kind: 'components', container: 'single', components: { 'article.note': { fields: [{ name: 'note', shape: { kind: 'text' } }] } } },
      'body',
    ],
    ['a text body that is not a string', 12, { kind: 'text' }, 'body'],
    ['a rich-text body that is an array', [paragraph('x')], { kind: 'richtext' }, 'body'],
    ['a blocks body that is a string', 'text', { kind: 'blocks' }, 'body'],
  ])('refuses %s, naming where', (_, value, shape, path) => {
    expect(pathOfError(() => textFromBody(composeBody(value, shape)))).toBe(path);
  });

  it('checks the whole value, also beyond the character cap', () => {
    const body = [{ __component: 'article.markdown', body: 'Long enough text.' }, { __component: 'article.note' }, 7];
    expect(pathOfError(() => textFromBody(composeBody(body, zone), 5))).toBe('body[2]');
  });

  it('refuses an object that composeBody did not make, as before', () => {
    expect(pathOfError(() => readBody({ __component: 'article.markdown' }, { add: () => undefined, full: false }))).toBe('body');
  });
});

describe('composed bodies in the summary engine', () => {
  const longStory = [
    {
      __component: 'article.markdown',
      body: 'The city council approved the new tram line on Monday after a long debate about its cost.',
    },
    { __component: 'article.pull', body: 'This quote must never be the summary of the article.' },
    {
      __component: 'article.section',
      intro: 'Construction of the tram line starts in the spring and lasts two years.',
      items: [{ note: 'The tram line will carry forty thousand passengers every day.' }],
    },
  ];

  it('summarizes a composed body within maxLength, never from a quote component', () => {
    const { summary } = summarize(composeBody(longStory, zone), { maxLength: 80 });
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.length).toBeLessThanOrEqual(80);
    expect(summary).not.toContain('quote');
  });

  it('counts words of the text read, and bytes of the JSON of the original value', () => {
    const measured = checkBodyLimits(composeBody(story, zone), { maxBodyBytes: 10_000, maxBodyWords: 100 });
    expect(measured).toEqual({ bytes: Buffer.byteLength(JSON.stringify(story), 'utf8'), words: 19 });
  });

  it('stops at the caps for a composed body', () => {
    const limits = { maxBodyBytes: 10_000, maxBodyWords: 18 };
    expect(() => checkBodyLimits(composeBody(story, zone), limits)).toThrow(new BodyTooLargeError('words', 18));
    const bytes = Buffer.byteLength(JSON.stringify(story), 'utf8');
    expect(() => checkBodyLimits(composeBody(story, zone), { maxBodyBytes: bytes - 1, maxBodyWords: 100 })).toThrow(
      new BodyTooLargeError('bytes', bytes - 1)
    );
  });

  it('fingerprints the text read, the same as the same text in a Markdown body', () => {
    expect(bodyFingerprint(composeBody(story, zone))).toBe(
      bodyFingerprint('The tram line opens on Monday morning.\n\nIt links the station to the old town.\n\nTickets cost two euros.')
    );
  });
});
