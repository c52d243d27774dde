import type { Core } from '@strapi/strapi';

import { feedTag, pageTag, scopeTag, seriesTag } from '../../../../contracts/reader';
import { relatedTag } from '../../../../contracts/related';
import {
  REVALIDATE_EVENT,
  type RevalidatePage,
  type RevalidateRelated,
  type RevalidatePurge,
  type RevalidateReason,
} from '../../../../contracts/revalidation';
import { getService } from '../../accessors';
import type { NewsroomType } from '../../registry';
import type { Transaction } from '../database';
import { pageViewOf, type PageView } from './page-view';
import { diffPage, type PageKey } from './diff';

interface Watched {
  key: PageKey;
  type: NewsroomType;
  before: PageView | null;
}

/** What one transaction may change for readers: the pages seen before its changes, by key. */
interface Pending {
  pages: Map<string, Watched>;
  deleted: Set<string>;
  /** Pages whose change the caller knows exactly (`announce`): sent as they are, not read twice. */
  known: RevalidatePage[];
  /** More cache tags to drop at commit (`dropTags`): answers no page event names, such as a series page. */
  tags: string[];
  /** Whole types replaced or removed (`purge`): every cached answer goes, and the event says which types to purge. */
  purge: RevalidatePurge[];
}

const keyOf = ({ type, documentId, locale }: PageKey) => `${type}|${documentId}|${locale ?? ''}`;

/** Page changes that alter the published text of a type and locale (what related lists are computed from). */
const RELATED_CHANGING: ReadonlySet<RevalidateReason> = new Set(['published', 'updated', 'unpublished', 'deleted']);

/** Page changes that add or take away an article readers count in its series. */
const RENUMBERING: ReadonlySet<RevalidateReason> = new Set(['published', 'unpublished', 'deleted']);

/**
 * `newsroom.revalidate`: one event per committed transaction that changed what
 * readers see, naming every published page whose answer changed. The reading-order
 * service tells it, before each change, which pages the change may reach (the article,
 * its published neighbors and those it will be linked to); this service reads how
 * readers see them inside the transaction, once more after the commit, and emits the
 * difference. Nothing is sent for a rolled-back transaction.
 */
const revalidation = ({ strapi }: { strapi: Core.Strapi }) => {
  const pending = new WeakMap<Transaction, Pending>();
  // Events being computed after their commit (Strapi runs commit callbacks without
  // awaiting them): awaited by `settled`, so that shutdown loses none.
  const inFlight = new Set<Promise<void>>();
  const reader = () => getService(strapi, 'reader');

  /** The pages of other members of the changed pages' published series, whose "Part N of M" or series neighbors moved. */
  const seriesNeighbors = async (changed: Array<{ type: NewsroomType; page: RevalidatePage }>) => {
    const groups = new Map<
      string,
      { type: NewsroomType; locale: string | null; pages: Array<{ documentId: string; renumbers: boolean }> }
    >();
    for (const { type, page } of changed) {
      const teaserMoved = page.reasons.some((reason) => reason === 'updated' || reason === 'slug-changed');
      const renumbers = page.reasons.some((reason) => RENUMBERING.has(reason));
      if (!renumbers && !teaserMoved) continue;
      const group = groups.get(`${type.uid}|${page.locale ?? ''}`) ?? { type, locale: page.locale, pages: [] };
      group.pages.push({ documentId: page.documentId, renumbers });
      groups.set(`${type.uid}|${page.locale ?? ''}`, group);
    }
    const found: RevalidatePage[] = [];
    for (const { type, locale, pages } of groups.values())
      found.push(...(await getService(strapi, 'series').coMemberPages(type, locale, pages)));
    return found;
  };

  /** The types and locales where a page came, went or was published anew: any related list there may have changed. */
  const relatedLists = (changed: Array<{ type: NewsroomType; page: RevalidatePage }>): RevalidateRelated[] => {
    const lists = new Map<string, RevalidateRelated>();
    for (const { type, page } of changed) {
      if (!page.reasons.some((reason) => RELATED_CHANGING.has(reason))) continue;
      lists.set(`${type.uid}|${page.locale ?? ''}`, { type: type.uid, locale: page.locale, tag: relatedTag(type.uid, page.locale) });
    }
    return [...lists.values()];
  };

  /** One entry per page: a page listed twice keeps its first entry, with the reasons of both. */
  const merged = (pages: RevalidatePage[]) => {
    const byKey = new Map<string, RevalidatePage>();
    for (const page of pages) {
      const listed = byKey.get(keyOf(page));
      if (!listed) byKey.set(keyOf(page), { ...page, reasons: [...page.reasons] });
      else for (const reason of page.reasons) if (!listed.reasons.includes(reason)) listed.reasons.push(reason);
    }
    return [...byKey.values()];
  };

  const finish = async (changes: Pending) => {
    const pages: RevalidatePage[] = [...changes.known];
    const changed: Array<{ type: NewsroomType; page: RevalidatePage }> = [];
    for (const [key, { key: page, type, before }] of changes.pages) {
      const after = pageViewOf(await reader().publishedPage(type, page.documentId, page.locale, strapi.db.connection));
      const diff = diffPage(page, before, after, changes.deleted.has(key));
      if (diff) changed.push({ type, page: diff });
    }
    pages.push(...changed.map(({ page }) => page), ...(await seriesNeighbors(changed)));
    const related = relatedLists(changed);
    const lists = related.length > 0 ? { related } : {};
    if (changes.purge.length > 0) strapi.eventHub.emit(REVALIDATE_EVENT, { pages: merged(pages), purge: changes.purge, ...lists });
    else if (pages.length > 0) strapi.eventHub.emit(REVALIDATE_EVENT, { pages: merged(pages), ...lists });
  };

  const pendingFor = async (trx: Transaction): Promise<Pending> => {
    let changes = pending.get(trx);
    if (!changes) {
      const created: Pending = { pages: new Map(), deleted: new Set(), known: [], tags: [], purge: [] };
      changes = created;
      pending.set(trx, created);
      // Runs once the transaction commits (never on a rollback), outside of it.
      await strapi.db.transaction(async ({ onCommit }) =>
        onCommit(() => {
          // Every page the change could reach, before working out which ones it did: the caches drop them at once.
          const keys = [...[...created.pages.values()].map(({ key }) => key), ...created.known];
          // Scoped answers (`?scope=`), series answers, feeds and related lists of the type and locale too: a change
          // anywhere in its published order may move scoped neighbors, a publication in a series renumbers the others,
          // any publication may add a feed item, and one that adds, removes or rewrites a published article may change
          // any related list of the locale.
          const tags = [
            ...new Set([
              ...keys.map((key) => pageTag(key.documentId, key.locale)),
              ...keys.flatMap((key) => [
                scopeTag(key.type, key.locale),
                seriesTag(key.type, key.locale),
                feedTag(key.type, key.locale),
                relatedTag(key.type, key.locale),
              ]),
              ...created.tags,
            ]),
          ];
          const cache = getService(strapi, 'reader-cache');
          const dropped = created.purge.length > 0 ? cache.invalidateAll() : cache.invalidate(tags);
          const running = Promise.all([dropped, finish(created)])
            .then(() => undefined)
            .catch((error) => {
              strapi.log.error(`newsroom: the revalidation event failed: ${error?.message ?? error}`);
            })
            .finally(() => inFlight.delete(running));
          inFlight.add(running);
        })
      );
    }
    return changes;
  };

  const watchOne = async (
    changes: Pending,
    trx: Transaction,
    type: NewsroomType,
    locale: string | null,
    documentId: string,
    absentBefore: boolean
  ) => {
    const key: PageKey = { type: type.uid, documentId, locale };
    if (changes.pages.has(keyOf(key))) return null;
    const before = absentBefore ? null : pageViewOf(await reader().publishedPage(type, documentId, locale, trx));
    changes.pages.set(keyOf(key), { key, type, before });
    return before;
  };

  return {
    /** Resolves once every committed change's event has been computed and emitted. */
    async settled() {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },

    /**
     * Before a change: the pages it may reach, as readers see them now, with the
     * pages that show them as teasers. `absentBefore`: documents the change creates.
     */
    async watch(trx: Transaction, type: NewsroomType, locale: string | null, documentIds: string[], { absentBefore = false } = {}) {
      const changes = await pendingFor(trx);
      for (const documentId of new Set(documentIds)) {
        const before = await watchOne(changes, trx, type, locale, documentId, absentBefore);
        for (const teaser of [before?.previous, before?.next]) {
          if (teaser) await watchOne(changes, trx, type, locale, teaser.documentId, false);
        }
      }
    },

    /**
     * Pages a change is known to reach and how (a bulk relink changes neighbors only,
     * so reading every page before and after would cost more than the change itself):
     * they go with the transaction's one event, after its commit.
     */
    async announce(trx: Transaction, pages: RevalidatePage[]) {
      (await pendingFor(trx)).known.push(...pages);
    },

    /** Cache tags to drop once the transaction commits (on every instance), besides the pages' own. */
    async dropTags(trx: Transaction, tags: string[]) {
      (await pendingFor(trx)).tags.push(...tags);
    },

    /**
     * Whole types in some locales were replaced or removed around the document service
     * (a data transfer, a deleted locale): at commit every cached answer goes, on every
     * instance, and the event carries `purge` for front ends and CDNs.
     */
    async purge(trx: Transaction, entries: RevalidatePurge[]) {
      (await pendingFor(trx)).purge.push(...entries);
    },

    /** The document is being deleted: its pages are listed as `deleted`, not `unpublished`. */
    async markDeleted(trx: Transaction, type: NewsroomType, documentId: string, locales: Array<string | null>) {
      const changes = await pendingFor(trx);
      for (const locale of locales) changes.deleted.add(keyOf({ type: type.uid, documentId, locale }));
    },
  };
};

export type RevalidationService = ReturnType<typeof revalidation>;

export default revalidation;
