/**
 * What the admin's tests get for `@strapi/strapi/admin` (jest.config.js maps it here): the
 * Strapi admin's hooks the plugin uses, small enough to load in jsdom in a blink, and an
 * `adminApi` whose requests the test answers (`answerRequests`) and can read back (`sent`).
 */
import { createApi } from '@reduxjs/toolkit/query/react';
import { useLocation, useNavigate } from 'react-router-dom';

/** One request of the plugin's endpoints, as its `query` built it. */
export interface SentRequest {
  url: string;
  method: string;
  params: Record<string, unknown>;
  data: unknown;
}

/** What the base query answers: `data` is the response body; `error` Strapi's error body (`{ status, name, message, details }`). */
export type Answer = { data: unknown } | { error: unknown };

type Args = string | { url: string; method?: string; data?: unknown; config?: { params?: Record<string, unknown> } };

export const sent: SentRequest[] = [];
let answer: (request: SentRequest) => Answer | Promise<Answer> = (request) => ({
  error: { status: 500, name: 'Unanswered', message: `The test answers no ${request.method} ${request.url}` },
});

/** Sets how the server answers from now on (until the next call). */
export const answerRequests = (next: typeof answer) => {
  answer = next;
};

export const adminApi = createApi({
  reducerPath: 'adminApi',
  tagTypes: [],
  endpoints: () => ({}),
  baseQuery: async (args: Args) => {
    const request: SentRequest =
      typeof args === 'string'
        ? { url: args, method: 'GET', params: {}, data: undefined }
        : { url: args.url, method: args.method ?? 'GET', params: args.config?.params ?? {}, data: args.data };
    sent.push(request);
    return answer(request);
  },
});

export const toggleNotification = jest.fn();
export const useNotification = () => ({ toggleNotification });

/** Every action allowed, unless a test says otherwise. */
export const permissions = { allowedActions: {} as Record<string, boolean>, isLoading: false };
export const useRBAC = () => ({
  allowedActions: new Proxy(permissions.allowedActions, { get: (allowed, action: string) => allowed[action] ?? true }),
  isLoading: permissions.isLoading,
});

/** No pause: the tests type, then look at what was asked. */
export const useDebounce = <T>(value: T) => value;

/** The address's query as flat strings, and a setter that merges into it (`undefined` drops a key), like the admin's. */
export const useQueryParams = <Query extends object>() => {
  const { search } = useLocation();
  const navigate = useNavigate();
  const query = Object.fromEntries(new URLSearchParams(search)) as Query;
  const setQuery = (next: Partial<Query>, _method: 'push' | 'remove' = 'push', replace = false) => {
    const merged = Object.entries({ ...query, ...next }).filter(([, value]) => value !== undefined);
    navigate({ search: new URLSearchParams(merged.map(([key, value]) => [key, String(value)])).toString() }, { replace });
  };
  return [{ query, rawQuery: search }, setQuery] as const;
};
