import { errors, validateYupSchema, yup } from '@strapi/utils';

import type { ReorderRequest } from '../../../contracts/orders';
import { linkRuleError } from '../services/reading-order/errors';
import { assertPlainValues, contentTypeUid, refuseUnknownKeys, documentKey, localeCode, printableText, queryValidator, wholeNumber } from './common';

/** Largest page of the overview. */
export const MAX_ORDERS_PAGE_SIZE = 100;

/** Longest `order` a reorder takes: a whole archive linked by date in one chain. */
export const MAX_ORDER_LENGTH = 10_000;

export const validateOrdersQuery = queryValidator<{ type?: string; locale?: string; page: number; pageSize: number; q: string }>(
  yup.object({
    type: contentTypeUid(),
    locale: localeCode(),
    page: wholeNumber(1, Number.MAX_SAFE_INTEGER, 1),
    pageSize: wholeNumber(1, MAX_ORDERS_PAGE_SIZE, 20),
    q: printableText(200).default(''),
  })
);

const REORDER_FIELDS = ['order', 'apply'];

const reorderBody = yup
  .object({
    order: yup
      .array()
      .of(documentKey().min(1).required())
      .min(1, 'order must name at least the article of the route')
      .max(MAX_ORDER_LENGTH, `order may name at most ${MAX_ORDER_LENGTH} articles`)
      .required('order is required: the whole chain, first article first'),
    // Required: which readers see the change must be the editor's choice, never a default.
    apply: yup.mixed().oneOf(['published', 'draft'], 'apply must be "published" or "draft"').required('apply is required ("published" or "draft")'),
  })
  .required();

/**
 * The body of PUT /orders/:documentId: strict about shapes (a list of plain
 * documentIds), and refusing duplicates and a sequence without the route's article,
 * which would make "the chain holding it" meaningless.
 */
export const validateReorderBody = async (body: unknown, documentId: string): Promise<ReorderRequest> => {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new errors.ValidationError('The body must be a JSON object');
  }
  refuseUnknownKeys(body, REORDER_FIELDS);
  assertPlainValues(body, ['apply']);
  const { order } = body as { order?: unknown };
  // Before the schema: its errors would list (and echo) every id past the limit.
  if (Array.isArray(order) && order.length > MAX_ORDER_LENGTH) {
    throw new errors.ValidationError(`order may name at most ${MAX_ORDER_LENGTH} articles`, { field: 'order', max: MAX_ORDER_LENGTH });
  }
  if (order !== undefined && (!Array.isArray(order) || order.some((item) => typeof item !== 'string'))) {
    throw new errors.ValidationError('order must be a list of documentIds', { field: 'order' });
  }
  const request = (await validateYupSchema(reorderBody, { strict: false })(body)) as ReorderRequest;
  const seen = new Set<string>();
  const duplicates = new Set(request.order.filter((id) => seen.size === seen.add(id).size));
  if (duplicates.size > 0) {
    throw linkRuleError(`order names an article more than once: ${[...duplicates].slice(0, 10).join(', ')}`, {
      rule: 'duplicate',
      field: 'order',
      articles: [...duplicates],
    });
  }
  if (!seen.has(documentId)) {
    throw linkRuleError(`order must contain "${documentId}", the article whose chain it replaces`, {
      rule: 'invalid-input',
      field: 'order',
      articles: [documentId],
    });
  }
  return request;
};
