import type { Core, UID } from '@strapi/strapi';

import { getConfig, getService } from '../accessors';
import { builtInDisplayName } from '../built-in-article';
import { extendContentTypes } from './extend';
import { NewsroomConfigError } from '../config';
import { resolveTypes, type ContentTypeSchema, type NewsroomType } from './resolve';
import { checkReaderOptions } from './reader-options';
import { resolveScopes } from './scopes';
import type { ComponentSchemaLike } from '../services/summary/body-shape';

export type { NewsroomType } from './resolve';
export type { TypeTables } from './tables';
export type { ReadingScope } from './scopes';

/**
 * Two types called "Article" (the built-in one and a site's own) cannot be told apart
 * in the Content Manager's menu or on the Reading order page: the built-in one is then
 * "Newsroom article". Set every time, as the schema object outlives a restart in the same process.
 */
const nameBuiltInArticle = (resolved: NewsroomType[], schemaOf: (uid: string) => ContentTypeSchema | undefined) => {
  const builtIn = resolved.find((type) => type.builtIn);
  if (!builtIn) return;
  const name = builtInDisplayName(resolved.filter((type) => !type.builtIn).map((type) => type.displayName));
  builtIn.displayName = name;
  const info = schemaOf(builtIn.uid)?.info;
  if (info) info.displayName = name;
};

/**
 * Register time: checks `contentTypes` against the app's schemas (an error stops
 * Strapi, naming the uid and the key), adds the attributes the plugin needs to the
 * site's types, and hands the result to the `types` service.
 */
export const registerContentTypes = (strapi: Core.Strapi) => {
  const config = getConfig(strapi);
  const schemaOf = (uid: string): ContentTypeSchema | undefined => strapi.contentTypes[uid as UID.ContentType];
  const resolved = resolveTypes(
    config.contentTypes,
    { contentType: schemaOf, component: (uid): ComponentSchemaLike | undefined => strapi.components[uid as UID.Component] },
    { builtInArticle: config.builtInArticle }
  );
  nameBuiltInArticle(resolved, schemaOf);
  const problems: string[] = [];
  const scopes = resolveScopes(config.readingOrder.scopes, resolved, schemaOf, problems);
  checkReaderOptions(config, resolved, schemaOf, problems);
  if (problems.length > 0) throw new NewsroomConfigError(problems);
  for (const type of resolved) type.scopes = scopes.get(type.uid) ?? new Map();
  extendContentTypes(strapi, resolved);
  getService(strapi, 'types').serve(resolved);
};
