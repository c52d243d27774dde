import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from '../../constants';

const PERMISSION_UID = 'plugin::users-permissions.permission';
const ROLE_UID = 'plugin::users-permissions.role';
const STORE_KEY = 'users-permissions-grants';
const PREFIX = `plugin::${PLUGIN_ID}.`;

/** A users-permissions grant of one of the plugin's actions, by role type (ids change with an import; types do not). */
interface Grant {
  action: string;
  role: string;
}

type Row = { action: string; role?: { type?: string } | null };

/**
 * Users-permissions deletes, at every start, the grants of actions no plugin
 * registers: turning the plugin off once loses every role's right to read articles,
 * series and summaries, and front ends get 403s when it is back. The plugin keeps a
 * copy of its grants in its store, up to date with every change of the permissions
 * (their lifecycles) and after a data transfer, and at startup gives back the ones
 * that went missing while it was off.
 */
export const createReaderGrants = (strapi: Core.Strapi) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const available = () => Boolean(strapi.plugin('users-permissions'));

  const current = async (): Promise<Grant[]> => {
    const rows = (await strapi.db
      .query(PERMISSION_UID)
      .findMany({ where: { action: { $startsWith: PREFIX } }, populate: ['role'] })) as Row[];
    return rows.flatMap((row) => (row.role?.type ? [{ action: row.action, role: row.role.type }] : []));
  };

  const remember = async () => {
    if (available()) await store().set({ key: STORE_KEY, value: await current() });
  };

  return {
    /** Gives back the grants lost while the plugin was off, then keeps the copy current. Run at bootstrap. */
    async restore(): Promise<number> {
      if (!available()) return 0;
      const kept = ((await store().get({ key: STORE_KEY })) as Grant[] | null) ?? [];
      const held = new Set((await current()).map((grant) => JSON.stringify([grant.action, grant.role])));
      let restored = 0;
      for (const grant of kept.filter((candidate) => !held.has(JSON.stringify([candidate.action, candidate.role])))) {
        const role = (await strapi.db.query(ROLE_UID).findOne({ where: { type: grant.role }, select: ['id'] })) as { id: number } | null;
        if (!role) continue;
        await strapi.db.query(PERMISSION_UID).create({ data: { action: grant.action, role: role.id } });
        restored += 1;
      }
      await remember();
      // One copy at a time; a change made while one is being written gets another after it.
      let writing = false;
      let again = false;
      const refresh = () => {
        if (writing) {
          again = true;
          return;
        }
        writing = true;
        void (async () => {
          do {
            again = false;
            await remember().catch((error) => {
              strapi.log.warn(`newsroom: could not keep a copy of the users-permissions grants (${error?.message ?? error})`);
            });
          } while (again);
          writing = false;
        })();
      };
      strapi.db.lifecycles.subscribe({
        models: [PERMISSION_UID],
        afterCreate: refresh,
        afterCreateMany: refresh,
        afterUpdate: refresh,
        afterDelete: refresh,
        afterDeleteMany: refresh,
      });
      return restored;
    },

    /** After a data transfer the grants are the transferred ones. */
    remember,
  };
};
