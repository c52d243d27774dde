import type { MessageDescriptor } from 'react-intl';

import type { ReadingOrderViolation } from '../../../contracts/reading-order';
import { getTranslation } from './getTranslation';

/** Why a request of the panels failed, in the terms the editor is told about. */
export type RequestProblem =
  | { kind: 'rule'; rule: ReadingOrderViolation['rule'] }
  | { kind: 'forbidden' }
  | { kind: 'not-found' }
  | { kind: 'invalid' }
  | { kind: 'unknown' };

const RULES: ReadonlyArray<ReadingOrderViolation['rule']> = [
  'self-link',
  'cycle',
  'not-found',
  'locale-mismatch',
  'invalid-input',
  'duplicate',
];

const isRule = (value: unknown): value is ReadingOrderViolation['rule'] => RULES.includes(value as ReadingOrderViolation['rule']);

/**
 * Reads the error a request of `services/` failed with: Strapi's error body
 * `{ status, name, message, details }` as the admin's RTK Query base query passes it on.
 */
export const toRequestProblem = (error: unknown): RequestProblem => {
  if (typeof error !== 'object' || error === null) return { kind: 'unknown' };
  const { status, details } = error as { status?: unknown; details?: { rule?: unknown } | null };
  const rule = details?.rule;
  if (status === 400 && isRule(rule)) return { kind: 'rule', rule };
  if (status === 403 || status === 401) return { kind: 'forbidden' };
  if (status === 404) return { kind: 'not-found' };
  if (status === 400) return { kind: 'invalid' };
  return { kind: 'unknown' };
};

const RULE_MESSAGES: Record<ReadingOrderViolation['rule'], MessageDescriptor> = {
  'self-link': {
    id: getTranslation('reading-order.error.self-link'),
    defaultMessage: 'An article cannot be linked to itself.',
  },
  cycle: {
    id: getTranslation('reading-order.error.cycle'),
    defaultMessage: 'This link would make the reading order loop back to this article. Nothing was changed.',
  },
  'not-found': {
    id: getTranslation('reading-order.error.not-found'),
    defaultMessage: 'That article no longer exists in this locale. Nothing was changed.',
  },
  'locale-mismatch': {
    id: getTranslation('reading-order.error.locale-mismatch'),
    defaultMessage: 'Only articles in the same locale can be linked. Nothing was changed.',
  },
  'invalid-input': {
    id: getTranslation('reading-order.error.invalid-input'),
    defaultMessage: 'The server did not accept this change. Nothing was changed.',
  },
  duplicate: {
    id: getTranslation('reading-order.error.duplicate'),
    defaultMessage: 'An article appears twice in the new order. Nothing was changed.',
  },
};

const OTHER_MESSAGES: Record<Exclude<RequestProblem['kind'], 'rule'>, MessageDescriptor> = {
  forbidden: {
    id: getTranslation('reading-order.error.forbidden'),
    defaultMessage: 'You are not allowed to change the reading order of this article.',
  },
  'not-found': RULE_MESSAGES['not-found'],
  invalid: RULE_MESSAGES['invalid-input'],
  unknown: {
    id: getTranslation('reading-order.error.unknown'),
    defaultMessage: 'The reading order could not be changed. Please try again.',
  },
};

/** The message telling the editor why a link change was refused. */
export const linkProblemMessage = (problem: RequestProblem): MessageDescriptor =>
  problem.kind === 'rule' ? RULE_MESSAGES[problem.rule] : OTHER_MESSAGES[problem.kind];
