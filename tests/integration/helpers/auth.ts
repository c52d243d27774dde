import type { TestApp } from './strapi';

/** A full-access API token: the "authorized client" of the content API. */
export const createFullAccessToken = async (app: TestApp): Promise<string> => {
  const token = await app.strapi.service('admin::api-token').create({
    name: `newsroom-test-${Date.now()}-${Math.random()}`,
    type: 'full-access',
    lifespan: null,
  });
  return token.accessKey;
};
