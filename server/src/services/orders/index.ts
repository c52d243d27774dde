import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { ApplyTo, OrderDetailResponse, OrdersOverviewResponse, ReorderResponse } from '../../../../contracts/orders';
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
import { readArticles, readLinks, type OrderRowArticle } from './rows';
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

  /** The ids of `order` that name no article of this type and locale, as a 400 saying which. */
  const assertAllExist = async (trx: Transaction, type: NewsroomType, locale: string | null, order: string[], known: Set<string>) => {
    const missing = order.filter((documentId) => !known.has(documentId));
    if (missing.length === 0) return;
    const { articles, columns: c } = tablesOf(type);
    const elsewhere = new Set<string>(
      (await trx(articles).distinct({ documentId: c.documentId }).whereIn(c.documentId, missing.slice(0, 500))).map(
        (row: { documentId: string }) => row.documentId
      )
    );
    const otherLocale = missing.filter((documentId) => elsewhere.has(documentId));
    if (otherLocale.length > 0) {
      throw linkRuleError(`order names articles that are not in ${describe(type, locale)}: ${otherLocale.slice(0, 10).join(', ')}`, {
        rule: 'locale-mismatch',
        field: 'order',
        articles: otherLocale,
      });
    }
    throw linkRuleError(`order names articles that do not exist in ${describe(type, locale)}: ${missing.slice(0, 10).join(', ')}`, {
      rule: 'not-found',
      field: 'order',
      articles: missing,
    });
  };

  return {
    /** Every order of the type and locale, with the articles the admin may not read left out. */
    overview(type: NewsroomType, locale: string | null, query: OverviewQuery, visibility: ArticleVisibility): Promise<OrdersOverviewResponse> {
      return inTransaction(strapi, async (trx) => {
        const { articles, graph } = await read(trx, type, locale);
        return overview(articles, graph, query, maxSkipped(), await readableOf(visibility, articles, locale));
      });
    },

    /** The chain holding the article (a 404 without it, a 403 when the admin may not read it), with the others it may not read left out. */
    detail(type: NewsroomType, locale: string | null, documentId: string, visibility: ArticleVisibility): Promise<OrderDetailResponse['data']> {
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
     * Makes the chain holding `documentId` exactly `order`. With `apply: 'published'`
     * the published links follow at once (readers see it; no row is republished or
     * re-dated); with `'draft'` only the drafts change, and the changed articles that
     * are published are marked modified, as an edit of their drafts would.
     */
    reorder({ type, locale, documentId, order, apply, authorize, visibility }: ReorderRequest): Promise<ReorderResponse['data']> {
      return getService(strapi, 'reading-order').change(localesScope(type.uid, [locale]), async ({ trx }) => {
        const tables = tablesOf(type);
        const { articles, links, graph } = await read(trx, type, locale);
        const index = articleIndex(articles);
        if (!index.byId.has(documentId)) throw new errors.NotFoundError(`No ${describe(type, locale)} "${documentId}"`);
        await assertAllExist(trx, type, locale, order, new Set(index.byId.keys()));

        const plan = planReorder(graph.draft, documentId, order);
        const draftChanges = endsOfChanges(graph.draft, plan.draft);
        const published =
          apply === 'published'
            ? planPublished(graph.published, plan.draft, plan.touched, index.isPublished, maxSkipped())
            : graph.published;
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

        const draftAffected = new Set([...plan.touched, ...draftChanges.documents]);
        await applyRowChanges(trx, tables, rowChanges(links, plan.draft, draftAffected, draftRow, draftDocument));
        if (apply === 'published') {
          const affected = [...new Set([...plan.touched, ...publishedChanges.documents])].filter(index.isPublished);
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
          await this.markModified(trx, type, articles.filter((a) => a.publishedId !== null && draftChanges.documents.has(a.documentId)));
        }

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

    /** A staged change of published articles shows in the Content Manager as "Modified", as an edit of their drafts would. */
    async markModified(trx: Transaction, type: NewsroomType, articles: OrderRowArticle[]) {
      const { articles: table, columns: c } = tablesOf(type);
      const ids = articles.map((article) => article.draftId);
      for (let start = 0; start < ids.length; start += 500) {
        await trx(table).whereIn(c.id, ids.slice(start, start + 500)).update({ [c.updatedAt]: new Date() });
      }
    },
  };
};

export type OrdersService = ReturnType<typeof orders>;

export default orders;
