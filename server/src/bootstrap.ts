import type { Core } from '@strapi/strapi';

import { REVALIDATE_EVENT } from '../../contracts/revalidation';
import { getService } from './accessors';
import { ADMIN_ACTIONS } from './permissions';
import { persistPluginTables } from './registry/persisted-tables';
import { ensureReaderIndexes } from './services/reader/indexes';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
  // Lets webhooks subscribe to the pages a change made stale (Settings -> Webhooks, or the admin API).
  strapi.get('webhookStore').addAllowedEvent('NEWSROOM_REVALIDATE', REVALIDATE_EVENT);
  await getService(strapi, 'reading-order').prepare();
  await getService(strapi, 'series').prepare();
  await ensureReaderIndexes(strapi);
  await getService(strapi, 'related').ensureTables();
  const types = getService(strapi, 'types');
  await persistPluginTables(
    strapi,
    types.all().map((type) => ({ type, tables: types.tables(type) }))
  );
  await getService(strapi, 'reader-cache').start();
  // Data transfers and locale deletions change content around the document service; grants lost while the plugin was off come back.
  await getService(strapi, 'site-changes').watch();
  // A media file's alt text, caption or formats show in covers, and their edits reach no article: every cached answer goes.
  const dropAnswers = async () => {
    const drop = () => void getService(strapi, 'reader-cache').invalidateAll();
    if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ onCommit }) => onCommit(drop));
    else drop();
  };
  strapi.db.lifecycles.subscribe({
    models: ['plugin::upload.file'],
    afterUpdate: dropAnswers,
    afterUpdateMany: dropAnswers,
    afterDelete: dropAnswers,
    afterDeleteMany: dropAnswers,
  });
  // Articles written before the plugin served their type get their word count and automatic summary.
  getService(strapi, 'backfill').start();
  // The related-articles index follows what was published while the plugin was off, or before it served a type.
  void getService(strapi, 'related').reconcile();
};
