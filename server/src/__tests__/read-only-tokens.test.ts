import { asksReaderActionsOnly } from '../read-only-tokens';

describe('which scopes a read-only API token passes through the plugin', () => {
  it('passes the reader actions, alone or together', () => {
    expect(asksReaderActionsOnly({ scope: ['plugin::newsroom.reader.read'] })).toBe(true);
    expect(asksReaderActionsOnly({ scope: 'plugin::newsroom.reader.continue' })).toBe(true);
    expect(asksReaderActionsOnly({ scope: ['plugin::newsroom.reader.summary', 'plugin::newsroom.reader.series'] })).toBe(true);
  });

  it("leaves everything else to Strapi's rule: writes, other plugins' actions, a mix, no scope", () => {
    expect(asksReaderActionsOnly({ scope: ['plugin::newsroom.article.create'] })).toBe(false);
    expect(asksReaderActionsOnly({ scope: ['plugin::newsroom.reader.read', 'api::post.post.update'] })).toBe(false);
    expect(asksReaderActionsOnly({ scope: ['plugin::newsroom.reader.unknown'] })).toBe(false);
    expect(asksReaderActionsOnly({})).toBe(false);
    expect(asksReaderActionsOnly(undefined)).toBe(false);
    expect(asksReaderActionsOnly({ scope: [42] })).toBe(false);
  });
});
