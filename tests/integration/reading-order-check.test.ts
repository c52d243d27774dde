import { restrictedAdminToken, superAdminToken } from './helpers/auth';
import { expectClientError, expectForbidden } from './helpers/http';
import { createChain, findViolations } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';
import {
  contentManagerProperties,
  describeIfLocalized,
  documentsOf,
  localeOf,
  localeParam,
  localizedOnly,
  SUBJECTS,
  withType,
  type Subject,
} from './helpers/subjects';

/**
 * `GET /newsroom/check` and `POST /newsroom/repair`: damage injected by direct
 * SQL (as an import or another plugin would leave it) is reported with its kind
 * and articles, a dry run changes nothing, a repair fixes it, and a second check
 * finds nothing.
 */
let app: TestApp;
let adminToken: string;

beforeAll(async () => {
  app = await startTestApp();
  adminToken = await superAdminToken(app);
  await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
});
afterAll(async () => {
  await app?.stop();
});

const READ = 'plugin::newsroom.reading-order.read';
const UPDATE = 'plugin::newsroom.reading-order.update';

describe.each(SUBJECTS.map((s) => [s.name, s] as const))('on %s', (_name, subject: Subject) => {
  const knex = () => app.strapi.db.connection;
  const metadata = () => app.strapi.db.metadata.get(subject.uid as any) as any;
  const titleColumn = () => metadata().attributes[subject.fields.title].columnName as string;
  /** The join table of the link fields: `hasPrevious` is the article, `previous` the one before it. */
  const linkTable = () => {
    const joinTable = metadata().attributes[subject.fields.previous].joinTable;
    return {
      name: joinTable.name as string,
      hasPrevious: joinTable.joinColumn.name as string,
      previous: joinTable.inverseJoinColumn.name as string,
    };
  };
  const allLinkRows = () => knex()(linkTable().name).select('*').orderBy('id');

  /** The row id of an article version. */
  const rowOf = async (documentId: string, status: 'draft' | 'published', locale = 'en') => {
    const query = knex()(metadata().tableName).where('document_id', documentId);
    if (subject.localized) query.where('locale', locale);
    if (status === 'draft') query.whereNull('published_at');
    else query.whereNotNull('published_at');
    const row = await query.first('id');
    if (!row) throw new Error(`no ${status} row of ${documentId}`);
    return Number(row.id);
  };

  /** A link row written straight to the join table, bypassing every rule. */
  const insertLink = (previousRow: number, nextRow: number, trx: any = knex()) => {
    const { name, hasPrevious, previous } = linkTable();
    return trx(name).insert({
      [hasPrevious]: nextRow,
      [previous]: previousRow,
    });
  };

  /** Foreign keys off for one write: how a dump restored out of order leaves a link to a row that is gone. */
  const withoutForeignKeys = async (work: (trx: any) => Promise<unknown>) => {
    const client = app.strapi.db.dialect.client;
    if (client === 'sqlite') {
      await knex().raw('PRAGMA foreign_keys = OFF');
      try {
        await work(knex());
      } finally {
        await knex().raw('PRAGMA foreign_keys = ON');
      }
      return;
    }
    await knex().transaction(async (trx: any) => {
      if (client === 'postgres') await trx.raw('SET LOCAL session_replication_role = replica');
      else await trx.raw('SET FOREIGN_KEY_CHECKS = 0');
      await work(trx);
      if (client === 'mysql') await trx.raw('SET FOREIGN_KEY_CHECKS = 1');
    });
  };

  const publish = (documentId: string, locale = 'en') =>
    documentsOf(app, subject).publish({
      documentId,
      ...localeParam(subject, locale),
    } as any);

  const localeQuery = (locale = 'en') => (subject.localized ? `?locale=${locale}` : '');
  const check = (locale = 'en', token = adminToken) =>
    app
      .http()
      .get(withType(subject, `/newsroom/check${localeQuery(locale)}`))
      .set('Authorization', `Bearer ${token}`);
  const repairBody = (body: Record<string, unknown>) => ({
    ...(subject.uid === 'plugin::newsroom.article' ? {} : { type: subject.uid }),
    ...(subject.localized ? { locale: 'en' } : {}),
    ...body,
  });
  const repair = (body: unknown, token = adminToken) =>
    app
      .http()
      .post('/newsroom/repair')
      .set('Authorization', `Bearer ${token}`)
      .send(body as object);

  const article = (documentId: string, status: 'draft' | 'published' = 'draft', locale = 'en') => ({
    documentId,
    locale: localeOf(subject, locale),
    status,
  });

  /** The whole round: the check names the damage, a dry run changes nothing, the repair fixes it, a second check finds nothing. */
  const expectFound = async (kind: string, articles: Array<ReturnType<typeof article> | { status: 'missing' }>, locale = 'en') => {
    const found = await check(locale);
    expect(found.status).toBe(200);
    expect(found.body.data.problems).toEqual([
      {
        kind,
        articles: expect.arrayContaining(articles.map((item) => expect.objectContaining(item))),
        detail: expect.any(String),
      },
    ]);

    const before = await allLinkRows();
    const dryRun = await repair(repairBody({ dryRun: true, ...(subject.localized ? { locale } : {}) }));
    expect(dryRun.status).toBe(200);
    expect(dryRun.body.data).toMatchObject({
      dryRun: true,
      problems: [{ kind, fix: expect.any(String) }],
      counts: { problems: 1, linksRemoved: 1, linksAdded: 0, seriesListsRewritten: 0, seriesIndexRows: 0 },
    });
    expect(await allLinkRows()).toEqual(before);

    const repaired = await repair(repairBody({ dryRun: false, ...(subject.localized ? { locale } : {}) }));
    expect(repaired.status).toBe(200);
    expect(repaired.body.data).toMatchObject({
      dryRun: false,
      problems: [{ kind }],
      counts: { problems: 1, linksRemoved: 1, linksAdded: 0, seriesListsRewritten: 0, seriesIndexRows: 0 },
    });
    expect(await allLinkRows()).toHaveLength(before.length - 1);

    expect((await check(locale)).body.data.problems).toEqual([]);
    expect(await findViolations(app, subject)).toEqual([]);
  };

  it('reports no problem on a healthy order whose drafts stage a different order', async () => {
    const [a, b, c] = await createChain(app, 3, 'en', subject);
    for (const id of [a, b, c]) await publish(id);
    // Staged: the draft of c leaves the order; the published order keeps a -> b -> c until c is published.
    await documentsOf(app, subject).update({
      documentId: c,
      ...localeParam(subject),
      data: { [subject.fields.previous]: null },
    } as any);
    expect((await check()).body).toEqual({ data: { problems: [], hidden: 0 } });
    const dryRun = await repair(repairBody({ dryRun: true }));
    expect(dryRun.body.data).toEqual({
      dryRun: true,
      problems: [],
      hidden: 0,
      counts: { problems: 0, linksRemoved: 0, linksAdded: 0, seriesListsRewritten: 0, seriesIndexRows: 0 },
    });
  });

  it('finds an article whose next and previous links disagree (A.next is B, B.previous is C)', async () => {
    const [a, b] = await createChain(app, 2, 'en', subject);
    const [c] = await createChain(app, 1, 'en', subject);
    await insertLink(await rowOf(c, 'draft'), await rowOf(b, 'draft'));
    await expectFound('asymmetric-link', [article(a), article(b), article(c)]);
  });

  it('finds an order that loops and breaks it', async () => {
    const [a, b, c] = await createChain(app, 3, 'en', subject);
    await insertLink(await rowOf(c, 'draft'), await rowOf(a, 'draft'));
    await expectFound('loop', [article(a), article(b), article(c)]);
  });

  it('finds an article linked to itself', async () => {
    const [a] = await createChain(app, 1, 'en', subject);
    const row = await rowOf(a, 'draft');
    await insertLink(row, row);
    await expectFound('loop', [article(a)]);
  });

  it('finds a published article linked to a draft (readers would see it)', async () => {
    const [a] = await createChain(app, 1, 'en', subject);
    const [b] = await createChain(app, 1, 'en', subject);
    await publish(a);
    await insertLink(await rowOf(a, 'published'), await rowOf(b, 'draft'));
    await expectFound('published-links-draft', [article(a, 'published'), article(b, 'draft')]);
  });

  it('finds a published article linked to the draft of another published document', async () => {
    const [a] = await createChain(app, 1, 'en', subject);
    const [b] = await createChain(app, 1, 'en', subject);
    await publish(a);
    await publish(b);
    await insertLink(await rowOf(a, 'draft'), await rowOf(b, 'published'));
    await expectFound('published-links-draft', [article(a, 'draft'), article(b, 'published')]);
  });

  it('finds a link to a row that no longer exists (or belongs to another table)', async () => {
    const [a] = await createChain(app, 1, 'en', subject);
    const { max } = (await knex()(metadata().tableName).max({ max: 'id' }).first()) as { max: number };
    const row = await rowOf(a, 'draft');
    await withoutForeignKeys((trx) => insertLink(row, Number(max) + 1000, trx));
    await expectFound('dangling-link', [article(a), { status: 'missing' }]);
  });

  it('names each article version by its title as well as its documentId (null for a row that no longer exists)', async () => {
    const [a] = await createChain(app, 1, 'en', subject);
    const [b] = await createChain(app, 1, 'en', subject);
    await publish(a);
    await knex()(metadata().tableName)
      .where({ document_id: a, published_at: null })
      .update({ [titleColumn()]: 'Draft title of a' });
    await insertLink(await rowOf(a, 'published'), await rowOf(b, 'draft'));
    const { max } = (await knex()(metadata().tableName).max({ max: 'id' }).first()) as { max: number };
    await withoutForeignKeys(async (trx) => insertLink(await rowOf(b, 'draft'), Number(max) + 1000, trx));
    const problems = (await check()).body.data.problems;
    const titles = (kind: string) =>
      problems.find((problem: { kind: string }) => problem.kind === kind).articles.map((item: { title: string | null }) => item.title);
    const [publishedTitle, draftTitle] = await Promise.all(
      [
        [a, 'published'],
        [b, 'draft'],
      ].map(
        async ([documentId, status]) =>
          (
            await knex()(metadata().tableName)
              .where({ id: await rowOf(documentId, status as 'draft' | 'published') })
              .first(titleColumn())
          )[titleColumn()]
      )
    );
    // The published version's own title, not the draft's.
    expect(publishedTitle).not.toBe('Draft title of a');
    expect(titles('published-links-draft').sort()).toEqual([publishedTitle, draftTitle].sort());
    expect(titles('dangling-link')).toEqual(expect.arrayContaining([draftTitle, null]));
    await repair(repairBody({ dryRun: false }));
    expect((await check()).body.data.problems).toEqual([]);
  });

  describeIfLocalized(subject)('across locales', () => {
    it.each(['en', 'fr'])('finds a link across locales, checked from %s', async (locale) => {
      const [a] = await createChain(app, 1, 'en', subject);
      const [f] = await createChain(app, 1, 'fr', subject);
      await insertLink(await rowOf(a, 'draft', 'en'), await rowOf(f, 'draft', 'fr'));
      await expectFound('cross-locale-link', [article(a, 'draft', 'en'), article(f, 'draft', 'fr')], locale);
    });
  });

  it('keeps the oldest copy of a link stored twice (once the unique index on the pair is gone)', async () => {
    const [a, b] = await createChain(app, 2, 'en', subject);
    const { name, hasPrevious, previous } = linkTable();
    const [previousRow, nextRow] = [await rowOf(a, 'draft'), await rowOf(b, 'draft')];
    // Strapi declares the pair unique: a second copy only exists where that index was lost (an old dump, a
    // hand-made table). Where the database has it, it is dropped for the test and restored after the repair.
    const copied = await insertLink(previousRow, nextRow).then(
      () => true,
      () => false
    );
    let dropped: string | null = null;
    if (!copied) {
      dropped = (app.strapi.db.metadata.get(name as any) as any).indexes.find((index: { type?: string }) => index.type === 'unique').name;
      await knex().schema.alterTable(name, (table: any) => table.dropUnique([hasPrevious, previous], dropped!));
      await insertLink(previousRow, nextRow);
    }
    try {
      await expectFound('duplicate-link', [article(a), article(b)]);
    } finally {
      if (dropped) await knex().schema.alterTable(name, (table: any) => table.unique([hasPrevious, previous], { indexName: dropped! }));
    }
  });

  it('repairs several kinds of damage at once, leaving nothing for a second check', async () => {
    const [a, b, c] = await createChain(app, 3, 'en', subject);
    const [d] = await createChain(app, 1, 'en', subject);
    await publish(d);
    await insertLink(await rowOf(c, 'draft'), await rowOf(a, 'draft'));
    await insertLink(await rowOf(d, 'draft'), await rowOf(b, 'draft'));
    await insertLink(await rowOf(d, 'published'), await rowOf(a, 'draft'));
    const found = (await check()).body.data.problems.map((problem: { kind: string }) => problem.kind).sort();
    expect(found).toEqual(['asymmetric-link', 'loop', 'published-links-draft'].sort());
    const repaired = await repair(repairBody({ dryRun: false }));
    expect(repaired.body.data.counts).toEqual({
      problems: 3,
      linksRemoved: 3,
      linksAdded: 0,
      seriesListsRewritten: 0,
      seriesIndexRows: 0,
    });
    expect((await check()).body.data.problems).toEqual([]);
    expect(await findViolations(app, subject)).toEqual([]);
  });

  it('lists the published pages a repair changes in newsroom.revalidate, and a dry run none', async () => {
    const [a, b] = await createChain(app, 2, 'en', subject);
    await publish(a);
    await publish(b);
    await insertLink(await rowOf(b, 'published'), await rowOf(a, 'published'));
    const events: Array<{ pages: Array<{ documentId: string }> }> = [];
    const listener = async (event: (typeof events)[number]) => {
      events.push(event);
    };
    const revalidation = app.strapi.plugin('newsroom').service('revalidation');
    // The publications' own events first, so that only the repair's are heard.
    await revalidation.settled();
    app.strapi.eventHub.on('newsroom.revalidate', listener);
    try {
      await repair(repairBody({ dryRun: true }));
      await revalidation.settled();
      expect(events).toEqual([]);
      expect((await repair(repairBody({ dryRun: false }))).body.data.counts).toEqual({
        problems: 1,
        linksRemoved: 1,
        linksAdded: 0,
        seriesListsRewritten: 0,
        seriesIndexRows: 0,
      });
      await revalidation.settled();
    } finally {
      app.strapi.eventHub.off('newsroom.revalidate', listener);
    }
    // The loop a -> b -> a loses one link: one article loses its next, the other its previous.
    expect(events.flatMap((event) => event.pages.map((page) => page.documentId))).toEqual(expect.arrayContaining([a, b]));
  });

  it('repairs a loop made in draft links only at the link readers do not have, so the next publication keeps their order', async () => {
    const ids = await createChain(app, 4, 'en', subject);
    for (const id of ids) await publish(id);
    const [a, , , d] = ids;
    // d -> a closes the loop in drafts only; readers still see a, b, c, d.
    await insertLink(await rowOf(d, 'draft'), await rowOf(a, 'draft'));
    const plan = await repair(repairBody({ dryRun: true }));
    expect(plan.body.data.problems.map((problem: { kind: string }) => problem.kind)).toEqual(['loop']);
    await repair(repairBody({ dryRun: false }));
    expect((await check()).body.data.problems).toEqual([]);
    for (const id of ids) await publish(id);
    const published = await app
      .http()
      .get(
        `/api/newsroom/articles/${a}/reading-order?after=3&before=0${subject.localized ? '&locale=en' : ''}${subject === SUBJECTS[0] ? '' : `&type=${subject.uid}`}`
      );
    expect(published.body.data.map((item: { documentId: string }) => item.documentId)).toEqual(ids);
  });

  describe('series lists', () => {
    const SERIES_UID = 'plugin::newsroom.series';
    /** A series of the subject in `en` whose draft holds `articles`; its stored value is then overwritten by SQL. */
    const damagedSeries = async (articles: string[], stored: unknown) => {
      const title = `Damaged ${Math.random().toString(36).slice(2, 10)}`;
      const { documentId } = await app.strapi
        .documents(SERIES_UID as any)
        .create({ data: { title, slug: title.toLowerCase().replace(/ /g, '-'), articleType: subject.uid }, locale: 'en' } as any);
      const put = await app
        .http()
        .put(`/newsroom/series/${documentId}/articles?locale=en`)
        .set('Authorization', `Bearer ${adminToken}`)
        .send({ articles });
      expect(put.status).toBe(200);
      await knex()('newsroom_series')
        .where({ document_id: documentId })
        .update({ articles: JSON.stringify(stored) });
      return documentId as string;
    };
    const draftList = async (series: string) =>
      (
        await app.http().get(`/newsroom/series/${series}/articles?locale=en`).set('Authorization', `Bearer ${adminToken}`)
      ).body.data.articles.map((article: { documentId: string }) => article.documentId);

    it('finds duplicates, entries that are no documentId, articles that do not exist and a stale index; repairs each and checks clean', async () => {
      const [a, b, c] = await createChain(app, 3, 'en', subject);
      const series = await damagedSeries([a, b, c], [a, b, a, 42, 'no-such-article', c]);
      // The index still describes [a, b, c]; the stored list now differs from it only by what is damaged, and one row more goes.
      await knex()('newsroom_series_articles').where({ series_document_id: series, article_document_id: c }).delete();
      const kinds = (await check()).body.data.problems.map((problem: { kind: string }) => problem.kind).sort();
      expect(kinds).toEqual(['series-index-out-of-date', 'series-list-damaged', 'series-missing-article']);

      const plan = (await repair(repairBody({ dryRun: true }))).body.data;
      expect(plan.counts).toMatchObject({ seriesListsRewritten: 1 });
      expect(plan.problems.find((problem: { kind: string }) => problem.kind === 'series-missing-article')).toMatchObject({
        series: { documentId: series, locale: 'en', status: 'draft' },
        articles: [{ documentId: 'no-such-article', status: 'missing' }],
      });
      // A dry run changes nothing.
      expect((await knex()('newsroom_series').where({ document_id: series }).first('articles')).articles).toBeDefined();
      expect((await check()).body.data.problems).toHaveLength(3);

      const repaired = (await repair(repairBody({ dryRun: false }))).body.data;
      expect(repaired.counts).toMatchObject({ problems: 3, seriesListsRewritten: 1 });
      expect((await check()).body.data.problems).toEqual([]);
      expect(await draftList(series)).toEqual([a, b, c]);
      const index = await knex()('newsroom_series_articles').where({ series_document_id: series }).orderBy('position');
      expect(index.map((row: any) => [row.article_document_id, Number(row.position)])).toEqual([
        [a, 1],
        [b, 2],
        [c, 3],
      ]);
    });
  });

  describe('permissions', () => {
    /** The route policy's answer: the admin lacks the plugin's action. */
    const expectPolicyRefusal = (response: { status: number; body: any }) => {
      expectClientError(response);
      expect(response.status).toBe(403);
    };

    it('refuses the check to an editor without the read-reading-order action', async () => {
      const token = await restrictedAdminToken(app, [
        ['plugin::content-manager.explorer.read', subject.uid, contentManagerProperties(subject)],
      ]);
      expectPolicyRefusal(await check('en', token));
    });

    it('refuses the check to an editor who may not read the type in the Content Manager', async () => {
      const token = await restrictedAdminToken(app, [[READ]]);
      expectForbidden(await check('en', token));
    });

    it('lets an editor who may read but not update preview a repair (a read), and refuses the repair', async () => {
      const token = await restrictedAdminToken(app, [
        [READ],
        [UPDATE],
        ['plugin::content-manager.explorer.read', subject.uid, contentManagerProperties(subject)],
      ]);
      expect((await check('en', token)).status).toBe(200);
      expect((await repair(repairBody({ dryRun: true }), token)).status).toBe(200);
      const refused = await repair(repairBody({ dryRun: false }), token);
      expectForbidden(refused);
      expect(refused.body.error.details).toMatchObject({ action: 'plugin::content-manager.explorer.update', reason: 'permission' });
    });

    it('refuses a repair to an editor without the update-reading-order action, and changes nothing', async () => {
      const [a] = await createChain(app, 1, 'en', subject);
      const row = await rowOf(a, 'draft');
      await insertLink(row, row);
      const before = await allLinkRows();
      const token = await restrictedAdminToken(app, [
        [READ],
        ['plugin::content-manager.explorer.read', subject.uid, contentManagerProperties(subject)],
        ['plugin::content-manager.explorer.update', subject.uid, contentManagerProperties(subject)],
      ]);
      expectPolicyRefusal(await repair(repairBody({ dryRun: false }), token));
      expect(await allLinkRows()).toEqual(before);
      expect((await repair(repairBody({ dryRun: false }))).body.data.counts.linksRemoved).toBe(1);
    });
  });

  describe('bad input', () => {
    const badChecks = [
      ['an unknown type', '/newsroom/check?type=api::nothing.nothing'],
      ['a repeated type', '/newsroom/check?type=a&type=b'],
      ['an object type', '/newsroom/check?type[$ne]=x'],
      ['an object locale', withType(subject, '/newsroom/check?locale[$ne]=en')],
      ['a repeated locale', withType(subject, '/newsroom/check?locale=en&locale=fr')],
      ...localizedOnly(subject, [
        ['an unknown locale', withType(subject, '/newsroom/check?locale=xx')],
        ['a locale in another case', withType(subject, '/newsroom/check?locale=EN')],
      ]),
    ];
    it.each(badChecks)('answers a check with %s with a 400', async (_label, path) => {
      const response = await app.http().get(path).set('Authorization', `Bearer ${adminToken}`);
      expectClientError(response, path);
      expect(response.status).toBe(400);
    });

    const badBodies: Array<[string, unknown]> = [
      ['no dryRun', repairBody({})],
      ['dryRun as a string', repairBody({ dryRun: 'false' })],
      ['dryRun as a number', repairBody({ dryRun: 0 })],
      ['an unknown type', repairBody({ type: 'api::nothing.nothing', dryRun: false })],
      ['a type as an object', repairBody({ type: { $ne: 'x' }, dryRun: false })],
      ['a locale as a list', repairBody({ locale: ['en', 'fr'], dryRun: false })],
      ['an unknown field', repairBody({ dryRun: false, everything: true })],
      ['a list as the body', [repairBody({ dryRun: false })]],
      ...localizedOnly<[string, unknown]>(subject, [['an unknown locale', repairBody({ locale: 'xx', dryRun: false })]]),
    ];
    it.each(badBodies)('answers a repair with %s with a 400 and changes nothing', async (_label, body) => {
      const [a] = await createChain(app, 1, 'en', subject);
      const row = await rowOf(a, 'draft');
      await insertLink(row, row);
      const before = await allLinkRows();
      const response = await repair(body);
      expectClientError(response, _label);
      expect(response.status).toBe(400);
      expect(await allLinkRows()).toEqual(before);
      await repair(repairBody({ dryRun: false }));
    });

    it('answers a malformed JSON body with a 400', async () => {
      const response = await app
        .http()
        .post('/newsroom/repair')
        .set('Authorization', `Bearer ${adminToken}`)
        .set('Content-Type', 'application/json')
        .send('{"dryRun": fal');
      expect(response.status).toBe(400);
    });
  });
});
