/**
 * What the areas' endpoints share: their arguments, the tags a change invalidates, the
 * lists that grow page by page. Arguments are the routes' query types (`contracts/`,
 * inferred from the routes' schemas), with what the admin always sends made required.
 */
import type { OrdersQuery } from '../../../contracts/orders';
import type { DocumentQuery } from '../../../contracts/reading-order';

/** A type and locale of the Reading order page; `locale` is left out for a type without i18n. */
export type WorkspaceArgs = Required<Pick<DocumentQuery, 'type'>> & Pick<DocumentQuery, 'locale'>;

/** One document of a configured content type; `locale` is left out for a type without i18n. */
export type DocumentArgs = WorkspaceArgs & { documentId: string };

/** One page of a list of the Reading order page, searched by title with `q`. */
export type PageArgs = WorkspaceArgs & Pick<OrdersQuery, 'page' | 'pageSize' | 'q'>;

/** The Content Manager's tag of one document (`<uid>_<documentId>`). */
export const documentTag = (type: string, documentId: string) => ({ type: 'Document' as const, id: `${type}_${documentId}` });

/** The Content Manager's tag of a type's list of documents. */
export const listTag = (type: string) => ({ type: 'Document' as const, id: `${type}_LIST` });

export const documentPath = (documentId: string, route: string) => `/newsroom/articles/${encodeURIComponent(documentId)}/${route}`;

/**
 * What a change of the Reading order page reloads: the overview, the open chain, the
 * check, and the edit-view panels and relation fields of every article of the type (a
 * reorder, a bulk job or a repair may touch any of them).
 */
export const ordersChanged = (type: string) =>
  [
    'NewsroomOrders',
    'NewsroomCheck',
    { type: 'NewsroomReadingOrder', id: type },
    { type: 'NewsroomLinkCandidates', id: type },
    'Relations',
  ] as const;

/** A list that grows as the editor scrolls: the next page appended, a document already shown moved to where the new page has it. */
const appendPage = <Item extends { documentId: string }>(loaded: Item[], incoming: Item[]): Item[] => {
  const fresh = new Set(incoming.map((item) => item.documentId));
  return [...loaded.filter((item) => !fresh.has(item.documentId)), ...incoming];
};

/**
 * The cache options of a picker's search whose results grow as the editor scrolls:
 * one cache entry a search, whatever the page, each new page merged into `key`'s list.
 */
export const growingSearch = <Key extends string, Item extends { documentId: string }>(key: Key) => ({
  serializeQueryArgs: ({ queryArgs: { page: _page, ...search } }: { queryArgs: { page: number } }) => search,
  forceRefetch: ({ currentArg, previousArg }: { currentArg?: { page: number }; previousArg?: { page: number } }) =>
    currentArg?.page !== previousArg?.page,
  merge: <Pages extends Record<Key, Item[]>>(loaded: Pages, incoming: Pages, { arg }: { arg: { page: number } }): Pages =>
    arg.page === 1 ? incoming : { ...incoming, [key]: appendPage(loaded[key], incoming[key]) },
});
