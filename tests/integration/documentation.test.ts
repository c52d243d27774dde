import fs from 'fs';
import path from 'path';

import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ NEWSROOM_DOCUMENTATION: 'true' });
});
afterAll(async () => {
  await app?.stop();
});

describe('OpenAPI (with @strapi/plugin-documentation installed)', () => {
  it('documents the reader routes and the article routes', async () => {
    const documentation = app.strapi.plugin('documentation').service('documentation');
    const version = documentation.getDocumentationVersion();
    const file = path.join(documentation.getFullDocumentationPath(), version, 'full_documentation.json');
    const spec = JSON.parse(fs.readFileSync(file, 'utf8'));

    for (const route of ['read/{slugOrDocumentId}', 'articles/{slugOrDocumentId}/neighbors', 'articles/{slugOrDocumentId}/summary', 'articles/{slugOrDocumentId}/reading-order']) {
      const operation = spec.paths[`/newsroom/${route}`]?.get;
      expect(operation).toBeDefined();
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '304', '400', '403', '404']));
      const type = operation.parameters.find((parameter: { name: string }) => parameter.name === 'type');
      expect(type).toMatchObject({ in: 'query', required: false, schema: { type: 'string', default: 'plugin::newsroom.article' } });
    }
    expect(spec.components.schemas.NewsroomTeaser.properties.source.enum).toEqual(['linked', 'computed']);
    expect(Object.keys(spec.paths).some((route) => route.includes('/articles') && !route.includes('{slugOrDocumentId}'))).toBe(true);
  });
});
