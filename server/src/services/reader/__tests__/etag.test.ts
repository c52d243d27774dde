import { etagOf, matchesIfNoneMatch } from '../etag';

describe('etagOf', () => {
  it('is stable for the same parts and changes when any part changes', () => {
    const parts = [12, new Date(1000), null, 'linked'];
    expect(etagOf(parts)).toBe(etagOf([12, new Date(1000), null, 'linked']));
    expect(etagOf(parts)).not.toBe(etagOf([12, new Date(1001), null, 'linked']));
    expect(etagOf(parts)).not.toBe(etagOf([12, new Date(1000), 5, 'linked']));
    expect(etagOf(parts)).toMatch(/^"[A-Za-z0-9_-]+"$/);
  });
});

describe('matchesIfNoneMatch', () => {
  const etag = '"abc"';
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['"abd"', false],
    [undefined, false],
    ['', false],
  ])('%p -> %p', (header, expected) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(expected);
  });
});
