import { insertAt, move, removeAt, upTo } from '../../admin/src/utils/sequence';

/** The Reading order page saves each edit as the whole new sequence these build. */
describe('the Reading order page’s edits of a chain', () => {
  const chain = ['a', 'b', 'c', 'd'];

  it('moves an article down and up, leaving the others in order', () => {
    expect(move(chain, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(move(chain, 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(chain).toEqual(['a', 'b', 'c', 'd']);
  });

  it('inserts an article before a position, or appends it at the end', () => {
    expect(insertAt(chain, 'x', 0)).toEqual(['x', 'a', 'b', 'c', 'd']);
    expect(insertAt(chain, 'x', 2)).toEqual(['a', 'b', 'x', 'c', 'd']);
    expect(insertAt(chain, 'x', chain.length)).toEqual(['a', 'b', 'c', 'd', 'x']);
  });

  it('removes one article and closes the gap', () => {
    expect(removeAt(chain, 1)).toEqual(['a', 'c', 'd']);
  });

  it('keeps the part up to and including the article a split comes after', () => {
    expect(upTo(chain, 1)).toEqual(['a', 'b']);
    expect(upTo(chain, 3)).toEqual(chain);
  });
});
