import { superAdminToken } from './auth';
import { readLinks } from './reading-order';
import { startTestApp, type TestApp } from './strapi';
import { createSubjectDraft, documentsOf, localeParam, typeQuery, type Subject } from './subjects';

/** The app of the reading-order workspace tests, with a super admin's token and French beside English. */
const startWorkspaceApp = async () => {
  const app = await startTestApp();
  const adminToken = await superAdminToken(app);
  const locales = app.strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode('fr'))) await locales.create({ code: 'fr', name: 'French (fr)' });
  return { app, adminToken };
};

/** Starts the workspace app before the file's tests and stops it after them; the getter answers it while they run. */
export const useWorkspaceApp = () => {
  let started: { app: TestApp; adminToken: string } | undefined;
  beforeAll(async () => {
    started = await startWorkspaceApp();
  });
  afterAll(async () => {
    await started?.app.stop();
  });
  return () => {
    if (!started) throw new Error('the workspace app is not started');
    return started;
  };
};

/**
 * What the workspace tests of one subject read and make: its tables, `?type=…&locale=en`,
 * its links, published chains, and what readers and the admin see of an article.
 * `app` and `adminToken` are read when called (the suite starts the app in `beforeAll`).
 */
export const workspaceOf = (current: () => { app: TestApp; adminToken: string }, subject: Subject) => {
  const app = () => current().app;
  const metadata = () => app().strapi.db.metadata.get(subject.uid as any) as any;
  const db = () => app().strapi.db.connection;
  const linkTable = () => metadata().attributes[subject.fields.previous].joinTable.name as string;
  const documents = () => documentsOf(app(), subject);
  /** `?type=…&locale=en` as the subject needs, then `extra` (`&…`). */
  const query = (extra = '') => `?${[`type=${subject.uid}`, ...(subject.localized ? ['locale=en'] : [])].join('&')}${extra}`;
  const adminGet = (path: string, token = current().adminToken) => app().http().get(path).set('Authorization', `Bearer ${token}`);

  return {
    app,
    adminToken: () => current().adminToken,
    metadata,
    db,
    linkTable,
    documents,
    query,
    links: async () => ({
      draft: await readLinks(app(), 'draft', 'en', subject),
      published: await readLinks(app(), 'published', 'en', subject),
    }),
    settled: () => app().strapi.plugin('newsroom').service('revalidation').settled(),
    overview: (extra = '', token?: string) => adminGet(`/newsroom/orders${query(extra)}`, token),
    detail: (documentId: string, token?: string) => adminGet(`/newsroom/orders/${encodeURIComponent(documentId)}${query()}`, token),
    /** Every article and link of the subject, gone. */
    clear: async () => {
      await db()(linkTable()).delete();
      await db()(metadata().tableName).delete();
    },
    /** Published articles linked in this order (draft and published), through the document service. */
    publishedChain: async (length: number) => {
      const ids: string[] = [];
      for (let index = 0; index < length; index += 1) {
        const previous = ids[index - 1];
        const { documentId } = await createSubjectDraft(app(), subject, previous ? { [subject.fields.previous]: previous } : {});
        await documents().publish({ documentId, ...localeParam(subject) } as any);
        ids.push(documentId);
      }
      return ids;
    },
    readerNeighbors: async (documentId: string) => {
      const page = await app()
        .http()
        .get(`/api/newsroom/read/${documentId}${typeQuery(subject)}`);
      expect(page.status).toBe(200);
      return [page.body.data.previous?.documentId ?? null, page.body.data.next?.documentId ?? null];
    },
    statusOf: async (documentId: string) =>
      (await adminGet(`/newsroom/articles/${documentId}/reading-order${typeQuery(subject)}`)).body.data.article.status,
  };
};
