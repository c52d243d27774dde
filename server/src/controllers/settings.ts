import type { Core } from '@strapi/strapi';

import type { SettingsResponse } from '../../../contracts/summary';
import type { NewsroomConfig } from '../config';
import { PLUGIN_ID } from '../constants';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  find(ctx: { body: unknown }) {
    const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as NewsroomConfig;
    const response: SettingsResponse = {
      data: {
        summary: { maxLength: config.summary.maxLength, auto: config.summary.auto },
        reader: { wordsPerMinute: config.reader.wordsPerMinute },
        suggest: { available: true },
      },
    };
    ctx.body = response;
  },
});
