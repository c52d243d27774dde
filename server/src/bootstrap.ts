import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from './constants';
import { ADMIN_ACTIONS } from './permissions';
import { ensureReaderIndexes } from './services/reader/indexes';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
  await strapi.plugin(PLUGIN_ID).service('reading-order').prepare();
  await ensureReaderIndexes(strapi);
};
