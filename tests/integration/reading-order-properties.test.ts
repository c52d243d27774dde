import fc from 'fast-check';

import { ARTICLE_UID } from './helpers/articles';
import { createChain, findViolations } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const POOL = 5;

type Operation =
  | { kind: 'link'; subject: number; field: 'previousArticle' | 'nextArticle'; target: number }
  | { kind: 'unlink'; subject: number; field: 'previousArticle' | 'nextArticle' }
  | { kind: 'publish' | 'unpublish' | 'discardDraft' | 'delete'; subject: number };

const article = fc.integer({ min: 0, max: POOL - 1 });
const field = fc.constantFrom('previousArticle' as const, 'nextArticle' as const);
const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.tuple(article, field, article).map(([subject, side, target]): Operation => ({ kind: 'link', subject, field: side, target })),
  },
  { weight: 1, arbitrary: fc.tuple(article, field).map(([subject, side]): Operation => ({ kind: 'unlink', subject, field: side })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom('publish' as const, 'unpublish' as const, 'discardDraft' as const, 'delete' as const), article)
      .map(([kind, subject]): Operation => ({ kind, subject })),
  },
);

/** Errors a rule or a missing document may raise; anything else (a 500) fails the property. */
const EXPECTED_ERRORS = new Set(['ValidationError', 'NotFoundError']);

const run = async (ids: string[], op: Operation) => {
  const documents = app.strapi.documents(ARTICLE_UID as any) as any;
  const documentId = ids[op.subject];
  switch (op.kind) {
    case 'link':
      return documents.update({ documentId, locale: 'en', data: { [op.field]: ids[op.target] } });
    case 'unlink':
      return documents.update({ documentId, locale: 'en', data: { [op.field]: null } });
    default:
      return documents[op.kind]({ documentId, locale: 'en' });
  }
};

describe('the reading order under random sequences of operations (fast-check)', () => {
  it('never holds an article linked twice, a self-link, a loop, or a published article linked to a draft', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 4, maxLength: 14 }), async (operations) => {
        const ids: string[] = [];
        for (let index = 0; index < POOL; index += 1) ids.push(...(await createChain(app, 1)));
        for (const op of operations) {
          try {
            await run(ids, op);
          } catch (error) {
            const name = (error as Error).name;
            if (!EXPECTED_ERRORS.has(name)) throw new Error(`${JSON.stringify(op)} failed with ${name}: ${(error as Error).message}`);
          }
          const violations = await findViolations(app);
          if (violations.length > 0) throw new Error(`after ${JSON.stringify(op)}: ${violations.join('; ')}`);
        }
      }),
      { numRuns: 25, seed: 20261123, endOnFailure: true }
    );
  });
});
