/**
 * The link rules as a pure function: given the current links around an article and
 * the change asked for, decide which links to remove and add, what is detached as a
 * side effect, or which rule the change breaks. Ids are documentIds of one locale.
 */

export interface Link {
  previous: string;
  next: string;
}

/** The current links, as far as the change can reach (see `LinkSnapshot` loading). */
export interface LinkSnapshot {
  nextOf(documentId: string): string | null;
  previousOf(documentId: string): string | null;
}

export interface LinkChange {
  subject: string;
  /** `undefined`: keep; `null`: unlink; a documentId: link. */
  previous?: string | null;
  next?: string | null;
  allowCycles: boolean;
}

export interface DetachedLinkPlan {
  link: Link;
  reason: 'taken' | 'replaced';
}

export interface LinkPlan {
  remove: Link[];
  add: Link[];
  detached: DetachedLinkPlan[];
}

export type Violation = { rule: 'self-link'; field: 'previous' | 'next'; articles: string[] } | { rule: 'cycle'; articles: string[] };

export class LinkRuleViolation extends Error {
  constructor(readonly violation: Violation) {
    super(
      violation.rule === 'self-link'
        ? `An article cannot be its own ${violation.field} article`
        : `This link would close a loop in the reading order: ${violation.articles.join(' -> ')}`
    );
    this.name = 'LinkRuleViolation';
  }
}

const sameLink = (a: Link, b: Link) => a.previous === b.previous && a.next === b.next;

/** Follows `next` links from `start` after the plan is applied; returns the loop back to `subject`, if any. */
const findLoop = (subject: string, start: string, snapshot: LinkSnapshot, plan: LinkPlan): string[] | null => {
  const nextAfterPlan = (documentId: string): string | null => {
    const added = plan.add.find((link) => link.previous === documentId);
    if (added) return added.next;
    const current = snapshot.nextOf(documentId);
    if (current === null) return null;
    return plan.remove.some((link) => sameLink(link, { previous: documentId, next: current })) ? null : current;
  };

  const path = [subject];
  const seen = new Set<string>();
  // Damaged data may already hold a loop that avoids `subject`: `seen` ends the walk there.
  for (let current: string | null = start; current !== null && !seen.has(current); current = nextAfterPlan(current)) {
    if (current === subject) return [...path, subject];
    seen.add(current);
    path.push(current);
  }
  return null;
};

export const planLinkChange = (change: LinkChange, snapshot: LinkSnapshot): LinkPlan => {
  const { subject } = change;
  for (const field of ['previous', 'next'] as const) {
    if (change[field] === subject) {
      throw new LinkRuleViolation({ rule: 'self-link', field, articles: [subject] });
    }
  }

  const plan: LinkPlan = { remove: [], add: [], detached: [] };
  const remove = (link: Link, reason?: DetachedLinkPlan['reason']) => {
    if (plan.remove.some((existing) => sameLink(existing, link))) return;
    plan.remove.push(link);
    if (reason) plan.detached.push({ link, reason });
  };

  const currentPrevious = snapshot.previousOf(subject);
  if (change.previous !== undefined && change.previous !== currentPrevious) {
    const target = change.previous;
    if (currentPrevious !== null) {
      remove({ previous: currentPrevious, next: subject }, target === null ? undefined : 'replaced');
    }
    if (target !== null) {
      const taken = snapshot.nextOf(target);
      if (taken !== null) remove({ previous: target, next: taken }, 'taken');
      plan.add.push({ previous: target, next: subject });
    }
  }

  const currentNext = snapshot.nextOf(subject);
  if (change.next !== undefined && change.next !== currentNext) {
    const target = change.next;
    if (currentNext !== null) {
      remove({ previous: subject, next: currentNext }, target === null ? undefined : 'replaced');
    }
    if (target !== null) {
      const taken = snapshot.previousOf(target);
      if (taken !== null) remove({ previous: taken, next: target }, 'taken');
      plan.add.push({ previous: subject, next: target });
    }
  }

  if (!change.allowCycles) {
    const finalNext = change.next === undefined ? currentNext : change.next;
    const loop = finalNext === null ? null : findLoop(subject, finalNext, snapshot, plan);
    if (loop) throw new LinkRuleViolation({ rule: 'cycle', articles: loop });
  }

  return plan;
};
