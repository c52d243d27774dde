import { expectClientError } from './helpers/http';
import { useWorkspaceApp, workspaceOf } from './helpers/orders';
import { SUBJECTS, type Subject } from './helpers/subjects';

const current = useWorkspaceApp();

describe.each(SUBJECTS.map((s) => [s.name, s] as const))(
  'GET /newsroom/orders/:documentId with a window on %s',
  (_name, subject: Subject) => {
    const { app, detail, metadata, query, settled, adminToken, clear, publishedChain } = workspaceOf(current, subject);
    const windowOf = (documentId: string, extra: string) =>
      app()
        .http()
        .get(`/newsroom/orders/${documentId}${query(extra)}`)
        .set('Authorization', `Bearer ${adminToken()}`);

    /** The rows the database sends back, from statements naming the subject's table, while `work` runs (knex query-response events). */
    const rowsSent = async (work: () => Promise<unknown>) => {
      // Revalidation events of earlier publications are computed in the background: let them finish first.
      await settled();
      let rows = 0;
      const listener = (response: unknown, query: { sql?: string }) => {
        if (query.sql?.includes(metadata().tableName)) rows += Array.isArray(response) ? response.length : 1;
      };
      app().strapi.db.connection.on('query-response', listener);
      try {
        await work();
      } finally {
        app().strapi.db.connection.off('query-response', listener);
      }
      return rows;
    };

    beforeEach(clear);

    it('answers the articles from place offset + 1, limit of them, and the length of the whole chain', async () => {
      const ids = await publishedChain(7);
      const response = await windowOf(ids[5], '&offset=2&limit=3');
      expect(response.status).toBe(200);
      expect(response.body.data.articles.map((article: any) => article.documentId)).toEqual(ids.slice(2, 5));
      expect(response.body.data).toMatchObject({ publishedOrder: ids.slice(2, 5), staged: false, loop: false, hidden: 0 });
      expect(response.body.meta).toEqual({ offset: 2, limit: 3, total: 7 });
      expect((await windowOf(ids[0], '&offset=5&limit=10')).body.data.articles.map((article: any) => article.documentId)).toEqual(
        ids.slice(5)
      );
      expect((await windowOf(ids[0], '&offset=9&limit=10')).body).toEqual({
        data: { articles: [], publishedOrder: [], staged: false, loop: false, hidden: 0 },
        meta: { offset: 9, limit: 10, total: 7 },
      });
    });

    it('without a limit (or with limit=0) answers the whole chain as before, without meta', async () => {
      const ids = await publishedChain(4);
      const whole = await detail(ids[1]);
      expect(whole.body.meta).toBeUndefined();
      expect(whole.body.data.articles.map((article: any) => article.documentId)).toEqual(ids);
      expect((await windowOf(ids[1], '&limit=0&offset=2')).body).toEqual(whole.body);
    });

    it('shows a staged window: the published order of its articles, not of the chain', async () => {
      const ids = await publishedChain(5);
      const staged = [ids[0], ids[2], ids[1], ids[3], ids[4]];
      const reordered = await app()
        .http()
        .put(`/newsroom/orders/${ids[0]}${query()}`)
        .set('Authorization', `Bearer ${adminToken()}`)
        .send({ order: staged, apply: 'draft' });
      expect(reordered.status).toBe(200);
      const window = (await windowOf(ids[0], '&offset=0&limit=3')).body.data;
      expect(window.articles.map((article: any) => article.documentId)).toEqual(staged.slice(0, 3));
      expect(window).toMatchObject({ staged: true, publishedOrder: ids.slice(0, 3) });
      expect((await windowOf(ids[0], '&offset=3&limit=2')).body.data).toMatchObject({ staged: false, publishedOrder: ids.slice(3) });
    });

    it('the database sends the window, not the chain', async () => {
      const short = await publishedChain(4);
      const small = await rowsSent(() => windowOf(short[0], '&offset=1&limit=2'));
      await clear();
      const long = await publishedChain(40);
      const large = await rowsSent(() => windowOf(long[0], '&offset=30&limit=2'));
      expect(large).toBe(small);
      expect(large).toBeLessThan(40);
    });

    it('refuses a bad window with a 400 and an unknown article with a 404', async () => {
      const ids = await publishedChain(2);
      for (const extra of [
        '&limit=501',
        '&limit=-1',
        '&offset=-1&limit=2',
        '&limit=a',
        '&limit[]=1',
        '&offset=1&offset=2&limit=1',
        '&offset=1000001&limit=1',
      ]) {
        const response = await windowOf(ids[0], extra);
        expect([extra, response.status]).toEqual([extra, 400]);
        expectClientError(response, extra);
      }
      expect((await windowOf('nosuchdocumentidxxxxxxxxx', '&limit=2')).status).toBe(404);
    });
  }
);
