import { AsyncLocalStorage } from 'node:async_hooks';

import type { Core } from '@strapi/strapi';

import type { DetachedLink, DroppedRestoreLink } from '../../../../contracts/reading-order';
import { getConfig, getService } from '../../accessors';
import { actionLocales, defaultLocale, localeCodes } from '../../locales';
import type { NewsroomType } from '../../registry';
import { searchCandidates, type CandidateQuery } from './candidates';
import { inTransaction, type Transaction } from '../database';
import { assertAdminMayRelink } from './admin-permissions';
import { createDraftLinks, type DraftLinkRequest, type PreparedDraftChange } from './draft-links';
import { changesLinks, type LinkIntents } from './link-input';
import { createLinkTable } from './link-table';
import { createReadingOrderLock, lockDocumentRows } from './lock';
import { covers, localesScope, siteScope, typeScope, type LockScope } from './lock-scope';
import { readNeighborhood } from './neighborhood';
import { createPublishedLinks, type CapturedNeighbors } from './published-links';
import { prepareKeepingValidLinks } from './keep-valid-links';
import { isDraft } from './versions';

const createParts = (strapi: Core.Strapi, type: NewsroomType) => {
  const links = createLinkTable(strapi, type, getService(strapi, 'types').tables(type));
  return { links, drafts: createDraftLinks(links), published: createPublishedLinks(links) };
};

/** A locale of a reading order: null is the one order of a type without i18n. */
export type OrderLocale = string | null;

/** The article a document action is about: `locale` as Strapi was given it (a code, `'*'`, a list or nothing). */
export interface ActionTarget {
  type: NewsroomType;
  documentId: string;
  locale: unknown;
}

export interface WriteRequest extends ActionTarget {
  action: 'create' | 'update' | 'clone';
  /** `status: 'published'` on the write: the links go live with it. */
  publishes: boolean;
  links: LinkIntents;
  /**
   * Set for a write that puts an old version back (Content History's restore):
   * links the order no longer allows are left out and handed here, instead of
   * refusing the whole write.
   */
  onDroppedLinks?: (dropped: DroppedRestoreLink[]) => void;
}

/** Strapi's own action, run by the service at the right moment inside the change. */
type Perform<T> = () => Promise<T>;

export interface ChangeContext {
  trx: Transaction;
  /** What the change has locked: a change started inside it joins it, taking what it lacks. */
  held: LockScope[];
  /** What the change detached as a side effect, for the admin's response. */
  detached: DetachedLink[];
}

/**
 * The reading-order service: the only code that changes links. Every change runs
 * in one transaction that holds the reading-order lock from its first statement.
 */
const readingOrder = ({ strapi }: { strapi: Core.Strapi }) => {
  const options = () => getConfig(strapi).readingOrder;
  const lock = createReadingOrderLock(strapi, () => options().lockTimeoutMs);
  const changes = new AsyncLocalStorage<ChangeContext>();
  /**
   * The tail of the changes queued on each open transaction. Strapi's bulk actions
   * run several document calls concurrently in one transaction (the same
   * connection, so the lock cannot keep them apart); queuing them here makes each
   * change see the previous one's writes, as separate requests would.
   */
  const queues = new WeakMap<Transaction, Promise<unknown>>();
  const oneAtATime = <T>(trx: Transaction, work: () => Promise<T>): Promise<T> => {
    const previous = queues.get(trx) ?? Promise.resolve();
    const run = previous.then(work, work);
    queues.set(
      trx,
      run.catch(() => undefined)
    );
    return run;
  };

  // One set per type; the database metadata exists only once Strapi has loaded, hence the late start.
  const parts = new Map<string, ReturnType<typeof createParts>>();
  const tables = (type: NewsroomType) => {
    let found = parts.get(type.uid);
    if (!found) {
      found = createParts(strapi, type);
      parts.set(type.uid, found);
    }
    return found;
  };

  /** Run at bootstrap: gets the locks of every served type and locale ready before the first request. */
  const prepare = async () => {
    const locales = await localeCodes(strapi);
    const scopes = getService(strapi, 'types')
      .all()
      .map((type) => localesScope(type.uid, type.localized ? locales : [null]));
    await lock.prepare([siteScope(), ...scopes]);
  };

  /**
   * Runs `work` in a transaction holding the locks of `scope` (what the change may
   * touch: changes that cannot meet run side by side). A call made inside another
   * change (a document call from a lifecycle hook, say) joins that change instead
   * of waiting on locks its own transaction already holds.
   */
  const change = async <T>(scope: LockScope, work: (context: ChangeContext) => Promise<T>): Promise<T> => {
    const current = changes.getStore();
    if (current) {
      if (!current.held.some((held) => covers(held, scope))) {
        await lock.acquire(current.trx, scope);
        current.held.push(scope);
      }
      return work(current);
    }
    return inTransaction(strapi, (trx) =>
      oneAtATime(trx, async () => {
        await lock.acquire(trx, scope);
        const context: ChangeContext = { trx, held: [scope], detached: [] };
        return changes.run(context, () => work(context));
      })
    );
  };

  /**
   * The lock scope of a document action on a type, from its `locale` as Strapi was
   * given it, without reading the database (the locks come before any read):
   * every locale of the type for `'*'`.
   */
  const scopeOf = async (type: NewsroomType, locale: unknown): Promise<LockScope> => {
    if (!type.localized) return localesScope(type.uid, [null]);
    if (typeof locale === 'string' && locale !== '*') return localesScope(type.uid, [locale]);
    if (Array.isArray(locale) && locale.length > 0 && locale.every((item) => typeof item === 'string'))
      return localesScope(type.uid, locale);
    if (locale === undefined || locale === null) return localesScope(type.uid, [await defaultLocale(strapi)]);
    return typeScope(type.uid);
  };

  /** The detached links of the change in progress, if any (read by the admin route). */
  const detachedSoFar = (): DetachedLink[] => changes.getStore()?.detached ?? [];

  const prepareDraftChange = (trx: Transaction, type: NewsroomType, request: Omit<DraftLinkRequest, 'allowCycles' | 'fields'>) => {
    return tables(type).drafts.prepare(trx, { ...request, fields: type.fields, allowCycles: options().allowCycles });
  };

  const applyDraftChange = async (
    context: ChangeContext,
    type: NewsroomType,
    prepared: PreparedDraftChange,
    documentId: string,
    locale: OrderLocale
  ) => {
    const draft = (await tables(type).links.versions(context.trx, [documentId], locale)).find(isDraft);
    if (!draft) return;
    context.detached.push(...(await tables(type).drafts.apply(context.trx, prepared, draft.id)));
  };

  /** Refuses a change that rewrites links of articles the requesting admin may not update (admin requests only). */
  const assertMayRelink = (type: NewsroomType, prepared: PreparedDraftChange) =>
    assertAdminMayRelink(strapi, type, prepared.plan, prepared.subject);

  /** What a change would detach, without making it (the admin's dry run). */
  const previewDraftChange = async (
    trx: Transaction,
    type: NewsroomType,
    prepared: PreparedDraftChange,
    documentId: string,
    locale: OrderLocale
  ) => {
    const draft = (await tables(type).links.versions(trx, [documentId], locale)).find(isDraft);
    return draft ? tables(type).drafts.detachedBy(trx, prepared, draft.id) : [];
  };

  /** Removes every link of the document's drafts (a clone must not share its original's place). */
  const unlinkDrafts = async (trx: Transaction, type: NewsroomType, documentId: string) => {
    const { links } = tables(type);
    const drafts = (await links.versions(trx, [documentId])).filter(isDraft);
    await links.remove(
      trx,
      await links.linksTouching(
        trx,
        drafts.map((draft) => draft.id)
      )
    );
  };

  const syncPublished = async (trx: Transaction, type: NewsroomType, documentId: string, locales: OrderLocale[]) => {
    const { allowCycles, skipUnpublished } = options();
    for (const locale of locales) {
      await tables(type).published.syncFromDraft(trx, documentId, locale, { allowCycles, skipUnpublished });
    }
  };

  /** After an unpublication: readers step over the article, so its published neighbors are linked (`skipUnpublished`). */
  const closeUnpublishedGap = async (trx: Transaction, type: NewsroomType, captured: CapturedNeighbors[]) => {
    if (options().skipUnpublished)
      await tables(type).published.heal(
        trx,
        captured.filter((entry) => entry.published)
      );
  };

  const capture = (trx: Transaction, type: NewsroomType, documentId: string, locales: OrderLocale[]) =>
    tables(type).published.capture(trx, documentId, locales);

  const healAfterDelete = async (trx: Transaction, type: NewsroomType, captured: CapturedNeighbors[]) => {
    if (options().onDelete === 'heal') await tables(type).published.heal(trx, captured);
  };

  /** After a discarded draft: its draft takes the published links again, under the usual rules. */
  const restoreAfterDiscard = async (context: ChangeContext, type: NewsroomType, documentId: string, captured: CapturedNeighbors[]) => {
    const { published } = tables(type);
    await published.restore(context.trx, documentId, captured);
    for (const entry of captured.filter((item) => item.published)) {
      const set = (target: string | null) =>
        target === null ? ({ kind: 'unset' } as const) : ({ kind: 'set', ref: { documentId: target } } as const);
      const attempts = [
        { previous: set(entry.previous), next: set(entry.next) },
        { previous: set(entry.previous), next: { kind: 'unchanged' } as const },
        { previous: { kind: 'unchanged' } as const, next: set(entry.next) },
      ];
      // The order may have moved on since publication: restore what still fits the rules.
      for (const attempt of attempts) {
        try {
          const prepared = await prepareDraftChange(context.trx, type, { documentId, locale: entry.locale, ...attempt });
          await applyDraftChange(context, type, prepared, documentId, entry.locale);
          break;
        } catch (error) {
          if ((error as { name?: string }).name !== 'ValidationError') throw error;
        }
      }
    }
  };

  /**
   * Before a change readers may see: tells the revalidation service which pages it
   * can reach (the article, where its draft order will link it, the newest article
   * when neighbors fall back to dates; the revalidation service adds their neighbors).
   */
  const watchPages = async (trx: Transaction, type: NewsroomType, documentIds: string[], locales: OrderLocale[]) => {
    const { skipUnpublished, fallback } = options();
    for (const locale of locales) {
      const reach = [...documentIds];
      for (const documentId of documentIds) {
        reach.push(...(await tables(type).published.publishedAlongDrafts(trx, documentId, locale, skipUnpublished)));
      }
      if (fallback === 'publishedAt') {
        const latest = await getService(strapi, 'reader').latestPublished(type, locale, trx);
        if (latest) reach.push(latest);
      }
      await getService(strapi, 'revalidation').watch(trx, type, locale, reach);
    }
  };

  /** The locales a document action touches: one, several, or every one (`'*'`). */
  const localesOf = async (trx: Transaction, type: NewsroomType, documentId: string, locale: unknown): Promise<OrderLocale[]> => {
    // Strapi ignores the locale of a type without i18n: its rows have none.
    if (!type.localized) return [null];
    return actionLocales(strapi, locale, async () => {
      const versions = await tables(type).links.versions(trx, [documentId]);
      return [...new Set(versions.map((version) => version.locale).filter((code): code is string => code !== null))];
    });
  };

  /**
   * The documentIds of the articles a write links to, however it names them: a row id
   * (`nextPost: [39]`, `{ connect: [39] }`) names the article as much as a documentId
   * does, and its page changes the same (found by the fuzz's cache check: the target's
   * cached answers kept their old neighbor).
   */
  const linkTargets = async (trx: Transaction, type: NewsroomType, links: LinkIntents): Promise<string[]> => {
    const refs = [links.previous, links.next].flatMap((intent) => (intent.kind === 'set' ? [intent.ref] : []));
    const rowIds = refs.flatMap((ref) => (ref.documentId === undefined && ref.id !== undefined ? [ref.id] : []));
    const byRowId = rowIds.length > 0 ? await tables(type).links.versionsByIds(trx, rowIds) : [];
    return [...refs.flatMap((ref) => (ref.documentId ? [ref.documentId] : [])), ...byRowId.map((version) => version.documentId)];
  };

  /** Whether a create, update or clone has reading-order work (else Strapi's write runs alone). */
  const writeTouchesOrder = (request: WriteRequest) => request.action === 'clone' || request.publishes || changesLinks(request.links);

  /** The link change a write asks for, checked against the current order (null when it changes no link). */
  const prepareWrittenLinks = async (trx: Transaction, request: WriteRequest, subject: string | null, locale: OrderLocale) => {
    if (!changesLinks(request.links)) return null;
    const prepare = (links: LinkIntents) => prepareDraftChange(trx, request.type, { documentId: subject, locale, ...links });
    let prepared: PreparedDraftChange | null;
    if (request.onDroppedLinks) {
      const kept = await prepareKeepingValidLinks(request.links, request.type.fields, prepare);
      if (kept.dropped.length > 0) request.onDroppedLinks(kept.dropped);
      prepared = kept.prepared;
    } else {
      prepared = await prepare(request.links);
    }
    if (prepared) await assertMayRelink(request.type, prepared);
    return prepared;
  };

  /**
   * Create, update or clone: the link change is checked against the current order
   * under the lock, Strapi writes the article, then the links are written (a clone
   * first loses the original's place) and, when the write publishes, go live.
   */
  const write = async <T>(request: WriteRequest, perform: Perform<T>): Promise<T> => {
    // A create or update that links nothing, outside any transaction, runs without the lock:
    // - inside an outer transaction (the Content Manager's publish saves the draft, then publishes, in one), the
    //   lock is taken before this write's row locks: a transaction that locked an article row first and asked
    //   for the lock later could deadlock with a change holding the lock (PostgreSQL aborted one, found by the fuzz);
    // - an update is serialized with deletes: Strapi reads the row, then updates it, and a delete committed in
    //   between left it an update of nothing, whose `entry.update` event then failed after the commit and
    //   stopped the server (found by the fuzz on PostgreSQL).
    if (!writeTouchesOrder(request) && !strapi.db.inTransaction()) {
      if (request.action === 'create') return perform();
      // A save that changes no link (the Content Manager's Save, a script's update) leaves the reading order
      // alone: it holds only its own article's rows, never the lock, so a slow save (thousands of
      // components) makes no other editor wait. Its rows are locked before Strapi reads them, so a delete
      // committed meanwhile is seen (a 404), not updated into nothing.
      if (request.action === 'update') {
        return inTransaction(strapi, async (trx) => {
          await lockDocumentRows(strapi, trx, getService(strapi, 'types').tables(request.type), request.documentId);
          return perform();
        });
      }
    }
    return change(await scopeOf(request.type, request.locale), async (change) => {
      const { type } = request;
      const [locale] = await localesOf(change.trx, type, request.documentId, request.locale);
      const subject = request.action === 'update' ? request.documentId : null;
      const prepared = await prepareWrittenLinks(change.trx, request, subject, locale);
      if (request.publishes) {
        const targets = await linkTargets(change.trx, type, request.links);
        await watchPages(change.trx, type, [...(subject ? [subject] : []), ...targets], [locale]);
      }
      const result = await perform();
      const documentId = (result as { documentId?: string } | null)?.documentId;
      if (!documentId) return result;
      if (request.publishes && !subject) {
        await getService(strapi, 'revalidation').watch(change.trx, type, locale, [documentId], { absentBefore: true });
      }
      if (request.action === 'clone') await unlinkDrafts(change.trx, type, documentId);
      if (prepared) await applyDraftChange(change, type, prepared, documentId, locale);
      if (request.publishes) await syncPublished(change.trx, type, documentId, [locale]);
      return result;
    });
  };

  /** Publish: the published versions take their drafts' links. */
  const publish = async <T>({ type, documentId, locale }: ActionTarget, perform: Perform<T>): Promise<T> => {
    return change(await scopeOf(type, locale), async (change) => {
      const locales = await localesOf(change.trx, type, documentId, locale);
      await watchPages(change.trx, type, [documentId], locales);
      const result = await perform();
      await syncPublished(change.trx, type, documentId, locales);
      return result;
    });
  };

  /**
   * Runs Strapi's action between a capture of the document's neighbors and the
   * repair that needs them (the action removes or replaces the versions that held them).
   */
  const aroundCaptured = async <T>(
    { type, documentId, locale }: ActionTarget,
    perform: Perform<T>,
    repair: (change: ChangeContext, captured: CapturedNeighbors[]) => Promise<void>,
    { readersSee = true, deletes = false } = {}
  ): Promise<T> => {
    return change(await scopeOf(type, locale), async (change) => {
      const locales = await localesOf(change.trx, type, documentId, locale);
      if (readersSee) await watchPages(change.trx, type, [documentId], locales);
      if (deletes) await getService(strapi, 'revalidation').markDeleted(change.trx, type, documentId, locales);
      const captured = await capture(change.trx, type, documentId, locales);
      const result = await perform();
      await repair(change, captured);
      return result;
    });
  };

  /** Unpublish: removing the published versions removes their links (the drafts keep theirs); the gap closes. */
  const unpublish = <T>(target: ActionTarget, perform: Perform<T>): Promise<T> => {
    return aroundCaptured(target, perform, (change, captured) => closeUnpublishedGap(change.trx, target.type, captured));
  };

  /** Discard draft: the draft takes the published links back, under the rules. */
  const discardDraft = <T>(target: ActionTarget, perform: Perform<T>): Promise<T> => {
    // Discarding a draft leaves the published version as it is: nothing readers see changes.
    return aroundCaptured(target, perform, (change, captured) => restoreAfterDiscard(change, target.type, target.documentId, captured), {
      readersSee: false,
    });
  };

  /** Delete: the neighbors of every removed version are linked to each other (`readingOrder.onDelete`). */
  const deleteArticle = <T>(target: ActionTarget, perform: Perform<T>): Promise<T> => {
    return aroundCaptured(target, perform, (change, captured) => healAfterDelete(change.trx, target.type, captured), {
      deletes: true,
    });
  };

  const searchLinkCandidates = (type: NewsroomType, query: CandidateQuery) => {
    return inTransaction(strapi, (trx) => searchCandidates(trx, tables(type).links, query));
  };

  const neighborhood = (type: NewsroomType, params: { documentId: string; locale: OrderLocale; before: number; after: number }) => {
    return inTransaction(strapi, (trx) => readNeighborhood(trx, tables(type).links, params));
  };

  return {
    prepare,
    change,
    scopeOf,
    detachedSoFar,
    prepareDraftChange,
    assertMayRelink,
    previewDraftChange,
    localesOf,
    writeTouchesOrder,
    write,
    publish,
    searchCandidates: searchLinkCandidates,
    neighborhood,
    unpublish,
    discardDraft,
    delete: deleteArticle,
  };
};

export type ReadingOrderService = ReturnType<typeof readingOrder>;

export default readingOrder;
