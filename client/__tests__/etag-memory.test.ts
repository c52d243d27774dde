import { createEtagMemory } from '../src/etag-memory';

describe('the ETag memory', () => {
  it('forgets the least recently used answer past its size', () => {
    const memory = createEtagMemory(2);
    memory.set('a', { etag: '"a"', body: 'A' });
    memory.set('b', { etag: '"b"', body: 'B' });
    memory.get('a');
    memory.set('c', { etag: '"c"', body: 'C' });
    expect(memory.get('b')).toBeUndefined();
    expect(memory.get('a')).toEqual({ etag: '"a"', body: 'A' });
    expect(memory.get('c')).toEqual({ etag: '"c"', body: 'C' });
  });
});
