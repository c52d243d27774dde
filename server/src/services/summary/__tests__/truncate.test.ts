import { truncateAtWord } from '../truncate';

describe('truncateAtWord', () => {
  it('leaves text that fits untouched', () => {
    expect(truncateAtWord('A short sentence.', 17)).toBe('A short sentence.');
  });

  it('cuts at the last word boundary and ends with "…" within the limit', () => {
    expect(truncateAtWord('The council approved the tram line.', 20)).toBe('The council…');
  });

  it('keeps a word that ends exactly at the cut', () => {
    expect(truncateAtWord('The council approved it.', 12)).toBe('The council…');
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(truncateAtWord('First, second, third and fourth.', 16)).toBe('First, second…');
  });

  it('cuts inside a single word longer than the room', () => {
    expect(truncateAtWord('Donaudampfschifffahrtsgesellschaft', 10)).toBe('Donaudamp…');
  });

  it('never splits a surrogate pair', () => {
    const cut = truncateAtWord('😀😀😀😀😀', 4);
    expect(cut).toBe('😀…');
    expect(cut.length).toBeLessThanOrEqual(4);
  });

  it('returns just "…" when the limit is one character', () => {
    expect(truncateAtWord('Anything at all.', 1)).toBe('…');
  });
});
