import type { Core } from '@strapi/strapi';
import { z } from 'zod';

import { getService } from './accessors';
import { PLUGIN_ID } from './constants';
import { READER_ROUTES } from './routes/content-api';
import type { DescribedRoute } from './routes/described-route';

type JsonSchema = Record<string, unknown>;

const TAG = 'Newsroom reader';
const COMPONENTS = '#/components/schemas/';
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const ERROR = json({ $ref: `${COMPONENTS}Error` });

/** The name a schema is documented under (`.meta({ id })`), if it has one. */
const nameOf = (schema: z.ZodType): string | undefined => z.globalRegistry.get(schema)?.id;

/** Rewrites zod's `#/definitions/X` references to the document's components. */
const toComponentRefs = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(toComponentRefs);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === '$ref' && typeof item === 'string' ? item.replace('#/definitions/', COMPONENTS) : toComponentRefs(item),
    ])
  );
};

/**
 * A zod schema as an OpenAPI 3.0 schema. Named schemas inside it become components
 * (added to `components`) and references to them; zod's own bounds of JavaScript
 * numbers and its date-time pattern are left out, as noise for a reader of the document.
 */
const toOpenApi = (schema: z.ZodType, components: Record<string, JsonSchema>): JsonSchema => {
  const converted = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io: 'output',
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      const bounds = jsonSchema as { minimum?: number; maximum?: number; format?: string; pattern?: string };
      if (bounds.minimum === Number.MIN_SAFE_INTEGER) delete bounds.minimum;
      if (bounds.maximum === Number.MAX_SAFE_INTEGER) delete bounds.maximum;
      if (bounds.format === 'date-time') delete bounds.pattern;
    },
  }) as JsonSchema & { definitions?: Record<string, JsonSchema> };
  const { definitions = {}, ...rest } = toComponentRefs(converted) as typeof converted;
  Object.assign(components, definitions);
  const name = nameOf(schema);
  if (!name) return rest;
  components[name] = rest;
  return { $ref: `${COMPONENTS}${name}` };
};

/** A parameter of the route (path or query), its schema's description lifted to the parameter, as OpenAPI readers show it. */
const parameter = (name: string, location: 'path' | 'query', schema: z.ZodType, components: Record<string, JsonSchema>) => {
  const { description, ...converted } = toOpenApi(schema, components);
  return {
    name,
    in: location,
    required: location === 'path' || !schema.safeParse(undefined).success,
    schema: converted,
    ...(description ? { description } : {}),
  };
};

const ARTICLE_ERRORS = {
  400: 'Bad type, locale, scope, before or after (an unknown type lists the served ones, an unknown scope the configured ones)',
  403: "The role or token lacks this users-permissions action, or the type's own find/findOne",
  404: 'No published article with that slug or documentId in that locale',
};

const SERIES_ERRORS = {
  400: 'Bad locale, page, pageSize or read list',
  403: "The role or token lacks this users-permissions action, or the find/findOne of the series' article type",
  404: 'No published series with that slug or documentId in that locale',
};

/** One route as an OpenAPI operation: its parameters, body and 200 answer from its schemas. `type` defaults to `defaultType`. */
const operation = (route: DescribedRoute, defaultType: string, components: Record<string, JsonSchema>) => {
  const { params = {}, query = {}, body } = route.request ?? {};
  const queryParameters = Object.entries(query).map(([name, schema]) => {
    const described = parameter(name, 'query', schema, components);
    return name === 'type' ? { ...described, schema: { ...described.schema, default: defaultType } } : described;
  });
  const errors = route.path.startsWith('/series/') ? SERIES_ERRORS : ARTICLE_ERRORS;
  return {
    tags: [TAG],
    summary: route.summary,
    parameters: [
      ...Object.entries(params).map(([name, schema]) => parameter(name, 'path', schema, components)),
      ...queryParameters,
      {
        name: 'If-None-Match',
        in: 'header',
        required: false,
        schema: { type: 'string' },
        description: 'An ETag from an earlier answer: 304 when unchanged',
      },
    ],
    ...(body ? { requestBody: { required: true, content: json(toOpenApi(body['application/json'], components)) } } : {}),
    responses: {
      200: {
        description: 'OK, with ETag and Cache-Control headers',
        headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } },
        ...(route.response ? { content: json(toOpenApi(route.response, components)) } : {}),
      },
      304: { description: 'Not modified (If-None-Match matched the ETag)' },
      400: { description: errors[400], content: ERROR },
      403: { description: errors[403], content: ERROR },
      404: { description: errors[404], content: ERROR },
    },
  };
};

/** `/read/:slugOrDocumentId` as OpenAPI writes it, under the plugin's prefix. */
const openApiPath = (path: string) => `/${PLUGIN_ID}${path.replace(/:(\w+)/g, '{$1}')}`;

/**
 * The reader routes as OpenAPI, for `@strapi/plugin-documentation`, generated from
 * the routes' own schemas; `type` defaults to `defaultType` (the built-in article
 * unless `builtInArticle` is off).
 */
export const readerOpenApi = (defaultType: string, routes: readonly DescribedRoute[] = READER_ROUTES) => {
  const components: Record<string, JsonSchema> = {};
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[openApiPath(route.path)] = {
      ...paths[openApiPath(route.path)],
      [route.method.toLowerCase()]: operation(route, defaultType, components),
    };
  }
  return {
    tags: [{ name: TAG, description: 'Published articles with their summary and previous/next neighbors' }],
    paths,
    components: { schemas: components },
  };
};

/**
 * With `@strapi/plugin-documentation` installed and `newsroom` in its
 * `x-strapi-config.plugins`, documents the reader routes (the core article routes
 * are generated by the documentation plugin itself).
 */
export const registerDocumentation = (strapi: Core.Strapi) => {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  documentation
    .service('override')
    .registerOverride(readerOpenApi(getService(strapi, 'types').defaultType().uid), { pluginOrigin: PLUGIN_ID });
};
