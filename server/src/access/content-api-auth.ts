import type { Core } from '@strapi/strapi';

/** Whether the content-API caller (users-permissions role or API token) holds at least one of the actions. */
export const holdsAnyAction = async (strapi: Core.Strapi, auth: unknown, actions: string[]): Promise<boolean> => {
  for (const action of actions) {
    try {
      await strapi.auth.verify(auth as any, { scope: [action] });
      return true;
    } catch {
      // Not this one; try the next.
    }
  }
  return false;
};
