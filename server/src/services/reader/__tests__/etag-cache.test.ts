import { createEtagCache } from '../etag-cache';

const answer = (etag: string) => ({ etag, tags: ['newsroom:doc:en'] });

describe('createEtagCache', () => {
  it('remembers an ETag until its time is up', () => {
    const cache = createEtagCache();
    cache.set('read|a|en', answer('"x"'), 1000, cache.generation(), 0);
    expect(cache.get('read|a|en', 999)).toEqual(answer('"x"'));
    expect(cache.get('read|a|en', 1000)).toBeUndefined();
  });

  it('remembers nothing with a time of 0 (the cache switched off)', () => {
    const cache = createEtagCache();
    cache.set('k', answer('"x"'), 0, cache.generation(), 0);
    expect(cache.get('k', 0)).toBeUndefined();
  });

  it('forgets everything on clear', () => {
    const cache = createEtagCache();
    cache.set('k', answer('"x"'), 1000, cache.generation(), 0);
    cache.clear();
    expect(cache.get('k', 1)).toBeUndefined();
  });

  it('drops the oldest entry beyond its size', () => {
    const cache = createEtagCache(2);
    cache.set('a', answer('"a"'), 1000, cache.generation(), 0);
    cache.set('b', answer('"b"'), 1000, cache.generation(), 0);
    cache.set('c', answer('"c"'), 1000, cache.generation(), 0);
    expect([cache.get('a', 1), cache.get('b', 1), cache.get('c', 1)]).toEqual([undefined, answer('"b"'), answer('"c"')]);
  });

  it('ignores an ETag computed before a clear (a write committed while it was computed)', () => {
    const cache = createEtagCache();
    const computedAt = cache.generation();
    cache.clear();
    cache.set('k', answer('"stale"'), 1000, computedAt, 0);
    expect(cache.get('k', 1)).toBeUndefined();
  });
});
