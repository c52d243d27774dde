import type { Core } from '@strapi/strapi';

const PLUGIN_POLICY = 'plugin::newsroom.content-api-query';

/**
 * The posts' routes take the newsroom plugin's query policy while the plugin is on
 * (a filter Strapi's query engine would crash on is a 400, as on the plugin's own
 * routes). A route naming a plugin policy stops Strapi from starting once the plugin
 * is off, so the routes name this one, which asks the plugin's when it is there.
 */
export default (context: unknown, config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  if (!strapi.plugin('newsroom')) return true;
  const policy = strapi.policy(PLUGIN_POLICY) as unknown as (
    context: unknown,
    config: unknown,
    options: { strapi: Core.Strapi }
  ) => unknown;
  return policy(context, config, { strapi });
};
