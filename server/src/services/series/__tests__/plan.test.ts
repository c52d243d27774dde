import fc from 'fast-check';

import {
  decodeList,
  duplicatesOf,
  keepHidden,
  membershipViolation,
  placeIn,
  positionsOf,
  withoutArticle,
  type ArticlesFound,
} from '../plan';

const found = (member: string[], otherLocale: string[] = [], otherType: string[] = []): ArticlesFound => ({
  member: new Set(member),
  otherLocale: new Set(otherLocale),
  otherType: new Set(otherType),
});

describe('membershipViolation', () => {
  it('accepts drafts of the series type and locale, and the empty list', () => {
    expect(membershipViolation(['a', 'b'], found(['a', 'b', 'c']))).toBeNull();
    expect(membershipViolation([], found([]))).toBeNull();
  });

  it('refuses an article twice, naming it once', () => {
    expect(membershipViolation(['a', 'b', 'a', 'a'], found(['a', 'b']))).toEqual({
      reason: 'duplicate',
      details: { rule: 'duplicate', field: 'articles', articles: ['a'] },
    });
  });

  it('refuses articles of another locale as a locale mismatch, before unknown ones', () => {
    expect(membershipViolation(['a', 'fr', 'zz'], found(['a'], ['fr']))).toEqual({
      reason: 'other-locale',
      details: { rule: 'locale-mismatch', field: 'articles', articles: ['fr'] },
    });
  });

  it('refuses articles of another type as not found among the series type, saying why', () => {
    expect(membershipViolation(['a', 'post', 'zz'], found(['a'], [], ['post']))).toEqual({
      reason: 'other-type',
      details: { rule: 'not-found', field: 'articles', articles: ['post'] },
    });
  });

  it('names every unknown article', () => {
    expect(membershipViolation(['a', 'x', 'y'], found(['a']))).toEqual({
      reason: 'unknown',
      details: { rule: 'not-found', field: 'articles', articles: ['x', 'y'] },
    });
  });

  it('refuses exactly the lists with a repeated or missing article', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 8 }),
        fc.subarray(['a', 'b', 'c', 'd', 'e']),
        (articles, member) => {
          const violation = membershipViolation(articles, found(member));
          const valid = new Set(articles).size === articles.length && articles.every((id) => member.includes(id));
          expect(violation === null).toBe(valid);
        }
      )
    );
  });
});

describe('duplicatesOf', () => {
  it('lists each repeated id once, in the order it repeats', () => {
    expect(duplicatesOf(['b', 'a', 'a', 'b', 'c', 'a'])).toEqual(['a', 'b']);
    expect(duplicatesOf(['a', 'b'])).toEqual([]);
  });
});

describe('decodeList', () => {
  it('reads JSON text (SQLite, MariaDB) and arrays (PostgreSQL, MySQL) alike', () => {
    expect(decodeList('["a","b"]')).toEqual({ list: ['a', 'b'], damaged: false });
    expect(decodeList(['a', 'b'])).toEqual({ list: ['a', 'b'], damaged: false });
  });

  it('reads a series that never held a list as empty, not damaged', () => {
    expect(decodeList(null)).toEqual({ list: [], damaged: false });
  });

  it('keeps the first occurrence of each documentId and reports a duplicate as damage', () => {
    expect(decodeList(['a', 'b', 'a'])).toEqual({ list: ['a', 'b'], damaged: true });
  });

  it('drops what is no documentId and reports it', () => {
    expect(decodeList(['a', 7, '', { id: 1 }, 'x'.repeat(256)])).toEqual({ list: ['a'], damaged: true });
    expect(decodeList('{"a":1}')).toEqual({ list: [], damaged: true });
    expect(decodeList('not json')).toEqual({ list: [], damaged: true });
  });
});

describe('positions', () => {
  it('numbers a list from 1 without gaps', () => {
    expect(positionsOf(['x', 'y'])).toEqual([
      { articleDocumentId: 'x', position: 1 },
      { articleDocumentId: 'y', position: 2 },
    ]);
  });

  it('closes the gap of a removed article: the rest keep their order and count 1..n', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 10 }), fc.nat(), (list, pick) => {
        const removed = list.length > 0 ? list[pick % list.length] : 'none';
        const rest = withoutArticle(list, removed);
        expect(rest).toEqual(list.filter((id) => id !== removed));
        expect(positionsOf(rest).map((row) => row.position)).toEqual(rest.map((_, index) => index + 1));
      })
    );
  });
});

describe('placeIn', () => {
  it('gives the position, the total and the neighbors, null at the ends', () => {
    expect(placeIn(['a', 'b', 'c'], 'a')).toEqual({ position: 1, total: 3, previous: null, next: 'b' });
    expect(placeIn(['a', 'b', 'c'], 'b')).toEqual({ position: 2, total: 3, previous: 'a', next: 'c' });
    expect(placeIn(['a', 'b', 'c'], 'c')).toEqual({ position: 3, total: 3, previous: 'b', next: null });
  });

  it('is null for an article not in the list', () => {
    expect(placeIn(['a'], 'b')).toBeNull();
  });
});

describe('keepHidden', () => {
  const hidden = (documentId: string) => documentId.startsWith('x');

  it('is the list as sent when the admin may read every member', () => {
    expect(keepHidden(['a', 'b', 'c'], ['c', 'a'], () => false)).toEqual(['c', 'a']);
  });

  it('keeps the members the admin may not read at their positions, around the new order of the others', () => {
    expect(keepHidden(['x1', 'a', 'b'], ['b', 'a', 'c'], hidden)).toEqual(['x1', 'b', 'a', 'c']);
    expect(keepHidden(['a', 'x1', 'b'], ['b', 'a'], hidden)).toEqual(['b', 'x1', 'a']);
    expect(keepHidden(['a', 'x1', 'b'], ['a', 'b', 'c'], hidden)).toEqual(['a', 'x1', 'b', 'c']);
  });

  it('moves hidden members up in their order when the list gets shorter than their positions', () => {
    expect(keepHidden(['a', 'b', 'c', 'x1', 'x2'], ['a'], hidden)).toEqual(['a', 'x1', 'x2']);
    expect(keepHidden(['x1', 'a', 'x2'], [], hidden)).toEqual(['x1', 'x2']);
  });

  it('places a hidden member the admin names where it is named (the route then needs update on it)', () => {
    expect(keepHidden(['x1', 'a'], ['a', 'x1'], hidden)).toEqual(['a', 'x1']);
  });

  it('keeps every member and the order of the sent ones, whatever the lists', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c', 'd', 'x1', 'x2', 'x3')),
        fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c', 'e')),
        (current, shown) => {
          const list = keepHidden(current, shown, hidden);
          const kept = current.filter(hidden);
          expect(list.filter((id) => !kept.includes(id))).toEqual(shown);
          expect(list.filter((id) => kept.includes(id))).toEqual(kept);
        }
      )
    );
  });
});
