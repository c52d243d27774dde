import type { Core } from '@strapi/strapi';

interface RouteState {
  info?: { pluginName?: string; type?: string };
  config?: { auth?: { scope?: unknown } | false; policies?: unknown[] };
}

interface ErrorBody {
  data?: unknown;
  error?: { status?: number; name?: string; message?: string; details?: Record<string, unknown> };
}

const asList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');

/** The actions a plugin route asks for: the `admin::hasPermissions` policy's (admin routes), else its auth scope (content API). */
export const requiredActions = (route: RouteState): string[] => {
  for (const policy of route.config?.policies ?? []) {
    const { name, config } = (policy ?? {}) as { name?: string; config?: { actions?: unknown[] } };
    if (name === 'admin::hasPermissions') return (config?.actions ?? []).flatMap(asList);
  }
  const auth = route.config?.auth;
  return auth ? asList(auth.scope) : [];
};

/**
 * A 403 that Strapi made bare (the role lacks the route's action: users-permissions,
 * an API token or `admin::hasPermissions` refused it before the plugin's code ran)
 * with the action named, in Strapi's error shape. Refusals with details are left as they are.
 */
export const withRequiredAction = (body: unknown, route: RouteState): unknown => {
  const error = (body as ErrorBody | null)?.error;
  if (!error || error.status !== 403 || (error.details && Object.keys(error.details).length > 0)) return body;
  const actions = requiredActions(route);
  if (actions.length === 0) return body;
  const action = actions.length === 1 ? actions[0] : actions;
  return {
    ...(body as ErrorBody),
    error: {
      ...error,
      name: 'ForbiddenError',
      message: `This route needs the ${actions.map((item) => `"${item}"`).join(' and ')} permission`,
      details: { action, reason: 'permission' },
    },
  };
};

/** Validation errors listed in an answer, at most. */
export const MAX_LISTED_ERRORS = 20;

/**
 * A 4xx whose details stay small whatever the request: Strapi's validation errors
 * (`details.errors`) echo each refused `value`, so a body of 100,000 ids came back
 * as megabytes. The values go (the path and message say what is wrong) and the
 * list stops at MAX_LISTED_ERRORS.
 */
export const withBoundedDetails = (body: unknown): unknown => {
  const error = (body as ErrorBody | null)?.error;
  const listed = error?.details?.errors;
  if (!error || !Array.isArray(listed)) return body;
  const errors = listed.slice(0, MAX_LISTED_ERRORS).map((item) => {
    if (item === null || typeof item !== 'object') return item;
    const { value: _value, ...rest } = item as Record<string, unknown>;
    return rest;
  });
  const more = listed.length - errors.length;
  return { ...(body as ErrorBody), error: { ...error, details: { ...error.details, errors, ...(more > 0 ? { moreErrors: more } : {}) } } };
};

/** The answers of the plugin's own routes: bare 403s name the missing action, 4xx details stay small. */
export const registerErrorAnswers = (strapi: Core.Strapi) => {
  strapi.server.use(async (ctx, next) => {
    await next();
    const route = (ctx.state as { route?: RouteState }).route;
    if (route?.info?.pluginName !== 'newsroom' || ctx.status < 400 || ctx.status >= 500) return;
    if (ctx.status === 403) ctx.body = withRequiredAction(ctx.body, route);
    ctx.body = withBoundedDetails(ctx.body);
  });
};
