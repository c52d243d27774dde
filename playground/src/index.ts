import type { Core } from '@strapi/strapi';

import { adminCredentials, ensureSuperAdmin } from './seed/admin-user';
import { seedDemoContent } from './seed/content';
import { grantPublicActions } from './seed/public-permissions';

const printLogin = (strapi: Core.Strapi, created: boolean) => {
  const { email, password } = adminCredentials();
  const host = strapi.config.get<string>('server.host');
  const port = strapi.config.get<number>('server.port');
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/admin`;
  const note = created ? 'created now' : 'created on first start; the password may have changed since';
  strapi.log.info(`\n  Newsroom playground: log in at ${url}\n  email:    ${email}\n  password: ${password}\n  (${note})\n`);
};

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const created = await ensureSuperAdmin(strapi);
    await grantPublicActions(strapi);
    if (process.env.NEWSROOM_SEED !== 'false' && (await seedDemoContent(strapi))) {
      strapi.log.info('Newsroom playground: demo articles seeded.');
    }
    printLogin(strapi, created);
  },
};
