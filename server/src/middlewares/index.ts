import type { Core } from '@strapi/strapi';

import { articleInputMiddleware } from './article-input';
import type { DocumentMiddleware } from './document-middleware';
import { readingOrderMiddleware } from './reading-order';
import { relatedMiddleware } from './related';
import { scopeTargetsMiddleware } from './scope-targets';
import { seriesMiddleware } from './series';
import { summaryMiddleware } from './summary';

interface OrderedMiddleware {
  name: string;
  create: (strapi: Core.Strapi) => DocumentMiddleware;
  /** Why it sits where it does. */
  position: string;
}

/**
 * The plugin's document-service middlewares in the order they run. Strapi runs the
 * first registered outermost: each sees a call before the ones after it, and their
 * results after them. (The reader cache hears of committed changes from the
 * revalidation service, which knows the pages they reach; no middleware here.)
 */
export const DOCUMENT_MIDDLEWARES: readonly OrderedMiddleware[] = [
  {
    name: 'article-input',
    create: articleInputMiddleware,
    position:
      'first: malformed input (a NUL, bad filters, an unknown locale, a draft deleted alone, a title, slug or body of the wrong shape) is refused and server-owned fields dropped before any other work or lock',
  },
  {
    name: 'summary',
    create: summaryMiddleware,
    position: 'before the reading order: the summary and word count are CPU work, done before the lock is taken',
  },
  {
    name: 'reading-order',
    create: readingOrderMiddleware,
    position: "takes the reading-order lock and opens the change (one transaction) around Strapi's write, and writes the links after it",
  },
  {
    name: 'series',
    create: seriesMiddleware,
    position: 'inside the reading-order change: a deleted article leaves its series in the same transaction, under the locks already held',
  },
  {
    name: 'related',
    create: relatedMiddleware,
    position:
      "inside the reading-order change: the related-articles index is written in the change's transaction, so its commit drops the cached related lists after the index holds the change",
  },
  {
    name: 'scope-targets',
    create: scopeTargetsMiddleware,
    position: "last: reacts to writes of the types a relation scope points at, around Strapi's own write only",
  },
];

/** Registers the document-service middlewares in `DOCUMENT_MIDDLEWARES` order. */
export const registerDocumentMiddlewares = (strapi: Core.Strapi) => {
  for (const middleware of DOCUMENT_MIDDLEWARES) strapi.documents.use(middleware.create(strapi));
};
