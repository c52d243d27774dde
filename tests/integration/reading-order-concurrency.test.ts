import supertest from 'supertest';

import { createFullAccessToken } from './helpers/auth';
import { databaseClient } from './helpers/database';
import { createChain, findViolations, readLinks } from './helpers/reading-order';
import { startSecondInstance, type SecondInstance } from './helpers/second-instance';
import { startTestApp, type TestApp } from './helpers/strapi';

/*
 * Several Strapi instances share a server database in production. SQLite is not
 * such a database (one writer, one process), so this runs on PostgreSQL and MySQL.
 */
const describeOnServerDatabase = databaseClient() === 'sqlite' ? describe.skip : describe;

const REQUESTS = 60;

describeOnServerDatabase('concurrent link changes from two Strapi processes on one database', () => {
  let app: TestApp;
  let second: SecondInstance;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await createFullAccessToken(app);
    second = await startSecondInstance(app.database.env, 20000 + (process.pid % 10000));
  });
  afterAll(async () => {
    await second?.stop();
    await app?.stop();
  });

  it('keeps the order valid, and every answer is a success that shows in the final state or a clean 4xx', async () => {
    const articles: string[] = [];
    for (let index = 0; index < 12; index += 1) articles.push(...(await createChain(app, 1)));
    const hot = articles.slice(0, 3);

    // Many subjects race for the same three targets, on both sides; the hot articles also
    // link among themselves (a loop if all three won), and every tenth request is a self-link.
    const requests = Array.from({ length: REQUESTS }, (_, index) => {
      const subject = articles[(index * 5) % articles.length];
      const hotTarget = hot[index % hot.length] === subject ? hot[(index + 1) % hot.length] : hot[index % hot.length];
      const target = index % 10 === 9 ? subject : hotTarget;
      const field = index % 4 === 3 ? 'previousArticle' : 'nextArticle';
      return { subject, target, field, instance: index % 2 };
    });

    const responses = await Promise.all(
      requests.map(({ subject, target, field, instance }) => {
        const agent = instance === 0 ? app.http() : supertest(second.baseUrl);
        return agent
          .put(`/api/newsroom/articles/${subject}?status=draft`)
          .set('Authorization', `Bearer ${token}`)
          .send({ data: { [field]: target } });
      })
    );

    const statuses = responses.map((response) => response.status);
    const succeeded = requests.filter((_, index) => statuses[index] === 200);
    const rejected = responses.filter((response) => response.status >= 400 && response.status < 500);
    const finalLinks = (await readLinks(app, 'draft')).filter((row) => articles.includes(row.previous));
    const isFinal = ({ subject, target, field }: (typeof requests)[number]) =>
      finalLinks.some((row) =>
        field === 'nextArticle' ? row.previous === subject && row.next === target : row.previous === target && row.next === subject
      );
    const violations = await findViolations(app);
    // eslint-disable-next-line no-console
    console.info(
      `${REQUESTS} concurrent link requests on ${databaseClient()} from 2 processes: ${succeeded.length} succeeded ` +
        `(${succeeded.filter(isFinal).length} still in the final order, the rest moved on by later requests), ` +
        `${rejected.length} rejected (${[...new Set(rejected.map((response) => response.body.error?.details?.rule))].join(', ')}), ` +
        `${statuses.filter((status) => status >= 500).length} server errors, ${violations.length} violations`
    );

    expect(statuses.every((status) => status === 200 || status === 400 || status === 409)).toBe(true);
    for (const response of responses.filter((candidate) => candidate.status === 400)) {
      expect(response.body.error).toMatchObject({ name: 'ValidationError', details: { rule: expect.any(String) } });
    }
    expect(violations).toEqual([]);
    expect(rejected.length).toBeGreaterThanOrEqual(REQUESTS / 10);

    // Every link left in the order was asked for by a request that succeeded.
    for (const row of finalLinks) {
      const askedFor = succeeded.some(({ subject, target, field }) =>
        field === 'nextArticle'
          ? subject === row.previous && target === row.next
          : subject === row.next && target === row.previous
      );
      expect(askedFor).toBe(true);
    }
    expect(finalLinks.length).toBeGreaterThan(0);
  });
});
