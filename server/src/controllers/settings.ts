import type { Core } from '@strapi/strapi';

import type { SettingsResponse } from '../../../contracts/summary';
import { getConfig, getService } from '../accessors';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: { body: unknown }) {
    const config = getConfig(strapi);
    const response: SettingsResponse = {
      data: {
        summary: { maxLength: config.summary.maxLength, auto: config.summary.auto },
        reader: { wordsPerMinute: config.reader.wordsPerMinute },
        suggest: { available: true },
        contentTypes: await getService(strapi, 'types').settings(),
      },
    };
    ctx.body = response;
  },
});
