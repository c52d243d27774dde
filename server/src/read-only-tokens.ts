import type { Core } from '@strapi/strapi';

import { READER_ACTIONS } from './routes/content-api';

interface AuthState {
  strategy?: { name?: string };
  credentials?: { type?: string };
}

type Verify = (auth: unknown, config?: unknown) => Promise<void> | void;

/** Whether every scope a route or resolver asks for is one of the reader API's actions. */
export const asksReaderActionsOnly = (config: unknown): boolean => {
  const scope = (config as { scope?: unknown } | null | undefined)?.scope;
  const scopes = Array.isArray(scope) ? scope : scope === undefined ? [] : [scope];
  return scopes.length > 0 && scopes.every((item) => typeof item === 'string' && READER_ACTIONS.includes(item));
};

const isReadOnlyApiToken = (auth: unknown) => {
  const state = auth as AuthState | null | undefined;
  return state?.credentials?.type === 'read-only' && (state.strategy?.name === 'content-api-token' || state.strategy?.name === 'api-token');
};

/**
 * Strapi's read-only API tokens pass only actions named `find` or `findOne`, so the
 * token a front end should use was refused the reader API, which only ever reads
 * published content and stores nothing. Its actions are read actions: the auth
 * service's verify lets a read-only token through them (REST and GraphQL), and
 * everything else as Strapi decides. The reader still requires the type's own
 * `find` or `findOne`, which a read-only token holds. (The token's expiry is checked
 * when it is authenticated.)
 */
export const letReadOnlyTokensRead = (strapi: Core.Strapi) => {
  const auth = strapi.get('auth') as { verify: Verify };
  const verify: Verify = auth.verify.bind(auth);
  auth.verify = (state, config) => (isReadOnlyApiToken(state) && asksReaderActionsOnly(config) ? undefined : verify(state, config));
};
