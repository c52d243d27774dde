import { compileStrapi } from '@strapi/strapi';

import { PLAYGROUND_DIR } from './paths';

/** Compiles the playground's TypeScript once; every test file then boots the same build. */
export default async function globalSetup() {
  await compileStrapi({ appDir: PLAYGROUND_DIR, ignoreDiagnostics: false });
}
