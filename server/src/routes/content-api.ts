import { factories } from '@strapi/strapi';

import { ARTICLE_UID } from '../constants';

/**
 * The full core router (find, findOne, create, update, delete) under
 * `/api/newsroom/articles`; each route becomes a users-permissions action such as
 * `plugin::newsroom.article.find`, granted to nobody until an admin does so.
 */
const articleRouter = factories.createCoreRouter(ARTICLE_UID);

export default () => ({
  type: 'content-api' as const,
  routes: [...(articleRouter as unknown as { routes: unknown[] }).routes],
});
