import type { Modules } from '@strapi/strapi';

/** Strapi's document-service middleware type, as `strapi.documents.use` takes it. */
export type DocumentMiddleware = Modules.Documents.Middleware.Middleware;

/**
 * The view of a document call the plugin's middlewares read. Strapi types `params`
 * per action and per content type; these middlewares serve every configured type
 * and only read the keys they check, so they take the loose view.
 */
export interface DocumentCall {
  uid: string;
  action: string;
  params: DocumentCallParams;
}

/** The parameters the middlewares read; `documentId` is there on every action but create. */
export type DocumentCallParams = {
  documentId?: string;
  locale?: string | null;
  status?: unknown;
  data?: Record<string, unknown>;
} & Record<string, unknown>;

type Result = ReturnType<DocumentMiddleware>;

/** Gives a middleware written against `DocumentCall` Strapi's own type (the one place the two views meet). */
export const documentMiddleware = (handle: (call: DocumentCall, next: () => Result) => Result | Promise<unknown>): DocumentMiddleware =>
  handle as unknown as DocumentMiddleware;
