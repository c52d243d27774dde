import type { TestApp } from './strapi';

const createApiToken = async (app: TestApp, type: 'full-access' | 'read-only'): Promise<string> => {
  const token = await app.strapi.service('admin::api-token').create({
    name: `newsroom-test-${Date.now()}-${Math.random()}`,
    type,
    lifespan: null,
  });
  return token.accessKey;
};

/** A full-access API token: the "authorized client" of the content API. */
export const createFullAccessToken = (app: TestApp) => createApiToken(app, 'full-access');

/** A read-only API token: `find` and `findOne` on every content type, no writes. */
export const createReadOnlyToken = (app: TestApp) => createApiToken(app, 'read-only');

const login = async (app: TestApp, email: string, password: string): Promise<string> => {
  const response = await app.http().post('/admin/login').send({ email, password });
  if (response.status !== 200) throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data.token;
};

/** A JWT for the playground's super admin (created on boot from the documented defaults). */
export const superAdminToken = (app: TestApp) => login(app, 'editor@newsroom.example.com', 'Newsroom-playground-1');

/** Content Manager permissions name the fields and locales they cover. */
const CONTENT_MANAGER_PROPERTIES = {
  fields: ['title', 'slug', 'summary', 'body', 'cover', 'previousArticle', 'nextArticle'],
  locales: ['en', 'fr'],
};

/**
 * A JWT for a new admin whose role has exactly these permissions (`[action, subject?, properties?, conditions?]`);
 * Content Manager permissions cover every article field and both locales unless `properties` says otherwise.
 * `conditions` are RBAC condition ids, such as `admin::is-creator`.
 */
export const restrictedAdminToken = async (app: TestApp, permissions: Array<[string, string?, Record<string, unknown>?, string[]?]>) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const role = await app.strapi.service('admin::role').create({ name: `Test role ${suffix}`, description: 'test' });
  await app.strapi.service('admin::role').assignPermissions(
    role.id,
    permissions.map(([action, subject, properties, conditions]) => ({
      action,
      subject: subject ?? null,
      properties: { ...(action.startsWith('plugin::content-manager.') ? CONTENT_MANAGER_PROPERTIES : {}), ...properties },
      conditions: conditions ?? [],
    }))
  );
  const email = `restricted-${suffix}@newsroom.example.com`;
  const password = 'Restricted-password-1';
  await app.strapi.service('admin::user').create({
    email,
    password,
    firstname: 'Restricted',
    lastname: 'Editor',
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  return login(app, email, password);
};
