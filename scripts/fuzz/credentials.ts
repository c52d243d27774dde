/** The credentials the requests are sent with: an admin JWT and one API token of each kind. */
import { adminCredentials } from '../../playground/src/seed/admin-user';
import type { Auth } from './types';

const postJson = async (url: string, body: unknown, token?: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as { data?: Record<string, string> };
  if (!response.ok || !json.data) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json)}`);
  return json.data;
};

/** Bearer tokens by kind; `none` sends no Authorization header. */
export type Credentials = Record<Exclude<Auth, 'none'>, string>;

/** Who the restricted admins are, for the check of what their answers list. */
export interface RestrictedAdmins {
  /** The admin user id of `admin-creator`: the articles it may read are those it created. */
  creatorId: number;
}

const send = async (url: string, method: 'PUT' | 'POST', body: unknown, token: string) => {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { data: any }).data;
};

/** The fields a Content Manager permission covers: every attribute of the type but Strapi's own. */
const STRAPI_FIELDS = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

/**
 * A role with exactly these Content Manager actions (plus the plugin's two) and an
 * admin in it, created through the admin API as a site owner would, and logged in.
 */
const restrictedAdmin = async (
  baseUrl: string,
  superAdmin: string,
  name: string,
  grants: Array<{ subject: string; locales?: string[]; conditions?: string[] }>
) => {
  const types = (await (
    await fetch(`${baseUrl}/content-manager/content-types`, { headers: { authorization: `Bearer ${superAdmin}` } })
  ).json()) as {
    data: Array<{ uid: string; attributes: Record<string, unknown> }>;
  };
  const fieldsOf = (uid: string) =>
    Object.keys(types.data.find((type) => type.uid === uid)?.attributes ?? {}).filter((field) => !STRAPI_FIELDS.has(field));
  const role = await postJson(`${baseUrl}/admin/roles`, { name: `fuzz ${name}`, description: 'npm run fuzz' }, superAdmin);
  const contentManager = grants.flatMap(({ subject, locales, conditions }) =>
    ['read', 'create', 'update', 'publish'].map((action) => ({
      action: `plugin::content-manager.explorer.${action}`,
      subject,
      properties: { ...(action === 'publish' ? {} : { fields: fieldsOf(subject) }), ...(locales ? { locales } : {}) },
      conditions: conditions ?? [],
    }))
  );
  const plugin = ['read', 'update'].map((action) => ({
    action: `plugin::newsroom.reading-order.${action}`,
    subject: null,
    properties: {},
    conditions: [],
  }));
  await send(`${baseUrl}/admin/roles/${role.id}/permissions`, 'PUT', { permissions: [...contentManager, ...plugin] }, superAdmin);
  const email = `fuzz-${name}@newsroom.example.com`;
  const user = await postJson(`${baseUrl}/admin/users`, { firstname: 'Fuzz', lastname: name, email, roles: [role.id] }, superAdmin);
  const registered = (await postJson(`${baseUrl}/admin/register`, {
    registrationToken: user.registrationToken,
    userInfo: { firstname: 'Fuzz', lastname: name, password: 'Fuzz-password-1' },
  })) as unknown as { token: string; user: { id: number } };
  return { token: registered.token, id: registered.user.id };
};

export const createCredentials = async (
  baseUrl: string,
  typeUids: string[]
): Promise<{ credentials: Credentials; restricted: RestrictedAdmins }> => {
  const { token: admin } = await postJson(`${baseUrl}/admin/login`, adminCredentials());
  const apiToken = async (type: 'read-only' | 'full-access') =>
    (await postJson(`${baseUrl}/admin/api-tokens`, { name: `fuzz ${type}`, type, lifespan: null, description: 'npm run fuzz' }, admin))
      .accessKey;
  const french = await restrictedAdmin(baseUrl, admin, 'french', [{ subject: 'plugin::newsroom.article', locales: ['fr'] }]);
  const creator = await restrictedAdmin(
    baseUrl,
    admin,
    'creator',
    typeUids.map((subject) => ({ subject, conditions: ['admin::is-creator'] }))
  );
  return {
    credentials: {
      admin,
      'read-only': await apiToken('read-only'),
      'full-access': await apiToken('full-access'),
      'admin-fr': french.token,
      'admin-creator': creator.token,
    },
    restricted: { creatorId: creator.id },
  };
};
