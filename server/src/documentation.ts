import type { Core } from '@strapi/strapi';

import { BUILT_IN_ARTICLE_UID } from '../../contracts/content-types';
import { PLUGIN_ID } from './constants';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const nullable = (schema: object) => ({ ...schema, nullable: true });

const teaser = {
  type: 'object',
  required: ['documentId', 'title', 'slug', 'publishedAt', 'source'],
  properties: {
    documentId: { type: 'string' },
    title: { type: 'string' },
    slug: { type: 'string' },
    summary: nullable({ type: 'string' }),
    publishedAt: { type: 'string', format: 'date-time' },
    source: { type: 'string', enum: ['linked', 'computed'], description: 'linked: the reading order; computed: the publishedAt fallback' },
  },
};

const summaryFields = {
  summary: nullable({ type: 'string', description: "The editor's summary, or the automatic one" }),
  summarySource: { type: 'string', enum: ['editor', 'auto', 'none'] },
  readingTimeMinutes: { type: 'integer', minimum: 0 },
};

const parameters = (withOrder = false) => [
  { name: 'slugOrDocumentId', in: 'path', required: true, schema: { type: 'string' }, description: 'A slug or a documentId' },
  {
    name: 'type',
    in: 'query',
    required: false,
    schema: { type: 'string', default: BUILT_IN_ARTICLE_UID },
    description: 'Content-type uid of a type the plugin serves (the built-in article or one named in the contentTypes option)',
  },
  { name: 'locale', in: 'query', required: false, schema: { type: 'string' }, description: 'Defaults to the default locale; ignored for a type without i18n' },
  { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'An ETag from an earlier answer: 304 when unchanged' },
  ...(withOrder
    ? ['before', 'after'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'integer', minimum: 0, maximum: 50, default: 5 } }))
    : []),
];

const operation = (summary: string, schemaName: string, withOrder = false) => ({
  get: {
    tags: ['Newsroom reader'],
    summary,
    parameters: parameters(withOrder),
    responses: {
      200: {
        description: 'OK, with ETag and Cache-Control headers',
        headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } },
        content: json(ref(schemaName)),
      },
      304: { description: 'Not modified (If-None-Match matched the ETag)' },
      400: { description: 'Bad type, locale, before or after (an unknown type lists the served ones)', content: json(ref('Error')) },
      403: {
        description: "The role or token lacks this users-permissions action, or the type's own find/findOne",
        content: json(ref('Error')),
      },
      404: { description: 'No published article with that slug or documentId in that locale', content: json(ref('Error')) },
    },
  },
});

/** The reader routes as OpenAPI, for `@strapi/plugin-documentation`. */
export const readerOpenApi = {
  tags: [{ name: 'Newsroom reader', description: 'Published articles with their summary and previous/next neighbors' }],
  paths: {
    '/newsroom/read/{slugOrDocumentId}': operation('An article page in one call: the article, its summary and its neighbors', 'NewsroomReadResponse'),
    '/newsroom/articles/{slugOrDocumentId}/neighbors': operation('The previous and next published articles', 'NewsroomNeighborsResponse'),
    '/newsroom/articles/{slugOrDocumentId}/summary': operation('The summary for readers in a hurry', 'NewsroomSummaryResponse'),
    '/newsroom/articles/{slugOrDocumentId}/reading-order': operation(
      'The published articles around one, in reading order',
      'NewsroomReadingOrderResponse',
      true
    ),
  },
  components: {
    schemas: {
      NewsroomTeaser: teaser,
      NewsroomReadResponse: {
        type: 'object',
        properties: {
          data: {
            type: 'object',
            properties: {
              documentId: { type: 'string' },
              title: { type: 'string' },
              slug: { type: 'string' },
              locale: nullable({ type: 'string', description: 'null for a type without i18n' }),
              publishedAt: { type: 'string', format: 'date-time' },
              body: { type: 'array', items: { type: 'object' }, description: 'Strapi rich text (blocks)' },
              cover: nullable({ type: 'object', description: 'The cover image (url, alternativeText, width, height, formats, ...)' }),
              ...summaryFields,
              previous: nullable(ref('NewsroomTeaser')),
              next: nullable(ref('NewsroomTeaser')),
            },
          },
          meta: { type: 'object' },
        },
      },
      NewsroomNeighborsResponse: {
        type: 'object',
        properties: {
          data: { type: 'object', properties: { previous: nullable(ref('NewsroomTeaser')), next: nullable(ref('NewsroomTeaser')) } },
        },
      },
      NewsroomSummaryResponse: {
        type: 'object',
        properties: { data: { type: 'object', properties: summaryFields } },
      },
      NewsroomReadingOrderResponse: {
        type: 'object',
        properties: {
          data: {
            type: 'array',
            items: {
              type: 'object',
              properties: { ...teaser.properties, current: { type: 'boolean' } },
            },
          },
          meta: {
            type: 'object',
            properties: {
              before: { type: 'integer' },
              after: { type: 'integer' },
              hasMoreBefore: { type: 'boolean' },
              hasMoreAfter: { type: 'boolean' },
            },
          },
        },
      },
    },
  },
};

/**
 * With `@strapi/plugin-documentation` installed and `newsroom` in its
 * `x-strapi-config.plugins`, documents the reader routes (the core article routes
 * are generated by the documentation plugin itself).
 */
export const registerDocumentation = (strapi: Core.Strapi) => {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  documentation.service('override').registerOverride(readerOpenApi, { pluginOrigin: PLUGIN_ID });
};
