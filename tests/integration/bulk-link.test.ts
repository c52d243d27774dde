import { randomUUID } from 'node:crypto';

import { restrictedAdminToken, superAdminToken } from './helpers/auth';
import { expectClientError, expectForbidden } from './helpers/http';
import { chainLinks, expectIntact, readLinks, type LinkRow } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';
import {
  contentManagerProperties,
  createSubjectDraft,
  documentsOf,
  localeParam,
  SUBJECTS,
  typeQuery,
  type Subject,
} from './helpers/subjects';

let app: TestApp;
let adminToken: string;
beforeAll(async () => {
  app = await startTestApp();
  adminToken = await superAdminToken(app);
});
afterAll(async () => {
  await app?.stop();
});

const bulkService = () => app.strapi.plugin('newsroom').service('bulk');

/** Every bulk job of this instance has ended and every revalidation event of its chunks was sent. */
const settled = async () => {
  await bulkService().settled();
  await app.strapi.plugin('newsroom').service('revalidation').settled();
};

describe.each(SUBJECTS.map((s) => [s.name, s] as const))('POST /newsroom/bulk/link-by-date on %s', (_name, subject: Subject) => {
  const metadata = () => app.strapi.db.metadata.get(subject.uid as any) as any;
  const db = () => app.strapi.db.connection;
  const linkTable = () => metadata().attributes[subject.fields.previous].joinTable.name as string;
  const links = async () => ({
    draft: await readLinks(app, 'draft', 'en', subject),
    published: await readLinks(app, 'published', 'en', subject),
  });
  const target = subject.localized ? { type: subject.uid, locale: 'en' } : { type: subject.uid };

  const post = (body: unknown, token = adminToken) =>
    app
      .http()
      .post('/newsroom/bulk/link-by-date')
      .set('Authorization', `Bearer ${token}`)
      .send(body as object);
  const job = (jobId: string, token = adminToken) => app.http().get(`/newsroom/bulk/${jobId}`).set('Authorization', `Bearer ${token}`);
  const cancel = (jobId: string, token = adminToken) =>
    app.http().post(`/newsroom/bulk/${jobId}/cancel`).set('Authorization', `Bearer ${token}`);
  const run = async (scope: 'unlinked' | 'all') => {
    const started = await post({ ...target, scope, dryRun: false });
    expect(started.status).toBe(200);
    await settled();
    return (await job(started.body.data.jobId)).body.data;
  };

  /** Each test starts from an empty type: a bulk job works on every article of it. */
  beforeEach(async () => {
    await db()(linkTable()).delete();
    await db()(metadata().tableName).delete();
  });

  /** Published articles whose publication times are `dates` (ms, in order), each in no order. */
  const publishedAt = async (dates: number[]) => {
    const ids: string[] = [];
    for (const date of dates) {
      const { documentId } = await createSubjectDraft(app, subject);
      await documentsOf(app, subject).publish({ documentId, ...localeParam(subject) } as any);
      await db()(metadata().tableName)
        .where({ document_id: documentId })
        .whereNotNull('published_at')
        .update({ published_at: new Date(date) });
      ids.push(documentId);
    }
    return ids;
  };
  const byDocumentId = (ids: string[]) => [...ids].sort();
  const updatedAts = async () => db()(metadata().tableName).select('id', 'updated_at').orderBy('id');

  it('a dry run answers how many links change with a sample naming the articles, and changes nothing', async () => {
    const [a, b, c] = await publishedAt([1000, 2000, 3000]);
    const before = await links();
    const response = await post({ ...target, scope: 'all', dryRun: true });
    expect(response.status).toBe(200);
    expect(response.body.data.changes).toBe(2);
    expect(response.body.data.sample).toEqual([
      {
        action: 'link',
        previous: { documentId: a, title: expect.any(String) },
        next: { documentId: b, title: expect.any(String) },
        versions: ['draft', 'published'],
      },
      {
        action: 'link',
        previous: { documentId: b, title: expect.any(String) },
        next: { documentId: c, title: expect.any(String) },
        versions: ['draft', 'published'],
      },
    ]);
    expect(response.body.data.sample[0].previous.title).not.toBe('');
    expect(await links()).toEqual(before);
  });

  it('all: makes one order of every published article by publishedAt, ties by documentId, live for readers, nobody marked Modified', async () => {
    const [early] = await publishedAt([1000]);
    const tied = await publishedAt([5000, 5000, 5000]);
    // An existing order out of date order, through a draft-only article.
    const draftOnly = (await createSubjectDraft(app, subject)).documentId;
    const documents = documentsOf(app, subject);
    await documents.update({ documentId: tied[2], ...localeParam(subject), data: { [subject.fields.next]: draftOnly } } as any);
    await documents.update({ documentId: draftOnly, ...localeParam(subject), data: { [subject.fields.next]: early } } as any);
    const rowsBefore = await updatedAts();
    const events: Array<{ pages: Array<{ documentId: string; reasons: string[] }> }> = [];
    const listener = async (event: any) => {
      events.push(event);
    };
    app.strapi.eventHub.on('newsroom.revalidate', listener);

    const report = await run('all');
    app.strapi.eventHub.off('newsroom.revalidate', listener);
    expect(report).toEqual({ state: 'done', done: report.total, total: expect.any(Number), errors: [] });
    expect(report.total).toBeGreaterThan(0);

    const order = [early, ...byDocumentId(tied)];
    expect(await links()).toEqual({ draft: chainLinks(...order), published: chainLinks(...order) });
    await expectIntact(app, subject);
    expect(await updatedAts()).toEqual(rowsBefore);
    // One chunk, one event: every page whose teasers changed, and how.
    expect(events).toHaveLength(1);
    const reasonsOf = new Map(events[0].pages.map((page) => [page.documentId, page.reasons]));
    expect(Object.fromEntries(reasonsOf)).toEqual(
      Object.fromEntries(
        order.map((documentId, index) => [
          documentId,
          [...(index > 0 ? ['previous-changed'] : []), ...(index < order.length - 1 ? ['next-changed'] : [])],
        ])
      )
    );

    for (const [index, documentId] of order.entries()) {
      const page = await app.http().get(`/api/newsroom/read/${documentId}${typeQuery(subject)}`);
      expect(page.status).toBe(200);
      expect(page.body.data.previous?.documentId ?? null).toBe(order[index - 1] ?? null);
      expect(page.body.data.next?.documentId ?? null).toBe(order[index + 1] ?? null);
    }
    // The draft edited above to link it is Modified by that edit; the job marks no one.
    for (const documentId of order.filter((id) => id !== tied[2])) {
      const panel = await app
        .http()
        .get(`/newsroom/articles/${documentId}/reading-order${typeQuery(subject)}`)
        .set('Authorization', `Bearer ${adminToken}`);
      expect(panel.body.data.article.status).toBe('published');
    }
  });

  it('unlinked: appends the articles in no order, by publishedAt then documentId, after the order that ends latest', async () => {
    const [first, second] = await publishedAt([1000, 2000]);
    const documents = documentsOf(app, subject);
    await documents.update({
      documentId: first,
      ...localeParam(subject),
      status: 'published',
      data: { [subject.fields.next]: second },
    } as any);
    const unlinked = await publishedAt([3000, 3000, 3000]);
    const draftOnly = (await createSubjectDraft(app, subject)).documentId;

    const report = await run('unlinked');
    expect(report).toMatchObject({ state: 'done', done: 3, total: 3, errors: [] });
    const order = [first, second, ...byDocumentId(unlinked)];
    expect(await links()).toEqual({ draft: chainLinks(...order), published: chainLinks(...order) });
    expect((await links()).draft.some((row: LinkRow) => row.previous === draftOnly || row.next === draftOnly)).toBe(false);
    await expectIntact(app, subject);
    // A second run finds nothing left in no order.
    expect((await post({ ...target, scope: 'unlinked', dryRun: true })).body.data).toEqual({ changes: 0, sample: [] });
  });

  /** Chunks of two changes; the runner waits after its first chunk until `release()`, so the test can act between chunks. */
  const pauseAfterFirstChunk = () => {
    const config = app.strapi.config.get('plugin::newsroom') as any;
    const chunkSize = config.bulk.chunkSize;
    config.bulk.chunkSize = 2;
    let firstChunk!: (jobId: string) => void;
    const paused = new Promise<string>((resolve) => (firstChunk = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    bulkService().setAfterChunkHook(async (jobId: string) => {
      calls += 1;
      if (calls > 1) return;
      firstChunk(jobId);
      await released;
    });
    const restore = () => {
      release();
      config.bulk.chunkSize = chunkSize;
      bulkService().setAfterChunkHook(null);
    };
    return { paused, release, restore };
  };

  it('a job cancelled half-way leaves valid orders and reports cancelled with how far it got', async () => {
    const ids = await publishedAt([1000, 2000, 3000, 4000, 5000, 6000]);
    const { paused, release, restore } = pauseAfterFirstChunk();
    try {
      const started = await post({ ...target, scope: 'all', dryRun: false });
      const jobId = await paused;
      expect(jobId).toBe(started.body.data.jobId);
      await expectIntact(app, subject);
      // Cancelled from the admin API between two chunks, as an editor would.
      const cancelled = await cancel(jobId);
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.data).toMatchObject({ state: 'running', done: 2, total: 5 });
      release();
      await settled();
      expect((await job(jobId)).body.data).toEqual({ state: 'cancelled', done: 2, total: 5, errors: [] });
      expect(await links()).toEqual({ draft: chainLinks(...ids.slice(0, 3)), published: chainLinks(...ids.slice(0, 3)) });
      await expectIntact(app, subject);
    } finally {
      restore();
    }
  });

  it('refuses a second job for the same type and locale while one runs, with a 409 naming it, and starts again once it ended', async () => {
    await publishedAt([1000, 2000, 3000, 4000, 5000]);
    const { paused, release, restore } = pauseAfterFirstChunk();
    try {
      const started = await post({ ...target, scope: 'all', dryRun: false });
      const jobId = await paused;
      const second = await post({ ...target, scope: 'all', dryRun: false });
      expect(second.status).toBe(409);
      expect(second.body).toMatchObject({
        data: null,
        error: { status: 409, details: { rule: 'job-running', jobId: started.body.data.jobId, state: 'running' } },
      });
      expect(jobId).toBe(started.body.data.jobId);
      release();
      await settled();
      const third = await post({ ...target, scope: 'all', dryRun: false });
      expect(third.status).toBe(200);
      await settled();
    } finally {
      restore();
    }
  });

  it('an editor linking articles while the job runs wins: the job skips the links that would break the order, and says so', async () => {
    const ids = await publishedAt([1000, 2000, 3000, 4000, 5000, 6000]);
    const { paused, release, restore } = pauseAfterFirstChunk();
    try {
      const started = await post({ ...target, scope: 'all', dryRun: false });
      await paused;
      // Between chunks: 4th -> 6th, published at once; the job planned 4th -> 5th -> 6th.
      await documentsOf(app, subject).update({
        documentId: ids[3],
        ...localeParam(subject),
        status: 'published',
        data: { [subject.fields.next]: ids[5] },
      } as any);
      release();
      await settled();
      const report = (await job(started.body.data.jobId)).body.data;
      expect(report).toMatchObject({ state: 'done', done: 5, total: 5 });
      expect(report.errors).toEqual([
        { message: expect.stringContaining('draft: an article was linked elsewhere'), previous: ids[3], next: ids[4] },
        { message: expect.stringContaining('published: an article was linked elsewhere'), previous: ids[3], next: ids[4] },
        { message: expect.stringContaining('draft: an article was linked elsewhere'), previous: ids[4], next: ids[5] },
        { message: expect.stringContaining('published: an article was linked elsewhere'), previous: ids[4], next: ids[5] },
      ]);
      const order = [ids[0], ids[1], ids[2], ids[3], ids[5]];
      expect(await links()).toEqual({ draft: chainLinks(...order), published: chainLinks(...order) });
      await expectIntact(app, subject);
    } finally {
      restore();
    }
  });

  it('a job whose instance stopped answering is reported failed, with how far it got', async () => {
    const jobId = randomUUID();
    await db()('newsroom_bulk_jobs').insert({
      id: jobId,
      content_type: subject.uid,
      locale: subject.localized ? 'en' : null,
      scope: 'all',
      state: 'running',
      done: 3,
      total: 10,
      errors: '[]',
      cancel_requested: false,
      created_at: Date.now() - 600_000,
      heartbeat_at: Date.now() - 120_000,
    });
    const response = await job(jobId);
    expect(response.body.data).toEqual({
      state: 'failed',
      done: 3,
      total: 10,
      errors: [{ message: expect.stringContaining('no heartbeat') }],
    });
  });

  it.each([
    ['an unknown type', { type: 'api::nothing.nothing', scope: 'all', dryRun: false }],
    ['a type given as an object', { type: { $ne: 'x' }, scope: 'all', dryRun: false }],
    ['a bad scope', { scope: 'some', dryRun: false }],
    ['a scope given as an array', { scope: ['all'], dryRun: false }],
    ['dryRun as a string', { scope: 'all', dryRun: 'false' }],
    ['no dryRun', { scope: 'all' }],
    ['an unknown field', { scope: 'all', dryRun: false, order: [] }],
    ['a huge locale', { scope: 'all', dryRun: false, locale: 'x'.repeat(100_000) }],
    ...(subject.localized
      ? [
          ['an unknown locale', { scope: 'all', dryRun: false, locale: 'xx' }] as const,
          ['a locale in another case', { scope: 'all', dryRun: false, locale: 'EN' }] as const,
        ]
      : []),
  ])('refuses %s with a 4xx and changes nothing', async (label, body) => {
    await publishedAt([1000, 2000]);
    const before = await links();
    const response = await post({ type: subject.uid, ...(body as object) });
    // A body past the admin routes' 64 kB is refused from its length, before it is read.
    expect(response.status).toBe(label === 'a huge locale' ? 413 : 400);
    expectClientError(response);
    await settled();
    expect(await links()).toEqual(before);
  });

  it('refuses a body that is not a JSON object, and unknown jobs, without a 500', async () => {
    for (const body of [[], 'scope=all', null]) expectClientError(await post(body));
    const malformed = await app
      .http()
      .post('/newsroom/bulk/link-by-date')
      .set('Authorization', `Bearer ${adminToken}`)
      .set('Content-Type', 'application/json')
      .send('{"scope": ');
    expect(malformed.status).toBe(400);
    for (const jobId of [randomUUID(), 'not-a-job', '%00', 'x'.repeat(5000)]) {
      expect((await job(jobId)).status).toBe(404);
      expect((await cancel(jobId)).status).toBe(404);
    }
  });

  it('answers 403 without the reading-order update action or the Content Manager update permission on the type', async () => {
    await publishedAt([1000, 2000]);
    const started = await post({ ...target, scope: 'all', dryRun: true });
    expect(started.status).toBe(200);
    const properties = contentManagerProperties(subject);
    const readOnly = await restrictedAdminToken(app, [
      ['plugin::newsroom.reading-order.read'],
      ['plugin::content-manager.explorer.update', subject.uid, properties],
    ]);
    const noContentManager = await restrictedAdminToken(app, [['plugin::newsroom.reading-order.update']]);
    const readerOfType = await restrictedAdminToken(app, [
      ['plugin::newsroom.reading-order.update'],
      ['plugin::content-manager.explorer.read', subject.uid, properties],
    ]);
    const before = await links();
    // The route's policy refuses an admin without the action; the controller, one without Content Manager update.
    const refused = await post({ ...target, scope: 'all', dryRun: false }, readOnly);
    expect(refused.status).toBe(403);
    expectClientError(refused);
    for (const token of [noContentManager, readerOfType]) {
      expectForbidden(await post({ ...target, scope: 'all', dryRun: false }, token));
    }
    const real = await post({ ...target, scope: 'unlinked', dryRun: false });
    await settled();
    const after = await links();
    for (const token of [noContentManager, readerOfType]) {
      expectForbidden(await job(real.body.data.jobId, token));
      expectForbidden(await cancel(real.body.data.jobId, token));
    }
    expect(after).not.toEqual(before);
    const editor = await restrictedAdminToken(app, [
      ['plugin::newsroom.reading-order.update'],
      ['plugin::content-manager.explorer.update', subject.uid, properties],
    ]);
    expect((await job(real.body.data.jobId, editor)).body.data.state).toBe('done');
  });
});
