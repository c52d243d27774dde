import supertest from 'supertest';

import { createFullAccessToken } from './helpers/auth';
import { databaseClient } from './helpers/database';
import { createChain, findViolations, readLinks } from './helpers/reading-order';
import { startBeside, type SecondInstance } from './helpers/second-instance';
import { startTestApp, type TestApp } from './helpers/strapi';
import { SUBJECTS, type Subject } from './helpers/subjects';

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
  /** Where each instance listens: this process's app, then the second process. */
  let baseUrls: string[];

  beforeAll(async () => {
    app = await startTestApp();
    token = await createFullAccessToken(app);
    ({ second, baseUrls } = await startBeside(app, 20000 + (process.pid % 10000)));
  });
  afterAll(async () => {
    await second?.stop();
    await app?.stop();
  });

  describe.each(SUBJECTS.map((s) => [s.name, s] as const))('on %s', (_name, subject: Subject) => {
    it('keeps the order valid, and every answer is a success that shows in the final state or a clean 4xx', async () => {
      const articles: string[] = [];
      for (let index = 0; index < 12; index += 1) articles.push(...(await createChain(app, 1, 'en', subject)));
      const hot = articles.slice(0, 3);

      // Many articles race for the same three targets, on both sides; the hot articles also
      // link among themselves (a loop if all three won), and every tenth request is a self-link.
      const requests = Array.from({ length: REQUESTS }, (_, index) => {
        const from = articles[(index * 5) % articles.length];
        const hotTarget = hot[index % hot.length] === from ? hot[(index + 1) % hot.length] : hot[index % hot.length];
        const target = index % 10 === 9 ? from : hotTarget;
        const side: 'previous' | 'next' = index % 4 === 3 ? 'previous' : 'next';
        return { from, target, side, instance: index % 2 };
      });

      const responses = await Promise.all(
        requests.map(({ from, target, side, instance }) =>
          supertest(baseUrls[instance])
            .put(`${subject.restBase}/${from}?status=draft`)
            .set('Authorization', `Bearer ${token}`)
            .send({ data: { [subject.fields[side]]: target } })
        )
      );

      const statuses = responses.map((response) => response.status);
      const succeeded = requests.filter((_, index) => statuses[index] === 200);
      const rejected = responses.filter((response) => response.status >= 400 && response.status < 500);
      const finalLinks = (await readLinks(app, 'draft', 'en', subject)).filter((row) => articles.includes(row.previous));
      const isFinal = ({ from, target, side }: (typeof requests)[number]) =>
        finalLinks.some((row) =>
          side === 'next' ? row.previous === from && row.next === target : row.previous === target && row.next === from
        );
      const violations = await findViolations(app, subject);
      console.info(
        `${REQUESTS} concurrent link requests on ${subject.uid} on ${databaseClient()} from 2 processes: ${succeeded.length} succeeded ` +
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
        const askedFor = succeeded.some(({ from, target, side }) =>
          side === 'next' ? from === row.previous && target === row.next : from === row.next && target === row.previous
        );
        expect(askedFor).toBe(true);
      }
      expect(finalLinks.length).toBeGreaterThan(0);
    });
  });
});
