import { createAnswerCache, type CachedAnswer } from '../answer-cache';

const answer = (tags: string[], json = '{"data":{}}'): CachedAnswer => ({ etag: `"${tags.join('-')}"`, json, tags });

describe('answer cache', () => {
  it('answers what it stored, by key', () => {
    const cache = createAnswerCache({ maxBytes: 100_000, ttlMs: 0 });
    expect(cache.set('read|a', answer(['newsroom:a']), cache.generation())).toBe(true);
    expect(cache.get('read|a')?.tags).toEqual(['newsroom:a']);
    expect(cache.get('read|b')).toBeUndefined();
  });

  it('drops every answer that shows an invalidated tag, and only those', () => {
    const cache = createAnswerCache({ maxBytes: 100_000, ttlMs: 0 });
    cache.set('read|a', answer(['newsroom:a', 'newsroom:b']), cache.generation());
    cache.set('read|b', answer(['newsroom:b', 'newsroom:c']), cache.generation());
    cache.set('read|d', answer(['newsroom:d']), cache.generation());
    cache.invalidate(['newsroom:c']);
    expect(cache.get('read|a')).toBeDefined();
    expect(cache.get('read|b')).toBeUndefined();
    cache.invalidate(['newsroom:b']);
    expect(cache.get('read|a')).toBeUndefined();
    expect(cache.get('read|d')).toBeDefined();
    expect(cache.stats()).toMatchObject({ entries: 1, tags: 1 });
  });

  it('refuses an answer computed across an invalidation: it may predate the write', () => {
    const cache = createAnswerCache({ maxBytes: 100_000, ttlMs: 0 });
    const before = cache.generation();
    cache.invalidate(['newsroom:unrelated']);
    expect(cache.set('read|a', answer(['newsroom:a']), before)).toBe(false);
    expect(cache.get('read|a')).toBeUndefined();
  });

  it('stays within its byte budget, evicting the least recently used and unindexing it', () => {
    const json = JSON.stringify({ data: 'x'.repeat(1_000) });
    const cache = createAnswerCache({ maxBytes: 10_000, ttlMs: 0 });
    for (let index = 0; index < 20; index += 1) cache.set(`read|${index}`, answer([`newsroom:${index}`], json), cache.generation());
    expect(cache.stats().bytes).toBeLessThanOrEqual(10_000);
    expect(cache.get('read|19')).toBeDefined();
    expect(cache.get('read|0')).toBeUndefined();
    expect(cache.stats().tags).toBe(cache.stats().entries);
  });

  it('keeps nothing when off (0 bytes) or when one answer alone is over budget', () => {
    const off = createAnswerCache({ maxBytes: 0, ttlMs: 0 });
    expect(off.set('read|a', answer(['newsroom:a']), off.generation())).toBe(false);
    const small = createAnswerCache({ maxBytes: 500, ttlMs: 0 });
    expect(small.set('read|a', answer(['newsroom:a'], 'x'.repeat(1_000)), small.generation())).toBe(false);
    expect(small.get('read|a')).toBeUndefined();
  });

  it('forgets answers older than ttlMs', () => {
    let clock = 5_000;
    const cache = createAnswerCache({ maxBytes: 100_000, ttlMs: 1_000, now: () => clock });
    cache.set('read|a', answer(['newsroom:a']), cache.generation());
    clock += 999;
    expect(cache.get('read|a')).toBeDefined();
    clock += 2;
    expect(cache.get('read|a')).toBeUndefined();
  });

  it('clear drops everything and refuses answers computed before it', () => {
    const cache = createAnswerCache({ maxBytes: 100_000, ttlMs: 0 });
    const before = cache.generation();
    cache.set('read|a', answer(['newsroom:a']), before);
    cache.clear();
    expect(cache.get('read|a')).toBeUndefined();
    expect(cache.set('read|b', answer(['newsroom:b']), before)).toBe(false);
    expect(cache.stats()).toEqual({ entries: 0, bytes: 0, tags: 0 });
  });
});
