import supertest from 'supertest';

import { superAdminToken } from './helpers/auth';
import { databaseClient } from './helpers/database';
import { expectIntact, readLinks } from './helpers/reading-order';
import { startBeside, type SecondInstance } from './helpers/second-instance';
import { startTestApp, type TestApp } from './helpers/strapi';
import { createSubjectDraft, documentsOf, localeParam, SUBJECTS, type Subject } from './helpers/subjects';

/* Two Strapi processes on one server database (SQLite has one writer, one process), as in reading-order-concurrency. */
const describeOnServerDatabase = databaseClient() === 'sqlite' ? describe.skip : describe;

const MOVES = 24;

describeOnServerDatabase('concurrent moves from two Strapi processes on one database', () => {
  let app: TestApp;
  let second: SecondInstance;
  let token: string;
  let baseUrls: string[];

  beforeAll(async () => {
    app = await startTestApp();
    token = await superAdminToken(app);
    ({ second, baseUrls } = await startBeside(app, 21000 + (process.pid % 10000)));
  });
  afterAll(async () => {
    await second?.stop();
    await app?.stop();
  });

  describe.each(SUBJECTS.map((s) => [s.name, s] as const))('on %s', (_name, subject: Subject) => {
    it('serializes them: every move succeeds, and the articles stay one valid chain', async () => {
      const ids: string[] = [];
      for (let index = 0; index < 10; index += 1) {
        const previous = ids[index - 1];
        const { documentId } = await createSubjectDraft(app, subject, previous ? { [subject.fields.previous]: previous } : {});
        await documentsOf(app, subject).publish({ documentId, ...localeParam(subject) } as any);
        ids.push(documentId);
      }
      const alone = (await createSubjectDraft(app, subject)).documentId;
      const everyone = [...ids, alone];
      const query = `?type=${subject.uid}${subject.localized ? '&locale=en' : ''}`;

      const requests = Array.from({ length: MOVES }, (_, index) => ({
        article: everyone[(index * 7) % everyone.length],
        position: 1 + ((index * 5) % 10),
        apply: index % 3 === 0 ? 'draft' : 'published',
        instance: index % 2,
      }));
      const responses = await Promise.all(
        requests.map(({ instance, ...body }) =>
          supertest(baseUrls[instance]).post(`/newsroom/orders/${ids[0]}/move${query}`).set('Authorization', `Bearer ${token}`).send(body)
        )
      );
      expect(responses.map((response) => response.status)).toEqual(requests.map(() => 200));

      // Whatever order the lock let them through in, the result is one chain of every article.
      const draft = await readLinks(app, 'draft', 'en', subject);
      expect(draft).toHaveLength(everyone.length - 1);
      const next = new Map(draft.map((row) => [row.previous, row.next]));
      const first = everyone.find((documentId) => !draft.some((row) => row.next === documentId))!;
      const order: string[] = [];
      for (let current: string | undefined = first; current !== undefined; current = next.get(current)) order.push(current);
      expect([...order].sort()).toEqual([...everyone].sort());
      // The detail agrees with the links.
      const detail = await supertest(baseUrls[0]).get(`/newsroom/orders/${ids[0]}${query}`).set('Authorization', `Bearer ${token}`);
      expect(detail.body.data.articles.map((article: any) => article.documentId)).toEqual(order);
      await expectIntact(app, subject);
    });
  });
});
