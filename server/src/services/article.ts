import { factories } from '@strapi/strapi';

import { ARTICLE_UID } from '../constants';

export default factories.createCoreService(ARTICLE_UID);
