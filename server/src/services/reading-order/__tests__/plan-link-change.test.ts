import { LinkRuleViolation, planLinkChange, type LinkSnapshot } from '../plan-link-change';

/** A snapshot from chains written as 'A>B>C'. */
const chains = (...orders: string[]): LinkSnapshot => {
  const next = new Map<string, string>();
  const previous = new Map<string, string>();
  for (const order of orders) {
    const ids = order.split('>');
    ids.slice(1).forEach((id, index) => {
      next.set(ids[index], id);
      previous.set(id, ids[index]);
    });
  }
  return { nextOf: (id) => next.get(id) ?? null, previousOf: (id) => previous.get(id) ?? null };
};

const violationOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof LinkRuleViolation) return error.violation;
    throw error;
  }
  throw new Error('expected a LinkRuleViolation');
};

describe('planLinkChange', () => {
  it('links two free articles', () => {
    expect(planLinkChange({ subject: 'A', next: 'B', allowCycles: false }, chains())).toEqual({
      remove: [],
      add: [{ previous: 'A', next: 'B' }],
      detached: [],
    });
  });

  it('changes nothing when the link already exists', () => {
    expect(planLinkChange({ subject: 'B', previous: 'A', allowCycles: false }, chains('A>B'))).toEqual({
      remove: [],
      add: [],
      detached: [],
    });
  });

  it('rejects linking an article to itself, on either side', () => {
    expect(violationOf(() => planLinkChange({ subject: 'A', next: 'A', allowCycles: true }, chains()))).toEqual({
      rule: 'self-link',
      field: 'next',
      articles: ['A'],
    });
    expect(violationOf(() => planLinkChange({ subject: 'A', previous: 'A', allowCycles: true }, chains()))).toMatchObject({
      rule: 'self-link',
      field: 'previous',
    });
  });

  it('detaches a taken article explicitly and reports it (steal)', () => {
    const plan = planLinkChange({ subject: 'A', next: 'X', allowCycles: false }, chains('C>X'));
    expect(plan.remove).toEqual([{ previous: 'C', next: 'X' }]);
    expect(plan.add).toEqual([{ previous: 'A', next: 'X' }]);
    expect(plan.detached).toEqual([{ link: { previous: 'C', next: 'X' }, reason: 'taken' }]);
  });

  it("reports the edited article's own replaced link", () => {
    const plan = planLinkChange({ subject: 'A', next: 'X', allowCycles: false }, chains('A>B'));
    expect(plan.detached).toEqual([{ link: { previous: 'A', next: 'B' }, reason: 'replaced' }]);
  });

  it('does not report an explicit unlink as detached', () => {
    const plan = planLinkChange({ subject: 'B', previous: null, next: null, allowCycles: false }, chains('A>B>C'));
    expect(plan.remove).toEqual([
      { previous: 'A', next: 'B' },
      { previous: 'B', next: 'C' },
    ]);
    expect(plan.detached).toEqual([]);
  });

  it('rejects closing a loop and names it in reading order', () => {
    const violation = violationOf(() => planLinkChange({ subject: 'C', next: 'A', allowCycles: false }, chains('A>B>C')));
    expect(violation).toEqual({ rule: 'cycle', articles: ['C', 'A', 'B', 'C'] });
  });

  it('rejects the two-article loop A -> B -> A', () => {
    expect(violationOf(() => planLinkChange({ subject: 'B', next: 'A', allowCycles: false }, chains('A>B')))).toEqual({
      rule: 'cycle',
      articles: ['B', 'A', 'B'],
    });
  });

  it('rejects previous and next being the same article', () => {
    expect(violationOf(() => planLinkChange({ subject: 'S', previous: 'A', next: 'A', allowCycles: false }, chains()))).toMatchObject({
      rule: 'cycle',
    });
  });

  it('allows loops when allowCycles is on', () => {
    expect(planLinkChange({ subject: 'C', next: 'A', allowCycles: true }, chains('A>B>C')).add).toEqual([{ previous: 'C', next: 'A' }]);
  });

  it('sees that unlinking the old previous article in the same change avoids the loop', () => {
    // A>B>C; C.previous = null with C.next = A leaves C>A>B: no loop.
    const plan = planLinkChange({ subject: 'C', previous: null, next: 'A', allowCycles: false }, chains('A>B>C'));
    expect(plan.remove).toEqual([{ previous: 'B', next: 'C' }]);
    expect(plan.add).toEqual([{ previous: 'C', next: 'A' }]);
  });

  it('still sees a loop that a steal does not break', () => {
    // A>B>C; C.next = B steals B from A, but B>C>B remains a loop.
    expect(violationOf(() => planLinkChange({ subject: 'C', next: 'B', allowCycles: false }, chains('A>B>C')))).toEqual({
      rule: 'cycle',
      articles: ['C', 'B', 'C'],
    });
  });

  it('finds a loop through a newly linked previous article', () => {
    // X>Y and S alone: S.previous = Y and S.next = X closes X>Y>S>X.
    const violation = violationOf(() => planLinkChange({ subject: 'S', previous: 'Y', next: 'X', allowCycles: false }, chains('X>Y')));
    expect(violation).toEqual({ rule: 'cycle', articles: ['S', 'X', 'Y', 'S'] });
  });

  it('terminates on damaged data that already holds a loop elsewhere', () => {
    const damaged: LinkSnapshot = {
      nextOf: (id) => ({ B: 'C', C: 'D', D: 'C' })[id] ?? null,
      previousOf: () => null,
    };
    expect(planLinkChange({ subject: 'A', next: 'B', allowCycles: false }, damaged).add).toEqual([{ previous: 'A', next: 'B' }]);
  });
});
