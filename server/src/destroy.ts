import type { Core } from '@strapi/strapi';

import { getService } from './accessors';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  getService(strapi, 'backfill').stop();
};
