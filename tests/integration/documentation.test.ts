import fs from 'fs';
import path from 'path';

import { z } from '@strapi/utils';

import { READER_ROUTES } from '../../server/src/routes/content-api';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ NEWSROOM_DOCUMENTATION: 'true' });
});
afterAll(async () => {
  await app?.stop();
});

/** The document the documentation plugin wrote. */
const readSpec = () => {
  const documentation = app.strapi.plugin('documentation').service('documentation');
  const version = documentation.getDocumentationVersion();
  const file = path.join(documentation.getFullDocumentationPath(), version, 'full_documentation.json');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
};

/** A zod schema as JSON Schema (OpenAPI 3.0), to compare the document with. */
const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'output', unrepresentable: 'any' }) as Record<string, any>;

describe('OpenAPI (with @strapi/plugin-documentation installed)', () => {
  it('documents the reader routes and the article routes', async () => {
    const spec = readSpec();

    for (const route of [
      'read/{slugOrDocumentId}',
      'articles/{slugOrDocumentId}/neighbors',
      'articles/{slugOrDocumentId}/summary',
      'articles/{slugOrDocumentId}/reading-order',
    ]) {
      const operation = spec.paths[`/newsroom/${route}`]?.get;
      expect(operation).toBeDefined();
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '304', '400', '403', '404']));
      const type = operation.parameters.find((parameter: { name: string }) => parameter.name === 'type');
      expect(type).toMatchObject({ in: 'query', required: false, schema: { type: 'string', default: 'plugin::newsroom.article' } });
    }
    expect(spec.components.schemas.NewsroomTeaser.properties.source.enum).toEqual(['linked', 'computed']);
    expect(Object.keys(spec.paths).some((route) => route.includes('/articles') && !route.includes('{slugOrDocumentId}'))).toBe(true);
  });

  it('documents each reader route as its schemas describe it: parameters, body and answer', () => {
    const spec = readSpec();
    /** Follows `$ref`s (a nullable one is an `allOf`) to the schema, in the document or in zod's own conversion (`definitions`). */
    const resolveIn = (definitions: Record<string, any>, schema: Record<string, any>): Record<string, any> => {
      const ref = schema.$ref ?? schema.allOf?.[0]?.$ref;
      return ref ? resolveIn(definitions, definitions[ref.split('/').pop()]) : schema;
    };
    const resolve = (schema: Record<string, any>) => resolveIn(spec.components.schemas, schema);
    /** The fields of an object schema, one level down (`data`) too. */
    const fieldsOf = (schema: Record<string, any>, lookup: (item: Record<string, any>) => Record<string, any>) => {
      const data = schema.properties?.data ? lookup(schema.properties.data) : undefined;
      const dataObject = data?.type === 'array' ? lookup(data.items) : data;
      return {
        fields: Object.keys(schema.properties ?? {}),
        required: schema.required,
        data: Object.keys(dataObject?.properties ?? {}),
        dataRequired: dataObject?.required,
      };
    };
    for (const route of READER_ROUTES) {
      const label = `${route.method} ${route.path}`;
      const operation = spec.paths[`/newsroom${route.path.replace(/:(\w+)/g, '{$1}')}`]?.[route.method.toLowerCase()];
      expect([label, operation]).toEqual([label, expect.anything()]);
      const { params = {}, query = {}, body } = route.request ?? {};

      const documented = operation.parameters.filter((parameter: { in: string }) => parameter.in !== 'header');
      expect([label, documented.map((parameter: { in: string; name: string }) => `${parameter.in} ${parameter.name}`)]).toEqual([
        label,
        [...Object.keys(params).map((name) => `path ${name}`), ...Object.keys(query).map((name) => `query ${name}`)],
      ]);
      for (const [name, schema] of Object.entries(query)) {
        const parameter = documented.find((item: { name: string }) => item.name === name);
        const expected = jsonSchemaOf(schema);
        expect([label, name, parameter.required]).toEqual([label, name, !schema.safeParse(undefined).success]);
        for (const key of ['type', 'minimum', 'maximum', 'minLength', 'maxLength', 'enum'] as const) {
          expect([label, name, key, parameter.schema[key]]).toEqual([label, name, key, expected[key]]);
        }
        if (name !== 'type') expect([label, name, parameter.schema.default]).toEqual([label, name, expected.default]);
      }

      if (body) {
        const documentedBody = resolve(operation.requestBody.content['application/json'].schema);
        const expected = jsonSchemaOf(body['application/json']);
        expect([label, Object.keys(documentedBody.properties), documentedBody.additionalProperties]).toEqual([
          label,
          Object.keys(expected.properties),
          expected.additionalProperties,
        ]);
      }

      const answer = resolve(operation.responses['200'].content['application/json'].schema);
      const expected = jsonSchemaOf(route.response!);
      const inZod = (item: Record<string, any>) => resolveIn(expected.definitions ?? {}, item);
      expect([label, fieldsOf(answer, resolve)]).toEqual([label, fieldsOf(expected, inZod)]);
    }
  });
});
