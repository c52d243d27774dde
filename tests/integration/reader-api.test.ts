import { countStatements } from './helpers/queries';
import { createChain } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';
import {
  createSubjectDraft,
  describeIfLocalized,
  documentsOf,
  localeOf,
  localeParam,
  localizedOnly,
  SUBJECTS,
  withType,
  type Subject,
} from './helpers/subjects';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
});
afterAll(async () => {
  await app?.stop();
});

describe.each(SUBJECTS.map((s) => [s.name, s] as const))('on %s', (_name, subject: Subject) => {
  const { title, summary, body, previous, next } = subject.fields;
  const documents = () => documentsOf(app, subject);
  const at = (documentId: string, locale = 'en') => ({ documentId, ...localeParam(subject, locale) }) as any;
  const update = (documentId: string, data: Record<string, unknown>) => documents().update({ ...at(documentId), data });
  const publish = (documentId: string, locale = 'en') => documents().publish(at(documentId, locale));
  /** A reader route of the subject's type: `path` under `/api/newsroom`, with `?type=`. */
  const get = (path: string) => app.http().get(withType(subject, `/api/newsroom${path}`));
  const publishAll = async (ids: string[], locale = 'en') => {
    for (const id of ids) await publish(id, locale);
  };
  const fieldOf = async (documentId: string, field: keyof Subject['fields']) =>
    ((await documents().findOne(at(documentId))) as any)[subject.fields[field]] as string;

  describe('GET /api/newsroom/read/:slugOrDocumentId', () => {
    it('answers the whole article page in one call, by slug or by documentId', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      await publishAll([a, b, c]);
      const slug = await fieldOf(b, 'slug');

      for (const key of [slug, b]) {
        const response = await get(`/read/${key}`);
        expect(response.status).toBe(200);
        expect(response.body.meta).toEqual({});
        expect(response.body.data).toMatchObject({
          documentId: b,
          slug,
          locale: localeOf(subject),
          publishedAt: expect.any(String),
          body: expect.any(Array),
          cover: null,
          summary: await fieldOf(b, 'summary'),
          summarySource: 'editor',
          readingTimeMinutes: 1,
          previous: {
            documentId: a,
            title: expect.any(String),
            slug: expect.any(String),
            summary: expect.any(String),
            publishedAt: expect.any(String),
            source: 'linked',
          },
          next: { documentId: c, source: 'linked' },
        });
      }
    });

    it('reports no summary when the editor wrote none and the automatic one is off or empty', async () => {
      const article = await createSubjectDraft(app, subject, { [summary]: null, [body]: [] });
      await publish(article.documentId);
      const response = await get(`/read/${article.documentId}`);
      expect(response.body.data).toMatchObject({ summary: null, summarySource: 'none', readingTimeMinutes: 0 });
    });

    it('never shows a draft, and walks past unpublished articles to the nearest published one', async () => {
      const [a, b, c, d] = await createChain(app, 4, 'en', subject);
      await publishAll([a, d]);
      const response = await get(`/read/${a}`);
      expect(response.body.data.next).toMatchObject({ documentId: d, source: 'linked' });
      expect((await get(`/read/${d}`)).body.data.previous).toMatchObject({ documentId: a });
      for (const draft of [b, c]) expect((await get(`/read/${draft}`)).status).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain(b);
    });

    it('does not show a link that exists only in drafts', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      const [b] = await createChain(app, 1, 'en', subject);
      await publishAll([a, b]);
      await update(a, { [next]: b });
      expect((await get(`/read/${a}`)).body.data.next).toBeNull();
      await publish(a);
      expect((await get(`/read/${a}`)).body.data.next).toMatchObject({ documentId: b });
    });

    /** The link table and the rows of one status, for writing links behind the rules' back, as a bad import could. */
    const linkTable = (status: 'draft' | 'published') => {
      const metadata = app.strapi.db.metadata.get(subject.uid as any) as any;
      const joinTable = metadata.attributes[previous].joinTable;
      const rowId = async (documentId: string) => {
        const rows = app.strapi.db.connection(metadata.tableName).where({ document_id: documentId });
        return (await (status === 'draft' ? rows.whereNull('published_at') : rows.whereNotNull('published_at')).first()).id;
      };
      const insert = async (from: string, to: string) =>
        app.strapi.db
          .connection(joinTable.name)
          .insert({ [joinTable.joinColumn.name]: await rowId(to), [joinTable.inverseJoinColumn.name]: await rowId(from) });
      return { joinTable, rowId, insert };
    };

    it('terminates on damaged data: a loop of unpublished articles', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      await publish(a);
      // Close the loop c -> b behind the rules' back, as a bad import could.
      const drafts = linkTable('draft');
      await app.strapi.db
        .connection(drafts.joinTable.name)
        .where(drafts.joinTable.joinColumn.name, await drafts.rowId(b))
        .delete();
      await drafts.insert(c, b);
      const response = await get(`/read/${a}`);
      expect(response.status).toBe(200);
      expect(response.body.data.next).toBeNull();
    });

    /** Adds a published link behind the rules' back, as a bad import or a direct database write could. */
    const forcePublishedLink = (from: string, to: string) => linkTable('published').insert(from, to);

    it('terminates on damaged data: a loop of published articles, each listed once', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      await publishAll([a, b, c]);
      await forcePublishedLink(c, a);
      const response = await get(`/articles/${a}/reading-order?before=50&after=50`);
      expect(response.status).toBe(200);
      const ids = response.body.data.map((item: { documentId: string }) => item.documentId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expect.arrayContaining([a, b, c]));
    });

    it('answers in bounded work when damaged data gives an article two next links', async () => {
      const chain = await createChain(app, 6, 'en', subject);
      const [extra] = await createChain(app, 1, 'en', subject);
      await publishAll([...chain, extra]);
      // chain[0] now has two next links; before, the walk multiplied rows at every branch.
      await forcePublishedLink(chain[0], extra);
      const read = await get(`/read/${chain[0]}`);
      expect(read.status).toBe(200);
      expect([chain[1], extra]).toContain(read.body.data.next.documentId);
      const order = await get(`/articles/${chain[0]}/reading-order?after=50`);
      expect(order.status).toBe(200);
      expect(order.body.data.length).toBeLessThanOrEqual(1 + 50);
    });

    describeIfLocalized(subject)('in a second locale (localized types only)', () => {
      it('keeps each locale to its own order', async () => {
        const [en1, en2] = await createChain(app, 2, 'en', subject);
        const [fr1, fr2] = await createChain(app, 2, 'fr', subject);
        await publishAll([en1, en2]);
        await publishAll([fr1, fr2], 'fr');
        expect((await get(`/read/${fr1}?locale=fr`)).body.data).toMatchObject({ locale: 'fr', next: { documentId: fr2 } });
        expect((await get(`/read/${fr1}`)).status).toBe(404);
      });
    });

    it.each([
      ['an unknown slug', '/read/no-such-article', 404],
      ...localizedOnly(subject, [['an unknown locale', '/read/anything?locale=xx', 400]]),
    ])('answers %s (%s) with %s in Strapi error shape', async (_name, path, status) => {
      const response = await get(path as string);
      expect(response.status).toBe(status);
      expect(response.body).toMatchObject({ data: null, error: { status } });
    });
  });

  describe('ETag and Cache-Control', () => {
    it('answers 304 to If-None-Match, and changes the ETag when the article or a neighbor changes', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      await publishAll([a, b, c]);
      const first = await get(`/read/${b}`);
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      const etag = first.headers.etag;
      expect(etag).toMatch(/^".+"$/);

      const cached = await get(`/read/${b}`).set('If-None-Match', etag);
      expect(cached.status).toBe(304);
      expect(cached.text).toBe('');

      await update(c, { [title]: 'A new title next door' });
      await publish(c);
      const afterNeighbor = await get(`/read/${b}`).set('If-None-Match', etag);
      expect(afterNeighbor.status).toBe(200);
      expect(afterNeighbor.body.data.next.title).toBe('A new title next door');

      await update(b, { [summary]: 'Rewritten.' });
      await publish(b);
      expect((await get(`/read/${b}`)).headers.etag).not.toBe(afterNeighbor.headers.etag);
    });

    it('answers a repeated revalidation from memory, without reading the article again', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      await publish(a);
      // Asked for by slug first, so that the documentId's answer is not remembered yet.
      const first = await get(`/read/${await fieldOf(a, 'slug')}`);
      const computed = await countStatements(app, () => get(`/read/${a}`).set('If-None-Match', first.headers.etag));
      let status = 0;
      const remembered = await countStatements(app, async () => {
        status = (await get(`/read/${a}`).set('If-None-Match', first.headers.etag)).status;
      });
      expect(status).toBe(304);
      expect(remembered).toBeLessThan(computed);
    });

    it('sets ETags on every reader route', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      await publish(a);
      for (const path of [`/articles/${a}/neighbors`, `/articles/${a}/summary`, `/articles/${a}/reading-order`]) {
        const response = await get(path);
        expect(response.status).toBe(200);
        expect((await get(path).set('If-None-Match', response.headers.etag)).status).toBe(304);
      }
    });
  });

  describe('GET neighbors and summary', () => {
    it('answers just the neighbors', async () => {
      const [a, b] = await createChain(app, 2, 'en', subject);
      await publishAll([a, b]);
      const response = await get(`/articles/${a}/neighbors`);
      expect(response.body).toEqual({ data: { previous: null, next: expect.objectContaining({ documentId: b }), series: [] } });
    });

    it('answers the "get a summary" button', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      await publish(a);
      const response = await get(`/articles/${await fieldOf(a, 'slug')}/summary`);
      expect(response.body).toEqual({
        data: {
          summary: await fieldOf(a, 'summary'),
          keyPoints: null,
          summarySource: 'editor',
          format: 'paragraph',
          length: 'short',
          readingTimeMinutes: 1,
        },
      });
    });
  });

  describe('GET reading-order', () => {
    it('lists the published teasers around an article in order, marking it, past unpublished ones', async () => {
      const ids = await createChain(app, 7, 'en', subject);
      await publishAll(ids.filter((_, index) => index !== 2 && index !== 5));
      const response = await get(`/articles/${ids[3]}/reading-order?before=2&after=1`);
      expect(response.status).toBe(200);
      expect(response.body.data.map((item: any) => [item.documentId, item.current])).toEqual([
        [ids[0], false],
        [ids[1], false],
        [ids[3], true],
        [ids[4], false],
      ]);
      expect(response.body.meta).toEqual({ before: 2, after: 1, hasMoreBefore: false, hasMoreAfter: true });
    });

    it.each([['before=-1'], ['after=51'], ['before=x'], ...localizedOnly(subject, [['locale=xx']])])(
      'rejects ?%s with 400',
      async (query) => {
        const [a] = await createChain(app, 1, 'en', subject);
        await publish(a);
        const response = await get(`/articles/${a}/reading-order?${query}`);
        expect(response.status).toBe(400);
        expect(response.body.error.name).toBe('ValidationError');
      }
    );

    it('keeps one cache entry for requests that mean the same (ignored parameters, a locale a type without i18n ignores, the default locale named)', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      await publish(a);
      const cache = app.strapi.plugin('newsroom').service('reader-cache');
      await cache.invalidateAll();
      const entries = () => cache.status().entries;
      const before = entries();
      const variants = ['', '?junk=1', '?utm_source=x&junk=2', '?locale=en', ...(subject.localized ? [] : ['?locale=xx', '?locale=zz'])];
      for (const variant of variants) {
        const response = await get(`/read/${a}${variant}`);
        expect([variant, response.status]).toEqual([variant, 200]);
      }
      expect(entries() - before).toBe(1);
    });

    it.each([['reading-order'], ['summary']])(
      'refuses scope= on %s, which shows no scoped neighbors, instead of ignoring it',
      async (route) => {
        const [a] = await createChain(app, 1, 'en', subject);
        await publish(a);
        const response = await get(`/articles/${a}/${route}?scope=category`);
        expect(response.status).toBe(400);
        expect(response.body.error).toMatchObject({ name: 'ValidationError', details: { field: 'scope' } });
      }
    );
  });

  describe('cost in SQL statements', () => {
    // What a front end asks for to render the same page: the neighbors' teasers, the cover, and a body kept in components.
    const bodyPopulate = subject.bodyKind === 'components' ? `&populate[${subject.fields.body}]=true` : '';
    const populated = (documentId: string) =>
      `${subject.restBase}/${documentId}?populate[${previous}][fields][0]=${title}&populate[${previous}][fields][1]=${subject.fields.slug}&populate[${next}][fields][0]=${title}&populate[${next}][fields][1]=${subject.fields.slug}&populate[${subject.fields.cover}]=true${bodyPopulate}`;

    it('read and neighbors use no more statements than findOne with both relations populated, whatever the order length', async () => {
      const short = await createChain(app, 3, 'en', subject);
      const long = await createChain(app, 40, 'en', subject);
      await publishAll([...short, ...long]);

      const baseline = await countStatements(app, () => app.http().get(populated(short[1])));
      const counts = [];
      for (const id of [short[1], long[20]]) {
        counts.push(await countStatements(app, () => get(`/read/${id}`)));
        counts.push(await countStatements(app, () => get(`/articles/${id}/neighbors`)));
      }
      for (const count of counts) expect(count).toBeLessThanOrEqual(baseline);
      expect(counts[0]).toBe(counts[2]);
      expect(counts[1]).toBe(counts[3]);

      const orderShort = await countStatements(app, () => get(`/articles/${short[1]}/reading-order?before=25&after=25`));
      const orderLong = await countStatements(app, () => get(`/articles/${long[20]}/reading-order?before=25&after=25`));
      expect(orderLong).toBe(orderShort);
    });
  });

  describe('permissions', () => {
    it('is public where the playground granted it, and 403 once revoked', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      await publish(a);
      expect((await get(`/articles/${a}/summary`)).status).toBe(200);
      const permissions = app.strapi.db.query('plugin::users-permissions.permission');
      const granted = await permissions.findOne({ where: { action: 'plugin::newsroom.reader.summary' }, populate: ['role'] });
      await permissions.delete({ where: { id: granted.id } });
      try {
        const forbidden = await get(`/articles/${a}/summary`);
        expect(forbidden.status).toBe(403);
        expect(forbidden.body.error.name).toBe('ForbiddenError');
        expect((await get(`/read/${a}`)).status).toBe(200);
      } finally {
        // The next type's run starts from the playground's grants again.
        await permissions.create({ data: { action: granted.action, role: granted.role.id } });
      }
    });
  });
});
