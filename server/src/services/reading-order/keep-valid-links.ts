import type { DroppedRestoreLink, ReadingOrderViolation } from '../../../../contracts/reading-order';
import { changesLinks, type LinkFieldNames, type LinkIntents } from './link-input';

type Side = keyof LinkIntents;

/** The rules an old link can break once the order moved on; anything else is a real error. */
const OUTDATED_LINK_RULES = new Set<ReadingOrderViolation['rule']>(['self-link', 'cycle', 'not-found', 'locale-mismatch']);

const outdatedLink = (error: unknown): (Error & { details: ReadingOrderViolation }) | null => {
  const candidate = error as { name?: string; details?: Partial<ReadingOrderViolation> };
  return candidate?.name === 'ValidationError' && candidate.details?.rule && OUTDATED_LINK_RULES.has(candidate.details.rule)
    ? (error as Error & { details: ReadingOrderViolation })
    : null;
};

/** The side an error names (`previous`/`next` or the type's field name); a cycle names none: the next link gives way first. */
const sideToDrop = (field: string | undefined, fields: LinkFieldNames, links: LinkIntents): Side => {
  const named = (['previous', 'next'] as const).find((side) => field === side || field === fields[side]);
  if (named && links[named].kind !== 'unchanged') return named;
  return links.next.kind !== 'unchanged' ? 'next' : 'previous';
};

const wantedBy = (links: LinkIntents, side: Side): DroppedRestoreLink['wanted'] => {
  const intent = links[side];
  if (intent.kind !== 'set') return {};
  const { documentId, id } = intent.ref;
  return documentId !== undefined ? { documentId } : { id };
};

/**
 * Prepares a link change that writes an old version back (Content History's
 * restore): a link the current order no longer allows is left out, and the
 * article keeps its current link on that side, so the rest of the version is
 * restored instead of the whole restore being refused. At most one link per side
 * is dropped; errors that are not an outdated link are thrown as they are.
 */
export const prepareKeepingValidLinks = async <Prepared>(
  links: LinkIntents,
  fields: LinkFieldNames,
  prepare: (links: LinkIntents) => Promise<Prepared>
): Promise<{ prepared: Prepared | null; dropped: DroppedRestoreLink[] }> => {
  let remaining = links;
  const dropped: DroppedRestoreLink[] = [];
  while (changesLinks(remaining)) {
    try {
      return { prepared: await prepare(remaining), dropped };
    } catch (error) {
      const violation = outdatedLink(error);
      if (!violation) throw error;
      const side = sideToDrop(violation.details.field, fields, remaining);
      dropped.push({ field: fields[side], wanted: wantedBy(remaining, side), rule: violation.details.rule, message: violation.message });
      remaining = { ...remaining, [side]: { kind: 'unchanged' } };
    }
  }
  return { prepared: null, dropped };
};
