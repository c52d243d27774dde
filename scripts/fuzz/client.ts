/** Sends one fuzz request and records its status, duration and, for GraphQL, internal errors. */
import type { Credentials } from './credentials';
import { RESTRICTED_ADMINS, type FuzzRequest } from './types';

export interface FuzzResult {
  index: number;
  request: FuzzRequest;
  /** HTTP status, or 0 when no answer came (timeout, connection error). */
  status: number;
  durationMs: number;
  /** A 5xx, no answer, or a GraphQL error Strapi reports as INTERNAL_SERVER_ERROR in a 200 answer. */
  serverError: boolean;
  /** The cause when the response itself names it (GraphQL, network); otherwise read from the server log. */
  cause?: string;
  /** The answer of a restricted admin's successful admin GET, for the visibility check (admin-visibility.ts). */
  body?: string;
}

const graphqlInternalError = (text: string): string | undefined => {
  try {
    const errors = (JSON.parse(text) as { errors?: Array<{ message: string; extensions?: { code?: string } }> }).errors ?? [];
    return errors.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')?.message;
  } catch {
    return undefined;
  }
};

export const send = async (
  baseUrl: string,
  credentials: Credentials,
  request: FuzzRequest,
  index: number,
  timeoutMs: number
): Promise<FuzzResult> => {
  const headers: Record<string, string> = {};
  if (request.contentType) headers['content-type'] = request.contentType;
  if (request.auth !== 'none') headers.authorization = `Bearer ${credentials[request.auth]}`;
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}${request.path}`, {
      method: request.method,
      headers,
      body: request.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const durationMs = performance.now() - started;
    // Only a 200 can carry a resolver's failure: Apollo answers 400 for a request it refused before running any
    // resolver (syntax, validation, variable coercion), even where Strapi labels the error INTERNAL_SERVER_ERROR
    // (graphql-js aborting after 50 bad variables).
    const graphqlError = request.family === 'graphql' && response.status === 200 ? graphqlInternalError(text) : undefined;
    const restricted = (RESTRICTED_ADMINS as readonly string[]).includes(request.auth);
    const shown = restricted && request.method === 'GET' && request.path.startsWith('/newsroom/') && response.ok ? { body: text } : {};
    return {
      index,
      request,
      status: response.status,
      durationMs,
      serverError: response.status >= 500 || graphqlError !== undefined,
      cause: graphqlError && `GraphQL: ${graphqlError}`,
      ...shown,
    };
  } catch (error) {
    const name =
      (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `request failed: ${(error as Error).message}`;
    return { index, request, status: 0, durationMs: performance.now() - started, serverError: true, cause: name };
  }
};
