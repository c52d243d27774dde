import type { Core } from '@strapi/strapi';

import { playgroundStore } from './store';

/** What readers of the playground may do without a token. */
export const PUBLIC_ACTIONS = [
  'plugin::newsroom.article.find',
  'plugin::newsroom.article.findOne',
  'api::post.post.find',
  'api::post.post.findOne',
  'plugin::newsroom.reader.read',
  'plugin::newsroom.reader.neighbors',
  'plugin::newsroom.reader.summary',
  'plugin::newsroom.reader.related',
  'plugin::newsroom.reader.readingOrder',
  'plugin::newsroom.reader.series',
  'plugin::newsroom.reader.continue',
  'plugin::newsroom.reader.feed',
];

/**
 * Grants each action to the public role once. An action is remembered after its
 * first grant, so an admin who revokes it later is not overruled on the next start.
 */
export const grantPublicActions = async (strapi: Core.Strapi) => {
  const store = playgroundStore(strapi);
  const granted = ((await store.get({ key: 'public-actions-granted' })) as string[] | null) ?? [];
  const pending = PUBLIC_ACTIONS.filter((action) => !granted.includes(action));
  if (pending.length === 0) return;

  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  for (const action of pending) {
    const permissions = strapi.db.query('plugin::users-permissions.permission');
    if (!(await permissions.findOne({ where: { action, role: role.id } }))) {
      await permissions.create({ data: { action, role: role.id } });
    }
  }
  await store.set({ key: 'public-actions-granted', value: [...granted, ...pending] });
};
