import type { Core } from '@strapi/strapi';

/** What Strapi put in `ctx.state.auth` for a content-API request (strategy and credentials). */
export type ContentApiAuth = Parameters<Core.Strapi['auth']['verify']>[0];

/** The part of a content-API request's (or GraphQL context's) state the access checks read. */
export interface ContentApiState {
  auth?: ContentApiAuth;
}

/** Whether the content-API caller (users-permissions role or API token) holds at least one of the actions. */
export const holdsAnyAction = async (strapi: Core.Strapi, auth: ContentApiAuth | undefined, actions: string[]): Promise<boolean> => {
  // Strapi authenticates every content-API request (the public role too); no auth is no permission.
  if (!auth) return false;
  for (const action of actions) {
    try {
      await strapi.auth.verify(auth, { scope: [action] });
      return true;
    } catch {
      // Not this one; try the next.
    }
  }
  return false;
};
