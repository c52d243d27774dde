import type { Core } from '@strapi/strapi';

import { typeTag } from '../../../../contracts/reader';
import type { RevalidatePurge, RevalidatePurgeReason } from '../../../../contracts/revalidation';
import { getService } from '../../accessors';
import { SERIES_UID } from '../../constants';
import type { NewsroomType } from '../../registry';
import { siteScope } from '../reading-order/lock-scope';
import { changedContent, fingerprintOf, type Fingerprint } from './fingerprint';
import { publishedPagesOf } from './published-pages';
import { createReaderGrants } from './reader-grants';
import { createUnservedDeletes } from './unserved-deletes';

/** Longest wait for the transfer's own transaction to commit before the plugin reads what it wrote. */
const COMMIT_WAIT_MS = 10_000;

type LocalesService = { findById(id: unknown): Promise<{ code: string } | null>; delete(params: { id: unknown }): Promise<unknown> };

/**
 * Changes Strapi makes to a site's content around the document service, which the
 * plugin hears of no other way:
 * - **A data transfer** (`strapi import`, `strapi transfer` into this instance)
 *   writes every table with the query engine, with lifecycles off, and announces
 *   nothing. Its one sign is that it turns database lifecycles off when it starts and
 *   on again when it ends (@strapi/data-transfer's local destination and remote
 *   handlers): those two calls are wrapped.
 * - **A deleted locale**: i18n deletes the locale's rows with `deleteMany`, entry by
 *   entry type; its `locales` service is extended (Strapi's services registry
 *   `extend`) to run that delete inside a reading-order change.
 * - **Deletes of a type the plugin does not serve** (unserved-deletes.ts): traced, so
 *   that check and repair can join the chains they cut once the type is served again.
 * After a transfer or a locale deletion, the series index is rebuilt from the series rows, every cached reader
 * answer is dropped on every instance, and one `newsroom.revalidate` event tells front
 * ends what to purge.
 */
const siteChanges = ({ strapi }: { strapi: Core.Strapi }) => {
  const running = new Set<Promise<void>>();
  const grants = createReaderGrants(strapi);
  const unservedDeletes = createUnservedDeletes(strapi);
  let watching = false;

  const purgeEntries = (
    types: NewsroomType[],
    locales: (type: NewsroomType) => Array<string | null>,
    reason: RevalidatePurgeReason
  ): RevalidatePurge[] =>
    types.flatMap((type) => locales(type).map((locale) => ({ type: type.uid, locale, tag: typeTag(type.uid, locale), reason })));

  /**
   * Strapi turns lifecycles back on before its transfer transaction has committed (it
   * ends it without waiting): until its connection is back in the pool, another
   * connection would read the content as it was.
   */
  const transferCommitted = async () => {
    const pool = (strapi.db.connection.client as { pool?: { numUsed(): number; numPendingAcquires(): number } }).pool;
    for (let waited = 0; pool && waited < COMMIT_WAIT_MS && pool.numUsed() + pool.numPendingAcquires() > 0; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  /** After a transfer ended: the index follows the series rows; where content changed, caches and front ends are told. */
  const afterTransfer = async (before: Fingerprint | null) => {
    await transferCommitted();
    await grants.remember();
    const changed = changedContent(before, await fingerprintOf(strapi));
    const served = getService(strapi, 'types').all();
    // A series shows articles of its type in its locale: a change of series rows reaches that type's answers there.
    const seriesLocales = new Set(changed.filter(({ uid }) => uid === SERIES_UID).map(({ locale }) => locale));
    const localesOf = (type: NewsroomType): Array<string | null> => {
      const own = changed.filter(({ uid }) => uid === type.uid).map(({ locale }) => locale);
      if (!type.localized) return own.length > 0 || seriesLocales.size > 0 ? [null] : [];
      return [...new Set([...own, ...seriesLocales])].filter((locale) => locale !== '').sort();
    };
    await getService(strapi, 'reading-order').change(siteScope(), async ({ trx }) => {
      const index = await getService(strapi, 'series').reindexAll(trx);
      if (index.added + index.removed > 0)
        strapi.log.info(`newsroom: series index rebuilt after a data transfer (${index.added} rows added, ${index.removed} removed)`);
      const entries = purgeEntries(served, localesOf, 'data-transfer');
      if (entries.length > 0) await getService(strapi, 'revalidation').purge(trx, entries);
    });
    // The related-articles index is derived from the content the transfer replaced: brought in step again.
    await getService(strapi, 'related').reconcile();
  };

  const track = (work: Promise<void>) => {
    const tracked = work
      .catch((error) => {
        strapi.log.error(
          `newsroom: could not follow a data transfer (${error?.message ?? error}); restart the instance to rebuild the series index`
        );
      })
      .finally(() => running.delete(tracked));
    running.add(tracked);
  };

  const watchTransfers = () => {
    const lifecycles = strapi.db.lifecycles;
    const disable = lifecycles.disable.bind(lifecycles);
    const enable = lifecycles.enable.bind(lifecycles);
    let before: Promise<Fingerprint | null> | null = null;
    lifecycles.disable = () => {
      // Asked for before the transfer opens its transaction, so it reads the content as it was.
      before ??= fingerprintOf(strapi).catch(() => null);
      return disable();
    };
    lifecycles.enable = () => {
      const result = enable();
      if (before) {
        const snapshot = before;
        before = null;
        track(snapshot.then(afterTransfer));
      }
      return result;
    };
  };

  const deleteLocale = async (locales: LocalesService, params: { id: unknown }) => {
    const locale = await locales.findById(params.id);
    if (!locale) return locales.delete(params);
    const localized = getService(strapi, 'types')
      .all()
      .filter((type) => type.localized);
    return getService(strapi, 'reading-order').change(siteScope(), async ({ trx }) => {
      const pages = (await Promise.all(localized.map((type) => publishedPagesOf(strapi, trx, type, locale.code, 'locale-deleted')))).flat();
      // i18n's deletes run in this transaction (Strapi's transaction context), so they commit or fail with the rest.
      const result = await locales.delete(params);
      await getService(strapi, 'series').reindexLocale(trx, locale.code);
      const revalidation = getService(strapi, 'revalidation');
      await revalidation.announce(trx, pages);
      await revalidation.purge(
        trx,
        purgeEntries(localized, () => [locale.code], 'locale-deleted')
      );
      return result;
    });
  };

  return {
    /** Run at bootstrap, once. */
    async watch() {
      if (watching) return;
      watching = true;
      const restored = await grants.restore();
      if (restored > 0)
        strapi.log.info(
          `newsroom: ${restored} users-permissions grants of the plugin's actions given back (dropped by Strapi while the plugin was off)`
        );
      watchTransfers();
      const types = getService(strapi, 'types');
      await unservedDeletes.watch(types.all().map((type) => ({ type, tables: types.tables(type) })));
      strapi.get('services').extend('plugin::i18n.locales', (locales: LocalesService) => ({
        ...locales,
        delete: (params: { id: unknown }) => deleteLocale(locales, params),
      }));
    },

    /** Versions of a type deleted while the plugin did not serve it, with their neighbors (check and repair join the ends). */
    deletedWhileUnserved: (uid: string) => unservedDeletes.traces(uid),

    forgetDeletedWhileUnserved: (uid: string, locale: string | null) => unservedDeletes.forget(uid, locale),

    /** Resolves once the work after every ended transfer is done (awaited at shutdown: `strapi import` destroys its instance right after). */
    async settled() {
      while (running.size > 0) await Promise.all(running);
    },
  };
};

export type SiteChangesService = ReturnType<typeof siteChanges>;

export default siteChanges;
