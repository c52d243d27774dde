import knexFactory, { type Knex } from 'knex';
import supertest from 'supertest';

import type { RevalidateEvent } from '../../contracts/revalidation';
import { superAdminToken } from './helpers/auth';
import { createTransferToken, exportArchive, importArchive, pullFrom, pushTo } from './helpers/data-transfer';
import { createTestDatabase, databaseClient } from './helpers/database';
import { startSecondInstance, type SecondInstance } from './helpers/second-instance';
import { pauseTestApp, restartTestApp, resumeTestApp, startTestApp, startTestAppOn, type TestApp } from './helpers/strapi';
import { BUILT_IN, POST, createSubjectDraft, documentsOf, localeParam, type Subject } from './helpers/subjects';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook';

/**
 * What the plugin stores survives what a site does with Strapi's own tools: export and
 * import, transfer (push and pull) into a running instance, turning the plugin off and
 * on, deleting a locale, and the upgrade from index-only series storage.
 */
const SERIES_UID = 'plugin::newsroom.series';
const INDEX_TABLE = 'newsroom_series_articles';

/** An instance the tests read from: this process's app, or a second Strapi process (a remote instance). */
interface Site {
  http(): supertest.Agent;
  adminToken: string;
  knex: Knex;
}

interface LocalSite extends Site {
  app: TestApp;
}

/** `adminToken`: a token of the same database from before a restart (Strapi limits admin logins per address, across the instances of a process). */
const localSite = async (app: TestApp, adminToken?: string): Promise<LocalSite> => ({
  app,
  http: () => app.http(),
  knex: app.strapi.db.connection,
  adminToken: adminToken ?? (await superAdminToken(app)),
});

interface Seeded {
  /** Series documentIds: a published one in en and fr (Modified in en), a draft one, a published one of posts. */
  both: string;
  draftOnly: string;
  posts: string;
  /** Articles whose `read` shows series. */
  members: Array<{ subject: Subject; documentId: string; locale: string }>;
}

const withFrench = async (app: TestApp): Promise<LocalSite> => {
  const locales = app.strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode('fr'))) await locales.create({ code: 'fr', name: 'French (fr)' });
  return localSite(app);
};

const boot = async (env: Record<string, string> = {}): Promise<LocalSite> => withFrench(await startTestApp(env));

const settled = async ({ app }: LocalSite) => {
  await app.strapi.plugin('newsroom').service('site-changes').settled();
  await app.strapi.plugin('newsroom').service('revalidation').settled();
};

const admin = (site: Site) => ({
  put: (series: string, articles: string[], locale = 'en') =>
    site
      .http()
      .put(`/newsroom/series/${series}/articles?locale=${locale}`)
      .set('Authorization', `Bearer ${site.adminToken}`)
      .send({ articles }),
  get: (series: string, locale = 'en') =>
    site.http().get(`/newsroom/series/${series}/articles?locale=${locale}`).set('Authorization', `Bearer ${site.adminToken}`),
});

const published = async (site: LocalSite, subject: Subject, count: number, locale = 'en') => {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const { documentId } = await createSubjectDraft(site.app, subject, {}, locale);
    await documentsOf(site.app, subject).publish({ documentId, ...localeParam(subject, locale) } as any);
    ids.push(documentId);
  }
  return ids;
};

const newSeries = async (site: LocalSite, subject: Subject, locale = 'en', documentId?: string) => {
  const title = `Series ${Math.random().toString(36).slice(2, 10)}`;
  const data = { title, slug: title.toLowerCase().replace(/ /g, '-'), articleType: subject.uid };
  const series = site.app.strapi.documents(SERIES_UID as any);
  const created = documentId ? await series.update({ documentId, locale, data } as any) : await series.create({ data, locale } as any);
  return created!.documentId as string;
};

const expectOk = (response: supertest.Response) => {
  if (response.status !== 200) throw new Error(`${response.status}: ${JSON.stringify(response.body)}`);
};

/** Series in every state the data tools must carry: published and Modified, draft only, two locales, both types. */
const seed = async (site: LocalSite): Promise<Seeded> => {
  const [a1, a2, a3] = await published(site, BUILT_IN, 3);
  const [a4] = [(await createSubjectDraft(site.app, BUILT_IN)).documentId];
  const [f1, f2] = await published(site, BUILT_IN, 2, 'fr');
  const [p1, p2] = await published(site, POST, 2);
  const series = site.app.strapi.documents(SERIES_UID as any);

  const both = await newSeries(site, BUILT_IN);
  expectOk(await admin(site).put(both, [a1, a2, a3]));
  await newSeries(site, BUILT_IN, 'fr', both);
  expectOk(await admin(site).put(both, [f2, f1], 'fr'));
  await series.publish({ documentId: both, locale: ['en', 'fr'] } as any);
  // Modified: the draft list differs from what readers see.
  expectOk(await admin(site).put(both, [a3, a1, a4]));

  const draftOnly = await newSeries(site, BUILT_IN);
  expectOk(await admin(site).put(draftOnly, [a2]));

  const posts = await newSeries(site, POST);
  expectOk(await admin(site).put(posts, [p2, p1]));
  await series.publish({ documentId: posts, locale: 'en' } as any);
  await settled(site);
  return {
    both,
    draftOnly,
    posts,
    members: [
      { subject: BUILT_IN, documentId: a1, locale: 'en' },
      { subject: BUILT_IN, documentId: a2, locale: 'en' },
      { subject: BUILT_IN, documentId: f1, locale: 'fr' },
      { subject: POST, documentId: p1, locale: 'en' },
    ],
  };
};

const reader = (site: Site, path: string) => site.http().get(`/api/newsroom${path}`);

/** Everything an editor and a reader see of the seeded series, and the index rows behind it. */
const seen = async (site: Site, seeded: Seeded) => {
  const lists: Record<string, unknown> = {};
  for (const [series, locale] of [
    [seeded.both, 'en'],
    [seeded.both, 'fr'],
    [seeded.draftOnly, 'en'],
    [seeded.posts, 'en'],
  ]) {
    const draft = await admin(site).get(series, locale);
    lists[`${series}/${locale}/draft`] =
      draft.status === 200
        ? draft.body.data.articles.map((article: any) => [article.documentId, article.position, article.status])
        : draft.status;
    const slug = draft.body.data?.series?.slug;
    const forReaders = await reader(site, `/series/${slug}?locale=${locale}&pageSize=100`);
    lists[`${series}/${locale}/published`] =
      forReaders.status === 200
        ? forReaders.body.data.articles.map((article: any) => [article.documentId, article.position])
        : forReaders.status;
  }
  const reads: Record<string, unknown> = {};
  for (const { subject, documentId, locale } of seeded.members) {
    const type = subject === BUILT_IN ? '' : `&type=${subject.uid}`;
    const response = await reader(site, `/read/${documentId}?locale=${locale}${type}`);
    reads[documentId] = response.status === 200 ? response.body.data.series : response.status;
  }
  const index = (
    await site.knex(INDEX_TABLE).select('series_document_id', 'locale', 'status', 'article_type', 'article_document_id', 'position')
  )
    .map((row: any) =>
      JSON.stringify([row.series_document_id, row.locale, row.status, row.article_type, row.article_document_id, Number(row.position)])
    )
    .sort();
  return { lists, reads, index };
};

const purgesOf = (events: RevalidateEvent[]) => events.flatMap((event) => event.purge ?? []);

let source: LocalSite;
let seeded: Seeded;
let before: Awaited<ReturnType<typeof seen>>;

beforeAll(async () => {
  source = await boot();
  seeded = await seed(source);
  before = await seen(source, seeded);
});
afterAll(async () => {
  await source?.app.stop();
});

it('seeds what the tests compare: every state of a series on both types', () => {
  expect(before.lists[`${seeded.both}/en/draft`]).toHaveLength(3);
  expect(before.lists[`${seeded.both}/en/published`]).toHaveLength(3);
  expect(before.lists[`${seeded.both}/fr/published`]).toHaveLength(2);
  expect(before.lists[`${seeded.draftOnly}/en/published`]).toBe(404);
  expect(before.lists[`${seeded.posts}/en/published`]).toHaveLength(2);
  for (const documentId of Object.keys(before.reads))
    expect(before.reads[documentId]).toEqual([expect.objectContaining({ documentId: expect.any(String) })]);
  // 3 + 3 (both, en) + 2 + 2 (both, fr) + 1 (draft only) + 2 + 2 (posts)
  expect(before.index).toHaveLength(15);
});

/**
 * Runs `work` with another app of this process while the source is stopped (Strapi
 * allows one instance per process), then boots the source again.
 */
const whileSourceStopped = async (work: () => Promise<void>) => {
  const database = await pauseTestApp(source.app);
  try {
    await work();
  } finally {
    source = await localSite(await resumeTestApp(database), source.adminToken);
  }
};

describe('export and import', () => {
  it('carry every series list into a fresh database (plain archive)', async () => {
    const archive = await exportArchive(source.app, { plain: true });
    await whileSourceStopped(async () => {
      const target = await boot();
      try {
        await importArchive(target.app, archive);
        await settled(target);
        expect(await seen(target, seeded)).toEqual(before);
      } finally {
        await target.app.stop();
      }
    });
  });

  it('leave nothing of a site that had content of its own (encrypted, compressed archive), and tell front ends to purge', async () => {
    const archive = await exportArchive(source.app);
    await whileSourceStopped(async () => {
      const target = await boot();
      try {
        await seed(target);
        const webhook = await startWebhookReceiver(target, target.adminToken);
        try {
          await importArchive(target.app, archive);
          await settled(target);
          expect(await seen(target, seeded)).toEqual(before);
          await waitFor(() => purgesOf(webhook.received).length > 0);
          expect(purgesOf(webhook.received)).toEqual(
            expect.arrayContaining([
              { type: BUILT_IN.uid, locale: 'en', tag: `newsroom-type:${BUILT_IN.uid}:en`, reason: 'data-transfer' },
              { type: BUILT_IN.uid, locale: 'fr', tag: `newsroom-type:${BUILT_IN.uid}:fr`, reason: 'data-transfer' },
              { type: POST.uid, locale: null, tag: `newsroom-type:${POST.uid}`, reason: 'data-transfer' },
            ])
          );
        } finally {
          await webhook.close();
        }
      } finally {
        await target.app.stop();
      }
    });
  });

  (databaseClient() === 'sqlite' ? it : it.skip)('move a site from SQLite to PostgreSQL', async () => {
    const archive = await exportArchive(source.app);
    await whileSourceStopped(async () => {
      const app = await startTestAppOn('postgres');
      try {
        // Created through i18n as a site would have it (a locale only imported is missing from the super admin's role).
        const target = await withFrench(app);
        await importArchive(target.app, archive);
        await settled(target);
        expect(await seen(target, seeded)).toEqual(before);
      } finally {
        await app.stop();
      }
    });
  });
});

const waitFor = async (condition: () => boolean, timeoutMs = 10_000) => {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('transfer between running instances', () => {
  let remote: (Site & { url: URL; stop(): Promise<void> }) | undefined;
  afterAll(async () => {
    await remote?.stop();
  });

  it('pushed: the receiving instance answers fresh at once and tells front ends to purge', async () => {
    const database = await createTestDatabase();
    const second = await startSecondInstance({ ...database.env, NEWSROOM_DOCUMENTATION: 'false' }, 24000 + (process.pid % 9000));
    const knex = knexFactory(database.knexConfig);
    const http = () => supertest.agent(second.baseUrl);
    const login = await http().post('/admin/login').send({ email: 'editor@newsroom.example.com', password: 'Newsroom-playground-1' });
    remote = {
      http,
      knex,
      adminToken: login.body.data.token,
      url: new URL(`${second.baseUrl}/admin`),
      async stop() {
        await second.stop();
        await knex.destroy();
        await database.drop();
      },
    };
    // Created through i18n as on any site (a locale that only arrives by transfer is missing from the super admin's role).
    const french = await http()
      .post('/i18n/locales')
      .set('Authorization', `Bearer ${remote.adminToken}`)
      .send({ code: 'fr', name: 'French (fr)', isDefault: false });
    expect(french.status).toBe(200);
    const webhook = await startWebhookReceiver(remote, remote.adminToken);
    try {
      // An answer the remote cached before the transfer: a page it does not have.
      const missing = seeded.members[0].documentId;
      expect((await reader(remote, `/read/${missing}?locale=en`)).status).toBe(404);
      expect((await reader(remote, `/read/${missing}?locale=en`)).status).toBe(404);
      await pushTo(source.app, { url: remote.url, token: await createTransferToken(remote, remote.adminToken) });
      await waitFor(() => purgesOf(webhook.received).some((purge) => purge.reason === 'data-transfer'));
    } finally {
      await webhook.close();
    }
    expect(await seen(remote, seeded)).toEqual(before);
  });

  it('pulled: the pulling instance gets every list; the instance pulled from sends no purge', async () => {
    if (!remote) throw new Error('needs the pushed instance');
    const webhook = await startWebhookReceiver(remote, remote.adminToken);
    try {
      await pullFrom(source.app, { url: remote.url, token: await createTransferToken(remote, remote.adminToken) });
      await settled(source);
      expect(await seen(source, seeded)).toEqual(before);
      // Give the remote the time an event would take; it changed nothing, so it sends none.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(purgesOf(webhook.received)).toEqual([]);
    } finally {
      await webhook.close();
    }
  });
});

describe('turning the plugin off and on again', () => {
  it('keeps built-in articles, their links, series and their lists, and summaries', async () => {
    const count = async (app: TestApp) => ({
      articles: await app.strapi.db.connection('newsroom_articles').count({ count: '*' }),
      series: await app.strapi.db.connection('newsroom_series').count({ count: '*' }),
    });
    const counted = await count(source.app);
    const off = await restartTestApp(source.app, { NEWSROOM_ENABLED: 'false' });
    expect(off.strapi.plugin('newsroom')).toBeUndefined();
    const on = await restartTestApp(off, { NEWSROOM_ENABLED: 'true' });
    source = await localSite(on, source.adminToken);
    expect(await count(on)).toEqual(counted);
    expect(await seen(source, seeded)).toEqual(before);
  });
});

describe('upgrading from index-only series storage', () => {
  it('moves the lists the index table holds into series that never held one', async () => {
    const { connection } = source.app.strapi.db;
    const table = 'newsroom_series';
    const stored = await connection(table).select('id', 'articles').where({ document_id: seeded.posts });
    await connection(table).where({ document_id: seeded.posts }).update({ articles: null });
    source = await localSite(await restartTestApp(source.app), source.adminToken);
    expect(await seen(source, seeded)).toEqual(before);
    const adopted = await source.app.strapi.db.connection(table).select('id', 'articles').where({ document_id: seeded.posts });
    const parse = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
    expect(adopted.map((row: any) => parse(row.articles))).toEqual(stored.map((row: any) => parse(row.articles)));
  });
});

describe('deleting a locale', () => {
  let second: SecondInstance | undefined;
  let webhook: WebhookReceiver | undefined;
  afterAll(async () => {
    await webhook?.close();
    await second?.stop();
  });

  it('takes its series lists, drops cached answers at once on every instance, names its pages, and a re-added locale starts empty', async () => {
    const frMember = seeded.members.find((member) => member.locale === 'fr')!;
    const frPath = `/api/newsroom/read/${frMember.documentId}?locale=fr`;
    const readers = [source.app.http()];
    if (databaseClient() !== 'sqlite') {
      // The same plugins as this process's app: i18n's locale deletion walks every admin permission's action.
      second = await startSecondInstance({ ...source.app.database.env, NEWSROOM_DOCUMENTATION: 'false' }, 23000 + (process.pid % 9000));
      readers.push(supertest.agent(second.baseUrl));
    }
    // Cached on every instance.
    for (const agent of readers) for (let round = 0; round < 2; round += 1) expect((await agent.get(frPath)).status).toBe(200);
    webhook = await startWebhookReceiver(source.app, source.adminToken);
    const fr = await source.app.strapi.plugin('i18n').service('locales').findByCode('fr');
    const deleted = await source.app.http().delete(`/i18n/locales/${fr.id}`).set('Authorization', `Bearer ${source.adminToken}`);
    if (deleted.status !== 200) throw new Error(`deleting the locale answered ${deleted.status}: ${JSON.stringify(deleted.body)}`);
    await settled(source);

    for (const agent of readers) expect((await agent.get(frPath)).status).toBe(400);
    const index = await source.app.strapi.db.connection(INDEX_TABLE).select('locale');
    expect(index.filter((row: any) => row.locale === 'fr')).toEqual([]);
    const { received } = webhook;
    await waitFor(() => received.some((event) => event.pages.some((page) => page.reasons.includes('locale-deleted'))));
    const event = received.find((candidate) => candidate.pages.some((page) => page.reasons.includes('locale-deleted')))!;
    const frArticles = (before.lists[`${seeded.both}/fr/published`] as Array<[string, number]>).map(([documentId]) => documentId);
    expect(
      event.pages
        .filter((page) => page.locale === 'fr')
        .map((page) => page.documentId)
        .sort()
    ).toEqual(expect.arrayContaining(frArticles));
    expect(event.purge).toEqual([{ type: BUILT_IN.uid, locale: 'fr', tag: `newsroom-type:${BUILT_IN.uid}:fr`, reason: 'locale-deleted' }]);

    await source.app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
    expect((await admin(source).get(seeded.both, 'fr')).status).toBe(404);
    expect((await source.app.http().get(frPath)).status).toBe(404);
    // The other locale is untouched.
    expect((await admin(source).get(seeded.both, 'en')).body.data.articles).toHaveLength(3);
  });
});
