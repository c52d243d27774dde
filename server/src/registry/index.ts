import type { Core } from '@strapi/strapi';

import { getConfig, getService } from '../accessors';
import { extendContentTypes } from './extend';
import { NewsroomConfigError } from '../config';
import { resolveTypes, type ContentTypeSchema } from './resolve';
import { resolveScopes } from './scopes';

export type { NewsroomType } from './resolve';
export type { TypeTables } from './tables';
export type { ReadingScope } from './scopes';

/**
 * Register time: checks `contentTypes` against the app's schemas (an error stops
 * Strapi, naming the uid and the key), adds the attributes the plugin needs to the
 * site's types, and hands the result to the `types` service.
 */
export const registerContentTypes = (strapi: Core.Strapi) => {
  const config = getConfig(strapi);
  const schemaOf = (uid: string) => (strapi.contentTypes as unknown as Record<string, ContentTypeSchema | undefined>)[uid];
  const resolved = resolveTypes(config.contentTypes, {
    contentType: schemaOf,
    component: (uid) => (strapi.components as Record<string, any>)[uid],
  });
  const problems: string[] = [];
  const scopes = resolveScopes(config.readingOrder.scopes, resolved, schemaOf, problems);
  if (problems.length > 0) throw new NewsroomConfigError(problems);
  for (const type of resolved) type.scopes = scopes.get(type.uid) ?? new Map();
  extendContentTypes(strapi, resolved);
  getService(strapi, 'types').serve(resolved);
};
