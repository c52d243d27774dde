import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from './constants';
import { ADMIN_ACTIONS } from './permissions';
import { ensureSlugIndex } from './services/reader/slug-index';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
  await strapi.plugin(PLUGIN_ID).service('reading-order').prepare();
  await ensureSlugIndex(strapi);
};
