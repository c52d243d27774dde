import type { Core } from '@strapi/strapi';

import { getConfig, getService } from '../accessors';
import { extendContentTypes } from './extend';
import { resolveTypes, type ContentTypeSchema } from './resolve';

export type { NewsroomType } from './resolve';
export type { TypeTables } from './tables';

/**
 * Register time: checks `contentTypes` against the app's schemas (an error stops
 * Strapi, naming the uid and the key), adds the attributes the plugin needs to the
 * site's types, and hands the result to the `types` service.
 */
export const registerContentTypes = (strapi: Core.Strapi) => {
  const resolved = resolveTypes(getConfig(strapi).contentTypes, {
    contentType: (uid) => (strapi.contentTypes as unknown as Record<string, ContentTypeSchema | undefined>)[uid],
    component: (uid) => (strapi.components as Record<string, any>)[uid],
  });
  extendContentTypes(strapi, resolved);
  getService(strapi, 'types').serve(resolved);
};
