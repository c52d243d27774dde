import type { DetachedLink } from '../../../../contracts/reading-order';
import type { Transaction } from '../database';
import { linkRuleError } from './errors';
import type { ArticleVersion, LinkTable, RowLink } from './link-table';
import { LinkRuleViolation, planLinkChange, type Link, type LinkPlan } from './plan-link-change';
import type { LinkIntent } from './relation-input';
import { resolveTarget } from './resolve-target';
import { isDraft } from './versions';

/** Stands for the draft row of an article that is being created. */
const NEW_ARTICLE = 'new';

export interface DraftLinkRequest {
  /** `null` while the article is being created. */
  documentId: string | null;
  locale: string | null;
  previous: LinkIntent;
  next: LinkIntent;
  /** How the caller named the two fields, for error messages. */
  fields: { previous: string; next: string };
  allowCycles: boolean;
}

/** A validated change, planned on draft row ids, to apply once the subject's draft exists. */
export interface PreparedDraftChange {
  plan: LinkPlan;
  /** How the plan names the article being written: its draft row id, or `new` while it is created. */
  subject: string;
}

const toRowLink = (link: Link, subjectRowId: number): RowLink => {
  const id = (key: string) => (key === NEW_ARTICLE ? subjectRowId : Number(key));
  return { previousId: id(link.previous), nextId: id(link.next) };
};

export const createDraftLinks = (links: LinkTable) => {
  const describe = async (trx: Transaction, rowIds: number[]) =>
    new Map((await links.versionsByIds(trx, rowIds)).map((version) => [version.id, version]));

  return {
    /**
     * Checks every rule against the current draft order (call it under the lock)
     * and plans the change, or throws a 400 naming the rule and the articles.
     */
    async prepare(trx: Transaction, request: DraftLinkRequest): Promise<PreparedDraftChange> {
      const { locale, fields } = request;
      const subject: ArticleVersion | undefined = request.documentId
        ? (await links.versions(trx, [request.documentId], locale)).find(isDraft)
        : undefined;
      const subjectKey = subject ? String(subject.id) : NEW_ARTICLE;
      const current = subject ? await links.linksTouching(trx, [subject.id]) : [];
      const currentPrevious = current.find((link) => link.nextId === subject?.id)?.previousId;
      const currentNext = current.find((link) => link.previousId === subject?.id)?.nextId;

      const resolve = async (intent: LinkIntent, field: string, currentId: number | undefined) => {
        if (intent.kind === 'unchanged') return undefined;
        if (intent.kind === 'unset') return null;
        if (intent.kind === 'set') return String((await resolveTarget(trx, links, intent.ref, locale, field)).id);
        const disconnected = await Promise.all(intent.refs.map((ref) => resolveTarget(trx, links, ref, locale, field)));
        return disconnected.some((target) => target.id === currentId) ? null : undefined;
      };
      const previous = await resolve(request.previous, fields.previous, currentPrevious);
      const next = await resolve(request.next, fields.next, currentNext);

      const targetIds = [previous, next].filter((id): id is string => typeof id === 'string').map(Number);
      const known = [...current, ...(await links.linksTouching(trx, targetIds))];
      const finalNext = next === undefined ? currentNext : next === null ? undefined : Number(next);
      if (!request.allowCycles && finalNext !== undefined) known.push(...(await links.linksAhead(trx, finalNext)));

      const nextOf = new Map(known.map((link) => [String(link.previousId), String(link.nextId)]));
      const previousOf = new Map(known.map((link) => [String(link.nextId), String(link.previousId)]));
      try {
        const plan = planLinkChange(
          { subject: subjectKey, previous, next, allowCycles: request.allowCycles },
          { nextOf: (id) => nextOf.get(id) ?? null, previousOf: (id) => previousOf.get(id) ?? null }
        );
        return { plan, subject: subjectKey };
      } catch (error) {
        if (!(error instanceof LinkRuleViolation)) throw error;
        const names = await describe(trx, error.violation.articles.filter((id) => id !== NEW_ARTICLE).map(Number));
        const documentIds = error.violation.articles.map((id) => names.get(Number(id))?.documentId ?? 'the new article');
        const field = error.violation.rule === 'self-link' ? fields[error.violation.field] : undefined;
        const message =
          error.violation.rule === 'self-link'
            ? `${field}: an article cannot be linked to itself`
            : `This link would close a loop in the reading order: ${error.violation.articles
                .map((id) => names.get(Number(id))?.title ?? 'the new article')
                .join(' -> ')}`;
        throw linkRuleError(message, { rule: error.violation.rule, ...(field ? { field } : {}), articles: documentIds });
      }
    },

    /** What a prepared change would detach, with titles, for a confirmation or the response. */
    async detachedBy(trx: Transaction, prepared: PreparedDraftChange, subjectRowId: number): Promise<DetachedLink[]> {
      const detached = prepared.plan.detached.map(({ link, reason }) => ({ link: toRowLink(link, subjectRowId), reason }));
      const names = await describe(
        trx,
        detached.flatMap(({ link }) => [link.previousId, link.nextId])
      );
      const brief = (id: number) => ({ documentId: names.get(id)?.documentId ?? '', title: names.get(id)?.title ?? '' });
      return detached.map(({ link, reason }) => ({ previous: brief(link.previousId), next: brief(link.nextId), reason }));
    },

    /** Writes a prepared change to the subject's draft row; returns what it detached. */
    async apply(trx: Transaction, prepared: PreparedDraftChange, subjectRowId: number): Promise<DetachedLink[]> {
      const detached = await this.detachedBy(trx, prepared, subjectRowId);
      await links.remove(
        trx,
        prepared.plan.remove.map((link) => toRowLink(link, subjectRowId))
      );
      await links.add(
        trx,
        prepared.plan.add.map((link) => toRowLink(link, subjectRowId))
      );
      return detached;
    },
  };
};
