import type { Core } from '@strapi/strapi';

import { getService } from './accessors';

/** How long shutdown waits for revalidation events of changes already committed. */
const SETTLE_MS = 5000;

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  getService(strapi, 'backfill').stop();
  await getService(strapi, 'related').stop();
  // Bulk jobs of this instance end before their next chunk (marked failed, with how far they got).
  await getService(strapi, 'bulk').stop();
  // Runs before Strapi closes the database: events of committed changes are still computed and sent.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, SETTLE_MS);
  });
  // `strapi import` destroys its instance as soon as the transfer ends: the series index and the purge must be done first.
  await getService(strapi, 'site-changes').settled();
  await Promise.race([getService(strapi, 'revalidation').settled(), timeout]);
  clearTimeout(timer);
  await getService(strapi, 'reader-cache').stop();
};
