import bootstrap from './bootstrap';
import { includeBuiltInArticle } from './built-in-article';
import config, { type NewsroomConfig } from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import destroy from './destroy';
import policies from './policies';
import register from './register';
import routes from './routes';
import services from './services';

const plugin = {
  register,
  bootstrap,
  destroy,
  config: {
    default: config.default,
    /** Validates the site's options, then registers the built-in article type only when `builtInArticle` is on. */
    validator(options: unknown) {
      config.validator(options);
      includeBuiltInArticle(plugin, builtInParts, (options as Partial<NewsroomConfig>).builtInArticle !== false);
    },
  },
  contentTypes: { ...contentTypes } as Record<string, unknown>,
  controllers: { ...controllers } as Record<string, unknown>,
  policies,
  routes,
  services: { ...services } as Record<string, unknown>,
};

const builtInParts = { contentTypes: contentTypes.article, controllers: controllers.article, services: services.article };

export default plugin;
