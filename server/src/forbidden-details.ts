import type { Core } from '@strapi/strapi';

interface RouteState {
  info?: { pluginName?: string; type?: string };
  config?: { auth?: { scope?: unknown } | false; policies?: unknown[] };
}

interface ErrorBody {
  data?: unknown;
  error?: { status?: number; name?: string; message?: string; details?: Record<string, unknown> };
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');

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

/** Names the missing action in the bare 403s of the plugin's own routes. */
export const registerForbiddenDetails = (strapi: Core.Strapi) => {
  strapi.server.use(async (ctx, next) => {
    await next();
    const route = (ctx.state as { route?: RouteState }).route;
    if (ctx.status === 403 && route?.info?.pluginName === 'newsroom') ctx.body = withRequiredAction(ctx.body, route);
  });
};
