import { factories } from '@strapi/strapi';

import { ARTICLE_UID } from '../constants';

/** Strapi's core find/findOne/create/update/delete for `/api/newsroom/articles`. */
export default factories.createCoreController(ARTICLE_UID);
