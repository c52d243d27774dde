import fc from 'fast-check';

import { addLink, chainOf, emptyLinks, linkKeys, publishedProjection, type Links } from '../graph';
import { planMove } from '../plan-move';
import { planPublished, planReorder } from '../plan-reorder';

/** Links from chains of documentIds. */
const linksOf = (chains: string[][]): Links => {
  const result = emptyLinks();
  for (const ids of chains) ids.slice(1).forEach((next, index) => addLink(result, ids[index], next));
  return result;
};

/** Up to 12 articles `a0`…, cut into chains of one or more. */
const archive = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 })).map(([size, cuts]) => {
  const ids = Array.from({ length: size }, (_, index) => `a${index}`);
  const chains: string[][] = [[]];
  ids.forEach((id, index) => {
    if (index > 0 && cuts[index]) chains.push([]);
    chains[chains.length - 1].push(id);
  });
  return { ids, chains };
});

/** The move as the whole sequence a reorder would be sent: the chain of `anchor` with `article` taken out and put at `position`. */
const sequenceOf = (current: Links, anchor: string, article: string, position: number) => {
  const rest = chainOf(current, anchor).documentIds.filter((id) => id !== article);
  return [...rest.slice(0, position - 1), article, ...rest.slice(position - 1)];
};

/** The neighbors the service finds at `position` by walking the chain without the article. */
const placeOf = (current: Links, anchor: string, article: string, position: number) => {
  const rest = chainOf(current, anchor).documentIds.filter((id) => id !== article);
  return [rest[position - 2] ?? null, rest[position - 1] ?? null] as const;
};

describe('planMove', () => {
  it('takes the article out, closes the gap, and puts it between the two', () => {
    const current = linksOf([
      ['a', 'b', 'c', 'd'],
      ['x', 'y', 'z'],
    ]);
    const plan = planMove(current, 'y', 'b', 'c');
    expect(chainOf(plan.draft, 'a').documentIds).toEqual(['a', 'b', 'y', 'c', 'd']);
    expect(chainOf(plan.draft, 'x').documentIds).toEqual(['x', 'z']);
    expect(plan.touched.sort()).toEqual(['b', 'c', 'x', 'y', 'z']);
  });

  it('with the published order following, the published articles on each side of the gap link across the drafts left there', () => {
    const current = linksOf([
      ['p', 'd1', 'm', 'd2', 'q'],
      ['x', 'y'],
    ]);
    const isPublished = (id: string) => !id.startsWith('d');
    const published = linksOf([
      ['p', 'm', 'q'],
      ['x', 'y'],
    ]);
    const plan = planMove(current, 'm', 'x', 'y');
    expect(plan.touched.sort()).toEqual(['d1', 'd2', 'm', 'x', 'y']);
    expect([...linkKeys(planPublished(published, plan.draft, plan.touched, isPublished, 50))].sort()).toEqual(['m>y', 'p>q', 'x>m']);
    // Without stepping over drafts, p and q are not linked across the two.
    expect([...linkKeys(planPublished(published, plan.draft, plan.touched, isPublished, 1))].sort()).toEqual(['m>y', 'x>m']);
  });

  it('makes the same draft and published links as a reorder sending the whole sequence', () => {
    fc.assert(
      fc.property(
        archive,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.constantFrom(0, 1, 50),
        ({ ids, chains }, anchorAt, articleAt, positionAt, publishedFlags, maxSkipped) => {
          const current = linksOf(chains);
          const [anchor, article] = [ids[anchorAt % ids.length], ids[articleAt % ids.length]];
          const others = chainOf(current, anchor).documentIds.filter((id) => id !== article).length;
          const position = 1 + (positionAt % (others + 1));
          const isPublished = (id: string) => publishedFlags[Number(id.slice(1))];
          // The published order as publication makes it (nothing staged).
          const published = emptyLinks();
          for (const chain of chains)
            for (const [from, to] of publishedProjection(chain, isPublished, maxSkipped)) addLink(published, from, to);

          const [previous, next] = placeOf(current, anchor, article, position);
          const move = planMove(current, article, previous, next);
          const reorder = planReorder(current, anchor, sequenceOf(current, anchor, article, position));
          expect(linkKeys(move.draft)).toEqual(linkKeys(reorder.draft));

          const movedPublished = planPublished(published, move.draft, move.touched, isPublished, maxSkipped);
          const reorderedPublished = planPublished(published, reorder.draft, reorder.touched, isPublished, maxSkipped);
          expect(linkKeys(movedPublished)).toEqual(linkKeys(reorderedPublished));
        }
      ),
      { numRuns: 1000 }
    );
  });
});
