import { factories } from '@strapi/strapi';

/**
 * The posts' own REST routes, with the newsroom plugin's query policy (through the
 * playground's own `content-api-query`, which exists whether the plugin is on or off):
 * a filter or populate Strapi's query engine would crash on (an object under `$eq`, an
 * unknown operator) is a 400 instead of a 500, as on the plugin's article routes.
 */
const policies = ['global::content-api-query'];

export default factories.createCoreRouter('api::post.post', {
  config: {
    find: { policies },
    findOne: { policies },
  },
});
