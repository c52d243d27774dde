import { leakedArticles } from '../../scripts/fuzz/admin-visibility';
import type { FuzzResult } from '../../scripts/fuzz/client';

const owners = new Map([
  ['englishonly', { type: 'plugin::newsroom.article', locales: new Set<string | null>(['en']), creators: new Set([1]) }],
  ['frenchtoo', { type: 'plugin::newsroom.article', locales: new Set<string | null>(['en', 'fr']), creators: new Set([1]) }],
  ['ownpost', { type: 'api::post.post', locales: new Set<string | null>([null]), creators: new Set([7]) }],
]);

const answer = (auth: FuzzResult['request']['auth'], body: unknown): FuzzResult => ({
  index: 3,
  request: { family: 'admin', route: 'GET /newsroom/orders', method: 'GET', path: '/newsroom/orders?locale=en', auth, mutation: 'valid' },
  status: 200,
  durationMs: 1,
  serverError: false,
  body: JSON.stringify(body),
});

describe('the fuzz check of what restricted admins are shown', () => {
  it('finds an article the French-only admin may not read, anywhere in the answer', () => {
    const leaks = leakedArticles(
      [answer('admin-fr', { data: { chains: [{ first: { documentId: 'englishonly' } }, { first: { documentId: 'frenchtoo' } }] } })],
      owners,
      { creatorId: 7 }
    );
    expect(leaks.map((leak) => leak.documentId)).toEqual(['englishonly']);
  });

  it("finds another admin's article in the creator-limited admin's answer, and lets its own through", () => {
    const leaks = leakedArticles([answer('admin-creator', { data: ['ownpost', 'frenchtoo', 'not an article'] })], owners, { creatorId: 7 });
    expect(leaks.map((leak) => leak.documentId)).toEqual(['frenchtoo']);
  });

  it('ignores answers it was not given a body for and bodies that are not JSON', () => {
    const { body: _body, ...withoutBody } = answer('admin-fr', {});
    expect(leakedArticles([withoutBody, { ...withoutBody, body: '<html>' }], owners, { creatorId: 7 })).toEqual([]);
  });
});
