import fc from 'fast-check';

import { createChain, findViolations } from './helpers/reading-order';
import { startTestApp, type TestApp } from './helpers/strapi';
import { documentsOf, localeParam, SUBJECTS, type Subject } from './helpers/subjects';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const POOL = 5;

/** A link field by its role; `run` names it in the type's own words. */
type Side = 'previous' | 'next';

type Operation =
  | { kind: 'link'; article: number; field: Side; target: number }
  | { kind: 'unlink'; article: number; field: Side }
  | { kind: 'publish' | 'unpublish' | 'discardDraft' | 'delete'; article: number };

const article = fc.integer({ min: 0, max: POOL - 1 });
const field = fc.constantFrom<Side>('previous', 'next');
const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(article, field, article)
      .map(([from, side, target]): Operation => ({ kind: 'link', article: from, field: side, target })),
  },
  { weight: 1, arbitrary: fc.tuple(article, field).map(([from, side]): Operation => ({ kind: 'unlink', article: from, field: side })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom('publish' as const, 'unpublish' as const, 'discardDraft' as const, 'delete' as const), article)
      .map(([kind, from]): Operation => ({ kind, article: from })),
  }
);

/** Errors a rule or a missing document may raise; anything else (a 500) fails the property. */
const EXPECTED_ERRORS = new Set(['ValidationError', 'NotFoundError']);

const run = async (subject: Subject, ids: string[], op: Operation) => {
  const documents = documentsOf(app, subject) as any;
  const at = { documentId: ids[op.article], ...localeParam(subject) };
  switch (op.kind) {
    case 'link':
      return documents.update({ ...at, data: { [subject.fields[op.field]]: ids[op.target] } });
    case 'unlink':
      return documents.update({ ...at, data: { [subject.fields[op.field]]: null } });
    default:
      return documents[op.kind](at);
  }
};

describe.each(SUBJECTS.map((s) => [s.name, s] as const))(
  'the reading order on %s under random sequences of operations (fast-check)',
  (_name, subject: Subject) => {
    it('never holds an article linked twice, a self-link, a loop, or a published article linked to a draft', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(operation, { minLength: 4, maxLength: 14 }), async (operations) => {
          const ids: string[] = [];
          for (let index = 0; index < POOL; index += 1) ids.push(...(await createChain(app, 1, 'en', subject)));
          for (const op of operations) {
            try {
              await run(subject, ids, op);
            } catch (error) {
              const name = (error as Error).name;
              if (!EXPECTED_ERRORS.has(name))
                throw new Error(`${JSON.stringify(op)} failed with ${name}: ${(error as Error).message}`, { cause: error });
            }
            const violations = await findViolations(app, subject);
            if (violations.length > 0) throw new Error(`after ${JSON.stringify(op)}: ${violations.join('; ')}`);
          }
        }),
        { numRuns: 25, seed: 20261123, endOnFailure: true }
      );
    });
  }
);
