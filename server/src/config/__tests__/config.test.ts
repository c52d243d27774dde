import { DEFAULT_CONFIG, validateConfig } from '..';

describe('validateConfig', () => {
  it('accepts the defaults', () => {
    expect(() => validateConfig(DEFAULT_CONFIG)).not.toThrow();
  });

  it.each([[true], [false]])('accepts builtInArticle = %p', (value) => {
    expect(() => validateConfig({ ...DEFAULT_CONFIG, builtInArticle: value })).not.toThrow();
  });

  it.each([['false'], [0], [null]])('rejects builtInArticle = %p and names the key', (value) => {
    expect(() => validateConfig({ ...DEFAULT_CONFIG, builtInArticle: value })).toThrow(/builtInArticle/);
  });

  it('accepts a custom summary.maxLength', () => {
    expect(() => validateConfig({ summary: { maxLength: 280 } })).not.toThrow();
  });

  it.each([[0], [-5], [1.5], ['600'], [null]])('rejects summary.maxLength = %p and names the key', (value) => {
    expect(() => validateConfig({ summary: { maxLength: value } })).toThrow(/summary\.maxLength/);
  });

  it.each([[0], [10_001], [2.5], ['500'], [null]])('rejects bulk.chunkSize = %p and names the key', (value) => {
    expect(() => validateConfig({ bulk: { chunkSize: value } })).toThrow(/bulk\.chunkSize/);
  });

  it('rejects an unknown bulk option by its full path', () => {
    expect(() => validateConfig({ bulk: { chunk: 5 } })).toThrow(/unknown option "bulk\.chunk"/);
  });

  it('rejects an unknown top-level option by name', () => {
    expect(() => validateConfig({ ...DEFAULT_CONFIG, sumary: {} })).toThrow(/unknown option "sumary"/);
  });

  it('rejects an unknown nested option by its full path', () => {
    expect(() => validateConfig({ summary: { maxLenght: 10 } })).toThrow(/unknown option "summary\.maxLenght"/);
  });

  it('reports every problem at once', () => {
    expect(() => validateConfig({ summary: { maxLength: 0 }, extra: true })).toThrow(
      /summary\.maxLength.*;.*extra|extra.*;.*summary\.maxLength/
    );
  });

  it.each([
    ['a name, not a list', { 'api::post.post': 'category' }, /readingOrder\.scopes\["api::post\.post"\] must be a list of attribute names/],
    ['a list, not an object', ['category'], /readingOrder\.scopes must be an object keyed by content-type uid/],
    ['an empty name', { 'api::post.post': [''] }, /readingOrder\.scopes/],
  ])('rejects readingOrder.scopes given as %s', (_label, scopes, expected) => {
    expect(() => validateConfig({ readingOrder: { scopes } })).toThrow(expected);
  });

  it('accepts readingOrder.scopes keyed by uid', () => {
    expect(() => validateConfig({ readingOrder: { scopes: { 'api::post.post': ['category', 'tags'] } } })).not.toThrow();
  });

  it('says that reader.etagCacheMs was replaced by the cache option', () => {
    expect(() => validateConfig({ reader: { etagCacheMs: 1000 } })).toThrow(/reader\.etagCacheMs was replaced by the cache option/);
  });

  it.each([
    [{ redis: 'redis://127.0.0.1:6379' }],
    [{ redis: { url: 'rediss://cache.example.com', socket: { tls: true } } }],
    [{ maxBytes: 0, ttlMs: 0 }],
    [{ ttlMs: null, channel: 'site_a_reader_cache' }],
  ])('accepts cache %p', (cache) => {
    expect(() => validateConfig({ cache })).not.toThrow();
  });

  it.each([
    [{ redis: 'http://127.0.0.1:6379' }, /cache\.redis/],
    [{ redis: true }, /cache\.redis/],
    [{ maxBytes: -1 }, /cache\.maxBytes/],
    [{ ttlMs: 1.5 }, /cache\.ttlMs/],
    [{ channel: 'bad"; drop table x' }, /cache\.channel/],
    [{ channel: 'Upper' }, /cache\.channel/],
    [{ size: 10 }, /unknown option "cache\.size"/],
  ])('rejects cache %p and names the key', (cache, message) => {
    expect(() => validateConfig({ cache })).toThrow(message);
  });
});
