import { factories } from '@strapi/strapi';

/**
 * The posts' own REST routes, with the newsroom plugin's query policy: a filter or
 * populate Strapi's query engine would crash on (an object under `$eq`, an unknown
 * operator) is a 400 instead of a 500, as on the plugin's article routes.
 */
const QUERY = 'plugin::newsroom.content-api-query';
// The policy exists only while the plugin is on (config/plugins.ts); Strapi refuses to start on a route naming a missing policy.
const policies = process.env.NEWSROOM_ENABLED === 'false' ? [] : [QUERY];

export default factories.createCoreRouter('api::post.post', {
  config: {
    find: { policies },
    findOne: { policies },
  },
});
