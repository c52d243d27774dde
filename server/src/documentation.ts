import type { Core } from '@strapi/strapi';

import { getService } from './accessors';
import { PLUGIN_ID } from './constants';
import { openApiObject, READ_FIELDS, SERIES_ARTICLE_FIELDS, SERIES_PLACEMENT_FIELDS, SUMMARY_FIELDS, TEASER_FIELDS } from './reader-fields';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });

const teaser = openApiObject(TEASER_FIELDS);

const parameters = (defaultType: string, withOrder = false, withScope = false) => [
  { name: 'slugOrDocumentId', in: 'path', required: true, schema: { type: 'string' }, description: 'A slug or a documentId' },
  {
    name: 'type',
    in: 'query',
    required: false,
    schema: { type: 'string', default: defaultType },
    description: 'Content-type uid of a type the plugin serves (the built-in article or one named in the contentTypes option)',
  },
  { name: 'locale', in: 'query', required: false, schema: { type: 'string' }, description: 'Defaults to the default locale; ignored for a type without i18n' },
  { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'An ETag from an earlier answer: 304 when unchanged' },
  ...(withOrder
    ? ['before', 'after'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'integer', minimum: 0, maximum: 50, default: 5 } }))
    : []),
  ...(withScope
    ? [
        {
          name: 'scope',
          in: 'query',
          required: false,
          schema: { type: 'string' },
          description: "Neighbors by publishedAt among the articles sharing this attribute's value (one of the type's readingOrder.scopes, e.g. category); 400 names the configured ones",
        },
      ]
    : []),
];

const operation = (summary: string, schemaName: string, defaultType: string, { withOrder = false, withScope = false } = {}) => ({
  get: {
    tags: ['Newsroom reader'],
    summary,
    parameters: parameters(defaultType, withOrder, withScope),
    responses: {
      200: {
        description: 'OK, with ETag and Cache-Control headers',
        headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } },
        content: json(ref(schemaName)),
      },
      304: { description: 'Not modified (If-None-Match matched the ETag)' },
      400: { description: 'Bad type, locale, scope, before or after (an unknown type lists the served ones, an unknown scope the configured ones)', content: json(ref('Error')) },
      403: {
        description: "The role or token lacks this users-permissions action, or the type's own find/findOne",
        content: json(ref('Error')),
      },
      404: { description: 'No published article with that slug or documentId in that locale', content: json(ref('Error')) },
    },
  },
});

/** A series route: the series by slug or documentId in a locale, and its own query parameters. */
const seriesOperation = (summary: string, schemaName: string, extra: object[]) => ({
  get: {
    tags: ['Newsroom reader'],
    summary,
    parameters: [
      { name: 'slugOrDocumentId', in: 'path', required: true, schema: { type: 'string' }, description: "The series' slug or documentId" },
      { name: 'locale', in: 'query', required: false, schema: { type: 'string' }, description: 'Defaults to the default locale' },
      ...extra,
    ],
    responses: {
      200: { description: 'OK, with ETag and Cache-Control headers', content: json(ref(schemaName)) },
      304: { description: 'Not modified (If-None-Match matched the ETag)' },
      400: { description: 'Bad locale, page, pageSize or read list', content: json(ref('Error')) },
      403: { description: "The role or token lacks this users-permissions action, or the find/findOne of the series' article type", content: json(ref('Error')) },
      404: { description: 'No published series with that slug or documentId in that locale', content: json(ref('Error')) },
    },
  },
});

/** The reader routes as OpenAPI, for `@strapi/plugin-documentation`; `type` defaults to `defaultType` (the built-in article unless `builtInArticle` is off). */
export const readerOpenApi = (defaultType: string) => ({
  tags: [{ name: 'Newsroom reader', description: 'Published articles with their summary and previous/next neighbors' }],
  paths: {
    '/newsroom/read/{slugOrDocumentId}': operation('An article page in one call: the article, its summary and its neighbors', 'NewsroomReadResponse', defaultType, {
      withScope: true,
    }),
    '/newsroom/articles/{slugOrDocumentId}/neighbors': operation('The previous and next published articles', 'NewsroomNeighborsResponse', defaultType, { withScope: true }),
    '/newsroom/articles/{slugOrDocumentId}/summary': operation('The summary for readers in a hurry', 'NewsroomSummaryResponse', defaultType),
    '/newsroom/articles/{slugOrDocumentId}/reading-order': operation(
      'The published articles around one, in reading order',
      'NewsroomReadingOrderResponse',
      defaultType,
      { withOrder: true }
    ),
    '/newsroom/series/{slugOrDocumentId}': seriesOperation('A published series with its published articles in order, paginated', 'NewsroomSeriesResponse', [
      { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 } },
      { name: 'pageSize', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 } },
    ]),
    '/newsroom/series/{slugOrDocumentId}/continue': {
      ...seriesOperation('The first article of the series the reader has not read', 'NewsroomContinueResponse', [
        {
          name: 'read',
          in: 'query',
          required: false,
          schema: { type: 'string' },
          description:
            'The documentIds the reader has read, separated by commas; the server stores nothing about readers. Long lists do not fit a URL: POST them',
        },
      ]),
      post: {
        ...seriesOperation('The same, for a long list of read articles (up to 1,000): the list in the body', 'NewsroomContinueResponse', []).get,
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            properties: { read: { type: 'array', maxItems: 1000, items: { type: 'string' }, description: 'documentIds the reader has read' } },
            additionalProperties: false,
          }),
        },
      },
    },
  },
  components: {
    schemas: {
      NewsroomTeaser: teaser,
      NewsroomSeriesPlacement: openApiObject(SERIES_PLACEMENT_FIELDS),
      NewsroomSeriesArticle: openApiObject(SERIES_ARTICLE_FIELDS),
      NewsroomSeriesResponse: {
        type: 'object',
        properties: {
          data: {
            type: 'object',
            properties: {
              documentId: { type: 'string' },
              slug: { type: 'string' },
              title: { type: 'string' },
              description: { type: 'string', nullable: true },
              locale: { type: 'string', nullable: true },
              articleType: { type: 'string' },
              articles: { type: 'array', items: ref('NewsroomSeriesArticle') },
            },
          },
          meta: { type: 'object', properties: { pagination: { type: 'object' } } },
        },
      },
      NewsroomContinueResponse: {
        type: 'object',
        properties: {
          data: { allOf: [ref('NewsroomSeriesArticle')], nullable: true },
          meta: { type: 'object', properties: { total: { type: 'integer' }, read: { type: 'integer' } } },
        },
      },
      NewsroomReadResponse: {
        type: 'object',
        properties: { data: openApiObject(READ_FIELDS), meta: { type: 'object' } },
      },
      NewsroomNeighborsResponse: {
        type: 'object',
        properties: {
          data: openApiObject({ previous: READ_FIELDS.previous, next: READ_FIELDS.next, series: READ_FIELDS.series }),
        },
      },
      NewsroomSummaryResponse: {
        type: 'object',
        properties: { data: openApiObject(SUMMARY_FIELDS) },
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
});

/**
 * With `@strapi/plugin-documentation` installed and `newsroom` in its
 * `x-strapi-config.plugins`, documents the reader routes (the core article routes
 * are generated by the documentation plugin itself).
 */
export const registerDocumentation = (strapi: Core.Strapi) => {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  documentation.service('override').registerOverride(readerOpenApi(getService(strapi, 'types').defaultType().uid), { pluginOrigin: PLUGIN_ID });
};
