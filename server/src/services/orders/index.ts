import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { ApplyTo, MoveResponse, OrderDetailResponse, OrdersOverviewResponse, ReorderResponse } from '../../../../contracts/orders';
import { getConfig, getService } from '../../accessors';
import type { NewsroomType } from '../../registry';
import { changedPages } from '../bulk/changed-pages';
import { inTransaction, type Transaction } from '../database';
import { MAX_UNPUBLISHED_RUN } from '../reading-order/published-links';
import { linkRuleError } from '../reading-order/errors';
import { readableIn, type ArticleVisibility } from '../visibility';
import { cannotRead } from '../../errors';
import { localesScope } from '../reading-order/lock-scope';
import { buildGraph, linkKeys, type Links } from './graph';
import { articleIndex, chainDetail, overview, type OverviewQuery } from './overview';
import { planPublished, planReorder } from './plan-reorder';
import { headOf, stretchOf } from './chain-walk';
import { MAX_POSITION } from '../../../../contracts/schemas/orders';
import { planMove } from './plan-move';
import { readArticles, readArticlesOf, readLinks, type OrderRowArticle } from './rows';
import { readArticlesWithLinks, readWindow, type OrderWindow } from './window';
import { applyRowChanges, rowChanges } from './write-links';

export interface ReorderRequest {
  type: NewsroomType;
  locale: string | null;
  documentId: string;
  order: string[];
  apply: ApplyTo;
  /**
   * Called under the lock, before anything is written, with the articles whose
   * links the change rewrites: throws when the admin may not (a 403 rolls it all back).
   */
  authorize: (articles: OrderRowArticle[], apply: ApplyTo) => Promise<void> | void;
  /** What the admin may read of the answer. */
  visibility: ArticleVisibility;
}

export interface MoveRequest extends Omit<ReorderRequest, 'order'> {
  /** The article to move, from anywhere in the type and locale. */
  article: string;
  /** 1-based, counting every article of the chain (those the admin may not read too). */
  position: number;
}

/** Damaged links (a loop, a second previous or next) where a move would walk: the check names them, the repair mends them. */
const damagedChain = (documentId: string) =>
  new errors.ValidationError(
    `The reading order holding "${documentId}" is damaged (its links go round or split): GET /newsroom/check shows where, POST /newsroom/repair mends it`,
    { rule: 'cycle', field: 'position', articles: [documentId] }
  );

const describe = (type: NewsroomType, locale: string | null) => (locale === null ? type.displayName : `${type.displayName} (${locale})`);

/** The documents whose links differ between two states, by the pairs that changed. */
const endsOfChanges = (before: Links, after: Links) => {
  const [old, next] = [linkKeys(before), linkKeys(after)];
  const changed = [...old].filter((key) => !next.has(key)).concat([...next].filter((key) => !old.has(key)));
  const pairs = changed.map((key) => key.split('>') as [string, string]);
  return { pairs, documents: new Set(pairs.flat()) };
};

/**
 * The reading-order workspace: every order of a type and locale at once (two
 * statements whatever the archive's size), one chain in full, and "make this chain
 * exactly this sequence", under the same lock and transaction as every link change.
 */
const orders = ({ strapi }: { strapi: Core.Strapi }) => {
  const tablesOf = (type: NewsroomType) => getService(strapi, 'types').tables(type);
  const maxSkipped = () => (getConfig(strapi).readingOrder.skipUnpublished ? MAX_UNPUBLISHED_RUN : 0);

  const read = async (trx: Transaction, type: NewsroomType, locale: string | null) => {
    const tables = tablesOf(type);
    const [articles, links] = await Promise.all([readArticles(trx, tables, locale), readLinks(trx, tables, locale)]);
    return { articles, links, graph: buildGraph(articles, links) };
  };

  /** Which of the locale's articles the admin may read, by documentId. */
  const readableOf = async (visibility: ArticleVisibility, articles: OrderRowArticle[], locale: string | null) =>
    readableIn(await visibility.articles(articles.map((article) => ({ documentId: article.documentId, locale }))), locale);

  /** A 400 naming the ids of `missing` (none an article of this type and locale) that are articles of another locale. */
  const assertNotElsewhere = async (trx: Transaction, type: NewsroomType, locale: string | null, missing: string[], field: string) => {
    const { articles, columns: c } = tablesOf(type);
    const elsewhere = new Set<string>(
      (await trx(articles).distinct({ documentId: c.documentId }).whereIn(c.documentId, missing.slice(0, 500))).map(
        (row: { documentId: string }) => row.documentId
      )
    );
    const otherLocale = missing.filter((documentId) => elsewhere.has(documentId));
    if (otherLocale.length > 0) {
      throw linkRuleError(`${field} names articles that are not in ${describe(type, locale)}: ${otherLocale.slice(0, 10).join(', ')}`, {
        rule: 'locale-mismatch',
        field,
        articles: otherLocale,
      });
    }
  };

  /** The ids of `order` that name no article of this type and locale, as a 400 saying which. */
  const assertAllExist = async (trx: Transaction, type: NewsroomType, locale: string | null, order: string[], known: Set<string>) => {
    const missing = order.filter((documentId) => !known.has(documentId));
    if (missing.length === 0) return;
    await assertNotElsewhere(trx, type, locale, missing, 'order');
    throw linkRuleError(`order names articles that do not exist in ${describe(type, locale)}: ${missing.slice(0, 10).join(', ')}`, {
      rule: 'not-found',
      field: 'order',
      articles: missing,
    });
  };

  /** A staged change of published articles shows in the Content Manager as "Modified", as an edit of their drafts would. */
  const markModified = async (trx: Transaction, type: NewsroomType, articles: OrderRowArticle[]) => {
    const { articles: table, columns: c } = tablesOf(type);
    const ids = articles.map((article) => article.draftId);
    for (let start = 0; start < ids.length; start += 500) {
      await trx(table)
        .whereIn(c.id, ids.slice(start, start + 500))
        .update({ [c.updatedAt]: new Date() });
    }
  };

  /**
   * Writes a planned draft order (and, with `apply: 'published'`, the published links
   * it stands for) over the rows `state` read: the one write step of a reorder and a
   * move. `state` holds every link row of the articles the plan touches.
   */
  const writeChange = async (
    trx: Transaction,
    type: NewsroomType,
    locale: string | null,
    { articles, links, graph }: OrderWindow,
    { draft, touched, apply, authorize }: { draft: Links; touched: string[]; apply: ApplyTo; authorize: ReorderRequest['authorize'] }
  ) => {
    const tables = tablesOf(type);
    const index = articleIndex(articles);
    const draftChanges = endsOfChanges(graph.draft, draft);
    const published =
      apply === 'published' ? planPublished(graph.published, draft, touched, index.isPublished, maxSkipped()) : graph.published;
    const publishedChanges = endsOfChanges(graph.published, published);
    const rewritten = new Set([...draftChanges.documents, ...publishedChanges.documents]);
    await authorize(
      articles.filter((article) => rewritten.has(article.documentId)),
      apply
    );

    const draftRow = (id: string) => index.byId.get(id)?.draftId;
    const publishedRow = (id: string) => index.byId.get(id)?.publishedId ?? undefined;
    const documentOfRow = new Map<number, string>();
    for (const article of articles) {
      documentOfRow.set(article.draftId, article.documentId);
      if (article.publishedId !== null) documentOfRow.set(article.publishedId, article.documentId);
    }
    const documentOf = (rowId: number) => documentOfRow.get(rowId);
    const draftIds = new Set(articles.map((article) => article.draftId));
    const draftDocument = (rowId: number) => (draftIds.has(rowId) ? documentOf(rowId) : undefined);
    const publishedDocument = (rowId: number) => (draftIds.has(rowId) ? undefined : documentOf(rowId));

    const draftAffected = new Set([...touched, ...draftChanges.documents]);
    await applyRowChanges(trx, tables, rowChanges(links, draft, draftAffected, draftRow, draftDocument));
    if (apply === 'published') {
      const affected = [...new Set([...touched, ...publishedChanges.documents])].filter(index.isPublished);
      await applyRowChanges(trx, tables, rowChanges(links, published, affected, publishedRow, publishedDocument));
      const pages = await changedPages(
        trx,
        tables,
        type.uid,
        locale,
        publishedChanges.pairs.map(([previous, next]) => ({ previous, next }))
      );
      if (pages.length > 0) await getService(strapi, 'revalidation').announce(trx, pages);
    } else {
      await markModified(
        trx,
        type,
        articles.filter((a) => a.publishedId !== null && draftChanges.documents.has(a.documentId))
      );
    }
  };

  return {
    /** Every order of the type and locale, with the articles the admin may not read left out. */
    overview(
      type: NewsroomType,
      locale: string | null,
      query: OverviewQuery,
      visibility: ArticleVisibility
    ): Promise<OrdersOverviewResponse> {
      return inTransaction(strapi, async (trx) => {
        const { articles, graph } = await read(trx, type, locale);
        return overview(articles, graph, query, maxSkipped(), await readableOf(visibility, articles, locale));
      });
    },

    /** The chain holding the article (a 404 without it, a 403 when the admin may not read it), with the others it may not read left out. */
    detail(
      type: NewsroomType,
      locale: string | null,
      documentId: string,
      visibility: ArticleVisibility
    ): Promise<OrderDetailResponse['data']> {
      return inTransaction(strapi, async (trx) => {
        const { articles, graph } = await read(trx, type, locale);
        if (!articles.some((article) => article.documentId === documentId)) {
          throw new errors.NotFoundError(`No ${describe(type, locale)} "${documentId}"`);
        }
        const readable = await readableOf(visibility, articles, locale);
        if (!readable(documentId)) throw cannotRead(type, documentId, locale);
        return chainDetail(articles, graph, documentId, maxSkipped(), readable);
      });
    },

    /**
     * A window of the chain holding the article: `limit` articles from place `offset + 1`,
     * and the chain's length. The database walks the chain and sends the window's rows
     * alone; `publishedOrder`, `staged` and `hidden` are the window's. A chain whose links
     * go round has no first article to count from: it is read whole and cut.
     */
    window(
      type: NewsroomType,
      locale: string | null,
      documentId: string,
      { offset, limit }: { offset: number; limit: number },
      visibility: ArticleVisibility
    ): Promise<OrderDetailResponse> {
      return inTransaction(strapi, async (trx) => {
        const tables = tablesOf(type);
        const [anchor] = await readArticlesOf(trx, tables, locale, [documentId]);
        if (!anchor) throw new errors.NotFoundError(`No ${describe(type, locale)} "${documentId}"`);
        if (!(await readableOf(visibility, [anchor], locale))(documentId)) throw cannotRead(type, documentId, locale);
        const head = await headOf(trx, tables, locale, anchor.draftId);
        const stretch =
          head === null ? null : await stretchOf(trx, tables, locale, head, { from: offset + 1, to: offset + limit, reach: MAX_POSITION });
        if (stretch === null || stretch.damaged) {
          const whole = await this.detail(type, locale, documentId, visibility);
          const cut = whole.articles.slice(offset, offset + limit);
          const inCut = new Set(cut.map((article) => article.documentId));
          return {
            data: { ...whole, articles: cut, publishedOrder: whole.publishedOrder.filter((id) => inCut.has(id)) },
            meta: { offset, limit, total: whole.articles.length + whole.hidden },
          };
        }
        const meta = { offset, limit, total: stretch.reached };
        if (stretch.documentIds.length === 0)
          return { data: { articles: [], publishedOrder: [], staged: false, loop: false, hidden: 0 }, meta };
        const { articles, graph } = await readArticlesWithLinks(trx, tables, locale, stretch.documentIds);
        const readable = await readableOf(visibility, articles, locale);
        return { data: chainDetail(articles, graph, stretch.documentIds[0], maxSkipped(), readable), meta };
      });
    },

    /**
     * Makes the chain holding `documentId` exactly `order`. With `apply: 'published'`
     * the published links follow at once (readers see it; no row is republished or
     * re-dated); with `'draft'` only the drafts change, and the changed articles that
     * are published are marked modified, as an edit of their drafts would.
     */
    reorder({ type, locale, documentId, order, apply, authorize, visibility }: ReorderRequest): Promise<ReorderResponse['data']> {
      return getService(strapi, 'reading-order').change(localesScope(type.uid, [locale]), async ({ trx }) => {
        const { articles, links, graph } = await read(trx, type, locale);
        const index = articleIndex(articles);
        if (!index.byId.has(documentId)) throw new errors.NotFoundError(`No ${describe(type, locale)} "${documentId}"`);
        await assertAllExist(trx, type, locale, order, new Set(index.byId.keys()));

        const plan = planReorder(graph.draft, documentId, order);
        await writeChange(trx, type, locale, { articles, links, graph }, { ...plan, apply, authorize });

        const after = await read(trx, type, locale);
        const readable = await readableOf(visibility, after.articles, locale);
        return {
          ...chainDetail(after.articles, after.graph, documentId, maxSkipped(), readable),
          apply,
          removed: plan.removed.filter(readable),
          taken: plan.taken.filter(readable),
        };
      });
    },

    /**
     * Moves one article so that it ends up at `position` of the chain holding
     * `documentId`, with the rules, lock, transaction and answers of a reorder of the
     * chains it leaves and joins; it reads only the rows around its old and new places
     * (chain-walk.ts says how it finds the place without reading the chain).
     */
    move({ type, locale, documentId, article, position, apply, authorize, visibility }: MoveRequest): Promise<MoveResponse['data']> {
      return getService(strapi, 'reading-order').change(localesScope(type.uid, [locale]), async ({ trx }) => {
        const tables = tablesOf(type);
        const named = new Map((await readArticlesOf(trx, tables, locale, [documentId, article])).map((found) => [found.documentId, found]));
        const [anchor, moved] = [named.get(documentId), named.get(article)];
        if (!anchor) throw new errors.NotFoundError(`No ${describe(type, locale)} "${documentId}"`);
        if (!moved) {
          await assertNotElsewhere(trx, type, locale, [article], 'article');
          throw new errors.NotFoundError(`No ${describe(type, locale)} "${article}"`);
        }
        const readable = await readableOf(visibility, [anchor, moved], locale);
        for (const asked of [documentId, article]) if (!readable(asked)) throw cannotRead(type, asked, locale);

        const head = await headOf(trx, tables, locale, anchor.draftId);
        if (head === null) throw damagedChain(documentId);
        const stretch = await stretchOf(trx, tables, locale, head, { from: position - 1, reach: position + 1, watch: moved.draftId });
        if (stretch.damaged) throw damagedChain(documentId);
        // Places in the chain without the moved article: those after it move up by one.
        const placeOf = (depth: number) => depth - (stretch.watched !== null && stretch.watched < depth ? 1 : 0);
        const without = new Map(
          [...stretch.at].filter(([, rowId]) => rowId !== moved.draftId).map(([depth, rowId]) => [placeOf(depth), rowId])
        );
        if (stretch.reached < position + 1) {
          const last = stretch.reached - (stretch.watched === null ? 0 : 1) + 1;
          if (position > last) {
            throw new errors.ValidationError(
              `position ${position} is past the end of the chain holding "${documentId}": ${last} is its last place`,
              {
                rule: 'out-of-range',
                field: 'position',
                max: last,
              }
            );
          }
        }
        const [previousRow, nextRow] = [without.get(position - 1), without.get(position)];

        const window = await readWindow(
          trx,
          tables,
          locale,
          [moved.draftId, previousRow, nextRow].filter((rowId): rowId is number => rowId !== undefined),
          2 * maxSkipped() + 4
        );
        const documentOfDraft = new Map(window.articles.map((found) => [found.draftId, found.documentId]));
        const [previous, next] = [previousRow, nextRow].map((rowId) => (rowId === undefined ? null : (documentOfDraft.get(rowId) ?? null)));
        const plan = planMove(window.graph.draft, article, previous, next);
        await writeChange(trx, type, locale, window, { ...plan, apply, authorize });

        const shown = [article, previous, next].filter((id): id is string => id !== null);
        const afterRows = await readArticlesOf(trx, tables, locale, shown);
        const [after, visible] = [articleIndex(afterRows), await readableOf(visibility, afterRows, locale)];
        const show = (id: string | null) => (id !== null && visible(id) ? after.show(id) : null);
        return { apply, article: after.show(article), position, previous: show(previous), next: show(next) };
      });
    },
  };
};

export type OrdersService = ReturnType<typeof orders>;

export default orders;
