import { expectClientError } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/strapi';
import { BUILT_IN, createSubjectDraft, documentsOf, localeParam, POST, SUBJECTS, withType, type Subject } from './helpers/subjects';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

/** A short story with page furniture between its statements: one paragraph a line. */
const STORY = [
  'The city council approved a new tram line on Tuesday after four years of debate.',
  'Read more: how the city voted on its last transport plan',
  'The tram line will connect the northern suburbs with the central station by 2027.',
  'Mayor Anna Berg said the tram line would cut commuting times by a third.',
  'Construction of the tram line is expected to begin next spring and last two years.',
  'Will the old town survive the roadworks?',
  'Critics argued that the budget of the tram line was far too high for the city.',
  'Residents of the old town worried about noise during the long construction works.',
  'The council promised to limit night work near the old town and to pay shop owners.',
  'Tickets for the first rides will be free during the opening weekend of the tram line.',
];
const STATEMENTS = STORY.filter((line) => !line.startsWith('Read more') && !line.endsWith('?'));

/** About 1,600 words of distinct statements: a long read. */
const LONG_READ = Array.from({ length: 160 }, (_, i) => {
  const words = [
    'river',
    'harbour',
    'school',
    'budget',
    'station',
    'museum',
    'market',
    'bridge',
    'library',
    'stadium',
    'hospital',
    'garden',
    'theatre',
  ];
  const pick = (k: number) => words[(i * 7 + k * 5) % words.length];
  return `Report ${i + 1} says the ${pick(1)} near the ${pick(2)} will open beside the ${pick(3)} in year ${2020 + (i % 9)}.`;
});

/** The subject's body holding `lines` as its paragraphs, in the type's shape. */
const bodyOf = (subject: Subject, lines: string[]) =>
  subject === BUILT_IN
    ? lines.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }))
    : [{ __component: 'blog.rich-text', body: lines.join('\n\n') }];

/** The field where editors write key points: the built-in article's own, the playground Post's mapped `highlights`. */
const keyPointsField = (subject: Subject) => (subject === BUILT_IN ? 'keyPoints' : 'highlights');

describe.each(SUBJECTS.map((s) => [s.name, s] as const))(
  'GET /api/newsroom/articles/:slugOrDocumentId/summary on %s',
  (_name, subject: Subject) => {
    const get = (path: string) => app.http().get(withType(subject, `/api/newsroom${path}`));
    const at = (documentId: string) => ({ documentId, ...localeParam(subject) }) as any;
    const publish = (documentId: string) => documentsOf(app, subject).publish(at(documentId));
    const update = (documentId: string, data: Record<string, unknown>) =>
      documentsOf(app, subject).update({ ...at(documentId), data } as any);
    /** A published article without an editor summary: readers get automatic ones. */
    const published = async (lines: string[], fields: Record<string, unknown> = {}) => {
      const article = await createSubjectDraft(app, subject, {
        [subject.fields.summary]: null,
        [subject.fields.body]: bodyOf(subject, lines),
        ...fields,
      });
      await publish(article.documentId);
      return article.documentId;
    };

    it('answers the paragraph by default, at the length the word count picks, and names both', async () => {
      const id = await published(STORY);
      const response = await get(`/articles/${id}/summary`);
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({
        format: 'paragraph',
        length: 'short',
        summarySource: 'auto',
        keyPoints: null,
        readingTimeMinutes: 1,
      });
      // Short: one sentence, the lead.
      expect(response.body.data.summary).toBe(STORY[0]);
      const long = (await get(`/articles/${id}/summary?length=long`)).body.data;
      expect(long.length).toBe('long');
      expect(long.summary.length).toBeGreaterThan(response.body.data.summary.length * 3);
    });

    it('answers 3 to 7 whole sentences of the article as key points, in its order, without its furniture', async () => {
      const id = await published(STORY);
      const counts: number[] = [];
      for (const length of ['short', 'medium', 'long']) {
        const { data } = (await get(`/articles/${id}/summary?format=keypoints&length=${length}`)).body;
        expect(data).toMatchObject({ format: 'keypoints', length, summary: null, summarySource: 'auto' });
        for (const point of data.keyPoints) expect(STATEMENTS).toContain(point);
        const positions = data.keyPoints.map((point: string) => STORY.indexOf(point));
        expect(positions).toEqual([...positions].sort((a: number, b: number) => a - b));
        counts.push(data.keyPoints.length);
      }
      expect(counts).toEqual([3, 5, 7]);
    });

    it('gives a long read more by default', async () => {
      const id = await published(LONG_READ);
      const { data } = (await get(`/articles/${id}/summary?format=keypoints`)).body;
      expect(data.length).toBe('long');
      expect(data.keyPoints).toHaveLength(7);
      expect((await get(`/articles/${id}/summary`)).body.data.length).toBe('long');
    });

    it("keeps the editor's summary as the paragraph at every length, and serves the editor's key points when written", async () => {
      const id = await published(STORY, {
        [subject.fields.summary]: 'Written by the editor.',
        [keyPointsField(subject)]: '- The tram is coming.\n- Tickets are free.\n',
      });
      for (const length of ['short', 'long']) {
        expect((await get(`/articles/${id}/summary?length=${length}`)).body.data).toMatchObject({
          summary: 'Written by the editor.',
          summarySource: 'editor',
          length,
        });
      }
      expect((await get(`/articles/${id}/summary?format=keypoints&length=short`)).body.data).toMatchObject({
        keyPoints: ['The tram is coming.', 'Tickets are free.'],
        summarySource: 'editor',
      });
    });

    it('never shows a draft, nor what a draft changed', async () => {
      const draft = await createSubjectDraft(app, subject, { [subject.fields.body]: bodyOf(subject, STORY) });
      expectClientError(await get(`/articles/${draft.documentId}/summary?format=keypoints`));
      expect((await get(`/articles/${draft.documentId}/summary?format=keypoints`)).status).toBe(404);

      const id = await published(STORY);
      const before = (await get(`/articles/${id}/summary?format=keypoints`)).body.data;
      await update(id, {
        [subject.fields.body]: bodyOf(subject, ['The draft says the tram line has been cancelled for good by the council.']),
        [keyPointsField(subject)]: 'A draft key point.',
      });
      expect((await get(`/articles/${id}/summary?format=keypoints`)).body.data).toEqual(before);
      await publish(id);
      expect((await get(`/articles/${id}/summary?format=keypoints`)).body.data.keyPoints).toEqual(['A draft key point.']);
    });

    it('answers 304 to If-None-Match, with one ETag per format and length, and the Cache-Tag of the article', async () => {
      const id = await published(STORY);
      const first = await get(`/articles/${id}/summary?format=keypoints`);
      expect(first.headers['cache-tag']).toContain(id);
      expect((await get(`/articles/${id}/summary?format=keypoints`).set('If-None-Match', first.headers.etag)).status).toBe(304);
      const paragraph = await get(`/articles/${id}/summary?format=paragraph`);
      expect(paragraph.headers.etag).not.toBe(first.headers.etag);
      expect((await get(`/articles/${id}/summary?format=keypoints&length=long`).set('If-None-Match', first.headers.etag)).status).toBe(200);
    });

    it.each([
      ['an unknown format', 'format=bullets'],
      ['an unknown length', 'length=huge'],
      ['a format given twice', 'format=keypoints&format=paragraph'],
      ['a format as an array', 'format[]=keypoints'],
      ['a length as an object', 'length[a]=short'],
      ['an empty format', 'format='],
    ])("refuses %s with a 400 in Strapi's error shape", async (_name, query) => {
      const id = await published(STORY);
      const response = await get(`/articles/${id}/summary?${query}`);
      expectClientError(response);
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
    });
  }
);

describe('newsroomSummary in GraphQL', () => {
  const graphql = (query: string, variables: Record<string, unknown> = {}) => app.http().post('/graphql').send({ query, variables });

  it.each([
    [BUILT_IN.name, BUILT_IN, 'newsroomArticle'],
    [POST.name, POST, 'post'],
  ] as const)('answers key points and paragraphs on %s', async (_name, subject, field) => {
    const article = await createSubjectDraft(app, subject, {
      [subject.fields.summary]: null,
      [subject.fields.body]: bodyOf(subject, STORY),
    });
    await documentsOf(app, subject).publish({ documentId: article.documentId, ...localeParam(subject) } as any);
    const response = await graphql(
      `query One($id: ID!) { ${field}(documentId: $id) {
        points: newsroomSummary(format: "keypoints", length: "short") { keyPoints summary summarySource format length }
        paragraph: newsroomSummary { summary keyPoints format length } } }`,
      { id: article.documentId }
    );
    expect(response.body.errors).toBeUndefined();
    const rest = (
      await app.http().get(withType(subject, `/api/newsroom/articles/${article.documentId}/summary?format=keypoints&length=short`))
    ).body.data;
    expect(response.body.data[field]).toEqual({
      points: { keyPoints: rest.keyPoints, summary: null, summarySource: 'auto', format: 'keypoints', length: 'short' },
      paragraph: { summary: STORY[0], keyPoints: null, format: 'paragraph', length: 'short' },
    });
  });

  it('refuses an unknown format', async () => {
    const article = await createSubjectDraft(app, BUILT_IN, { body: bodyOf(BUILT_IN, STORY) });
    await documentsOf(app, BUILT_IN).publish({ documentId: article.documentId, locale: 'en' } as any);
    const response = await graphql(
      `
        query One($id: ID!) {
          newsroomArticle(documentId: $id) {
            newsroomSummary(format: "bullets") {
              keyPoints
            }
          }
        }
      `,
      {
        id: article.documentId,
      }
    );
    expect(response.body.errors?.[0]).toMatchObject({ extensions: { error: { name: 'ValidationError' } } });
  });
});
