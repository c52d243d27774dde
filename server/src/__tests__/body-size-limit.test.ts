import { ADMIN_BODY_MAX_BYTES, bodyLimitOf, CONTINUE_BODY_MAX_BYTES, REORDER_BODY_MAX_BYTES } from '../body-size-limit';

describe('the body limit of each plugin route', () => {
  const maxBodyBytes = 2_000_000;

  it('gives a reorder room for 10,000 ids, a suggestion room for the largest body, the rest 64 kB', () => {
    expect(bodyLimitOf('/newsroom/orders/abc', maxBodyBytes)).toBe(REORDER_BODY_MAX_BYTES);
    expect(bodyLimitOf('/newsroom/summary/suggest', maxBodyBytes)).toBeGreaterThan(maxBodyBytes);
    for (const path of [
      '/newsroom/repair',
      '/newsroom/articles/abc/links',
      '/newsroom/bulk/link-by-date',
      '/newsroom/series/abc/articles',
    ]) {
      expect([path, bodyLimitOf(path, maxBodyBytes)]).toEqual([path, ADMIN_BODY_MAX_BYTES]);
    }
    // 10,000 documentIds of 24 characters, quoted and separated, fit.
    expect(10_000 * 27).toBeLessThan(REORDER_BODY_MAX_BYTES);
  });

  it("caps the reader's continue form and leaves every other route to Strapi", () => {
    expect(bodyLimitOf('/api/newsroom/series/the-tram/continue', maxBodyBytes)).toBe(CONTINUE_BODY_MAX_BYTES);
    expect(1_000 * 258).toBeLessThan(CONTINUE_BODY_MAX_BYTES);
    for (const path of ['/api/newsroom/articles', '/content-manager/collection-types/x', '/admin/login', '/api/posts']) {
      expect([path, bodyLimitOf(path, maxBodyBytes)]).toEqual([path, null]);
    }
  });
});
