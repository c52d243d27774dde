import { createFullAccessToken, superAdminToken } from './helpers/auth';
import { chainLinks, createChain, expectIntact, linksAmong, readLinks } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';
import { documentsOf, localeParam, SUBJECTS, typeQuery, type Subject } from './helpers/subjects';

/**
 * Sites that turn on Strapi's strict checks (`rest.strictParams`,
 * `documents.strictParams`, `documents.strictRelations` in config/api) keep every
 * plugin feature: the plugin passes Strapi only the parameters it knows.
 */
let app: TestApp;
let apiToken: string;
let adminToken: string;

beforeAll(async () => {
  app = await startTestApp({ NEWSROOM_STRICT: 'true' });
  apiToken = await createFullAccessToken(app);
  adminToken = await superAdminToken(app);
});
afterAll(async () => {
  await app?.stop();
});

describe.each(SUBJECTS.map((subject) => [subject.name, subject] as const))('under strict checks, on %s', (_name, subject: Subject) => {
  const rest = (method: 'post' | 'put', path: string) => app.http()[method](path).set('Authorization', `Bearer ${apiToken}`);

  afterEach(async () => {
    await expectIntact(app, subject);
  });

  it("is on: Strapi refuses an unknown query parameter on the type's own route", async () => {
    const response = await app.http().get(`${subject.restBase}?notAParameter=1`).set('Authorization', `Bearer ${apiToken}`);
    expect(response.status).toBe(400);
  });

  it('links, publishes and unpublishes over REST and the document service', async () => {
    const [a] = await createChain(app, 1, 'en', subject);
    const created = await rest('post', `${subject.restBase}?status=published`).send({
      data: subject.data({ [subject.fields.previous]: { connect: [{ documentId: a, ...localeParam(subject) }] } }),
    });
    expect(created.status).toBe(201);
    const b = created.body.data.documentId;
    await documentsOf(app, subject).publish({ documentId: a, ...localeParam(subject) } as any);
    expect(linksAmong(await readLinks(app, 'published', 'en', subject), [a, b])).toEqual(chainLinks(a, b));
    await documentsOf(app, subject).unpublish({ documentId: b, ...localeParam(subject) } as any);
    expect(linksAmong(await readLinks(app, 'published', 'en', subject), [a, b])).toEqual([]);
  });

  it('serves the reader routes and the admin routes', async () => {
    const [a, b] = await createChain(app, 2, 'en', subject);
    for (const id of [a, b]) await documentsOf(app, subject).publish({ documentId: id, ...localeParam(subject) } as any);
    const read = await app
      .http()
      .get(`/api/newsroom/read/${a}${typeQuery(subject)}`)
      .set('Authorization', `Bearer ${apiToken}`);
    expect(read.status).toBe(200);
    expect(read.body.data.next).toMatchObject({ documentId: b });
    const [c] = await createChain(app, 1, 'en', subject);
    const put = await app
      .http()
      .put(`/newsroom/articles/${b}/links${typeQuery(subject)}`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ next: c });
    expect(put.status).toBe(200);
    expect(put.body.data.next).toMatchObject({ documentId: c });
  });
});
