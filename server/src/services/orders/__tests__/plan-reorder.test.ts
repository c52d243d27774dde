import { addLink, chainOf, chainsOf, emptyLinks, linkKeys, publishedProjection, type Links } from '../graph';
import { planPublished, planReorder } from '../plan-reorder';

/** Links from chains written as 'a b c'. */
const links = (...chains: string[]): Links => {
  const result = emptyLinks();
  for (const chain of chains) {
    const ids = chain.split(' ');
    ids.slice(1).forEach((next, index) => addLink(result, ids[index], next));
  }
  return result;
};

/** Every chain as 'a b c', sorted, for comparing. */
const chains = (state: Links) =>
  chainsOf(state)
    .map((chain) => chain.documentIds.join(' '))
    .sort();

describe('planReorder', () => {
  it('makes the chain exactly the sequence', () => {
    const plan = planReorder(links('a b c d'), 'b', ['d', 'c', 'b', 'a']);
    expect(chains(plan.draft)).toEqual(['d c b a']);
    expect(plan.removed).toEqual([]);
    expect(plan.taken).toEqual([]);
  });

  it('unlinks a removed article and closes the gap', () => {
    const plan = planReorder(links('a b c'), 'a', ['a', 'c']);
    expect(chains(plan.draft)).toEqual(['a c']);
    expect(plan.draft.nextOf.has('b') || plan.draft.previousOf.has('b')).toBe(false);
    expect(plan.removed).toEqual(['b']);
  });

  it('splits a chain: the left-out articles that were next to each other stay a chain', () => {
    const plan = planReorder(links('a b c d e'), 'a', ['a', 'b']);
    expect(chains(plan.draft)).toEqual(['a b', 'c d e']);
    expect(plan.removed).toEqual(['c', 'd', 'e']);
  });

  it('does not link left-out articles that were apart', () => {
    const plan = planReorder(links('a b c d e'), 'a', ['a', 'c', 'e']);
    expect(chains(plan.draft)).toEqual(['a c e']);
    expect(plan.removed).toEqual(['b', 'd']);
  });

  it('joins two chains', () => {
    const plan = planReorder(links('a b', 'c d'), 'a', ['a', 'b', 'c', 'd']);
    expect(chains(plan.draft)).toEqual(['a b c d']);
    expect(plan.taken).toEqual(['c', 'd']);
  });

  it('takes an article from another chain, which closes the gap', () => {
    const plan = planReorder(links('a b', 'x y z'), 'a', ['a', 'y', 'b']);
    expect(chains(plan.draft)).toEqual(['a y b', 'x z']);
    expect(plan.taken).toEqual(['y']);
    expect(plan.touched).toEqual(expect.arrayContaining(['x', 'z']));
  });

  it('inserts an unlinked article', () => {
    const plan = planReorder(links('a b'), 'a', ['a', 'n', 'b']);
    expect(chains(plan.draft)).toEqual(['a n b']);
    expect(plan.taken).toEqual([]);
  });

  it('opens a loop it reorders', () => {
    const loop = links('a b c');
    addLink(loop, 'c', 'a');
    expect(chainOf(loop, 'b')).toEqual({ documentIds: ['a', 'b', 'c'], loop: true });
    const plan = planReorder(loop, 'b', ['c', 'b', 'a']);
    expect(chains(plan.draft)).toEqual(['c b a']);
  });

  it('leaves other chains alone', () => {
    const before = links('a b', 'x y z');
    const plan = planReorder(before, 'a', ['b', 'a']);
    expect(chains(plan.draft)).toEqual(['b a', 'x y z']);
    expect(plan.touched.sort()).toEqual(['a', 'b']);
  });
});

describe('publishedProjection', () => {
  const published = (ids: string) => (id: string) => ids.split(' ').includes(id);

  it('steps over unpublished articles up to the limit', () => {
    expect(publishedProjection(['a', 'x', 'b', 'c'], published('a b c'), 1)).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(publishedProjection(['a', 'x', 'b'], published('a b'), 0)).toEqual([]);
    expect(publishedProjection(['a', 'x', 'y', 'b'], published('a b'), 1)).toEqual([]);
  });
});

describe('planPublished', () => {
  const everyone = () => true;

  it('links the published articles on each side of a gap across the drafts the taken article leaves there', () => {
    const isPublished = (id: string) => !id.startsWith('d');
    const plan = planReorder(links('p d1 m d2 q', 'x y'), 'x', ['x', 'm', 'y']);
    const published = planPublished(links('p m q', 'x y'), plan.draft, plan.touched, isPublished, 50);
    expect(chains(published)).toEqual(['p q', 'x m y']);
  });

  it('follows the new draft order for the touched articles', () => {
    const draft = links('c b a');
    const result = planPublished(links('a b c'), draft, ['a', 'b', 'c'], everyone, 50);
    expect(chains(result)).toEqual(['c b a']);
  });

  it('never links to an unpublished article and steps over it', () => {
    const draft = links('a d b');
    const result = planPublished(links('a b'), draft, ['a', 'd', 'b'], (id) => id !== 'd', 50);
    expect(chains(result)).toEqual(['a b']);
    const strict = planPublished(links('a b'), draft, ['a', 'd', 'b'], (id) => id !== 'd', 0);
    expect(linkKeys(strict).size).toBe(0);
  });

  it('keeps published links the change did not touch, staged drafts elsewhere included', () => {
    // Draft p q r is staged (published still p r q); the change touches only a and b.
    const published = links('a b', 'p r q');
    const draft = links('b a', 'p q r');
    const result = planPublished(published, draft, ['a', 'b'], everyone, 50);
    expect(chains(result)).toEqual(['b a', 'p r q']);
  });

  it('takes the place of an old published link that held it', () => {
    // z was published after a; the new draft puts b after a.
    const result = planPublished(links('a z'), links('a b', 'z'), ['a', 'b'], everyone, 50);
    expect(chains(result)).toEqual(['a b']);
  });

  it('opens a loop that the new links close with published links staged elsewhere', () => {
    // Published p -> x -> q is staged (the drafts no longer say so); the change puts a, b between q and p.
    const result = planPublished(links('p x q'), links('q a b p'), ['a', 'b'], everyone, 50);
    expect(chainsOf(result).every((chain) => !chain.loop)).toBe(true);
    expect(chains(result)).toEqual(['q a b p']);
  });
});
