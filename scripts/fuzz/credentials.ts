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

export const createCredentials = async (baseUrl: string): Promise<Credentials> => {
  const { token: admin } = await postJson(`${baseUrl}/admin/login`, adminCredentials());
  const apiToken = async (type: 'read-only' | 'full-access') =>
    (await postJson(`${baseUrl}/admin/api-tokens`, { name: `fuzz ${type}`, type, lifespan: null, description: 'npm run fuzz' }, admin)).accessKey;
  return { admin, 'read-only': await apiToken('read-only'), 'full-access': await apiToken('full-access') };
};
