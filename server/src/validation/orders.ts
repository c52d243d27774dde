import type { ReorderRequest } from '../../../contracts/orders';
import { MAX_ORDER_LENGTH, reorderBody } from '../../../contracts/schemas/orders';
import { linkRuleError } from '../services/reading-order/errors';
import { duplicatesOf } from '../services/series/plan';
import { assertDocumentIdList, parseBody } from './request';

/**
 * The body of PUT /orders/:documentId: strict about shapes (a list of plain
 * documentIds), and refusing duplicates and a sequence without the route's article,
 * which would make "the chain holding it" meaningless.
 */
export const validateReorderBody = (body: unknown, documentId: string): ReorderRequest => {
  const request = parseBody(reorderBody, body, {
    notAnObject: 'The body must be a JSON object',
    nameUnknownFields: true,
    check: ({ order }) =>
      assertDocumentIdList(order, 'order', { length: MAX_ORDER_LENGTH, message: `order may name at most ${MAX_ORDER_LENGTH} articles` }),
  });
  const duplicates = duplicatesOf(request.order);
  if (duplicates.length > 0) {
    throw linkRuleError(`order names an article more than once: ${duplicates.slice(0, 10).join(', ')}`, {
      rule: 'duplicate',
      field: 'order',
      articles: duplicates,
    });
  }
  if (!request.order.includes(documentId)) {
    throw linkRuleError(`order must contain "${documentId}", the article whose chain it replaces`, {
      rule: 'invalid-input',
      field: 'order',
      articles: [documentId],
    });
  }
  return request;
};
