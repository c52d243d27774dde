/**
 * The credentials a request is sent with. `admin-fr`: an admin whose Content Manager
 * role covers the built-in article in French only; `admin-creator`: one limited to the
 * articles they created ("is creator"), on every served type.
 */
export type Auth = 'none' | 'read-only' | 'full-access' | 'admin' | 'admin-fr' | 'admin-creator';

/** The admins whose role leaves articles out: their answers are checked for articles they may not read. */
export const RESTRICTED_ADMINS = ['admin-fr', 'admin-creator'] as const;

export type Family = 'reader' | 'articles' | 'graphql' | 'admin' | 'content-manager';

/** One request, fully decided before it is sent, so a seed replays the same sequence. */
export interface FuzzRequest {
  family: Family;
  /** The route pattern the request targets, e.g. `GET /api/newsroom/read/:slugOrDocumentId`. */
  route: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path with its raw query string: the mutations need byte control over both. */
  path: string;
  /** Raw body (JSON or deliberately malformed). */
  body?: string;
  contentType?: string;
  auth: Auth;
  /** What the generator did, for the report (e.g. `query:object locale`). */
  mutation: string;
}

/** One row of a served type's table, as the generators need it. */
export interface ArticleRow {
  id: number;
  documentId: string;
  /** NULL for a type without i18n. */
  locale: string | null;
  slug: string | null;
  published: boolean;
  /** documentId of the row's previous article, if linked. */
  previous: string | null;
}

/** One tag of the playground (`api::tag.tag`): the documentIds of the posts it holds, draft or published. */
export interface TagRow {
  documentId: string;
  posts: string[];
}
