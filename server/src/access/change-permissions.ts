/**
 * The Content Manager permissions a change needs on what it rewrites: one rule for
 * every admin route that writes (links, reorder, repair, series lists) and for the
 * Content Manager's own link fields. Each article the change rewrites needs update
 * (with the locale and creator conditions of the admin's permission) on the fields it
 * writes, and publish where the change reaches readers at once; a refusal names the
 * articles the admin may read and only counts the others. `userAbility` is the asking
 * admin's (`ctx.state.userAbility`).
 */
import type { Core } from '@strapi/strapi';

import type { SeriesVersion } from '../../../contracts/reading-order-check';
import { SERIES_UID } from '../constants';
import { contentManagerAction, forbidden } from '../errors';
import type { NewsroomType } from '../registry';
import type { ArticleRecord } from '../registry/article-rows';
import type { ArticleRef } from '../services/visibility';

/** Rows per look-up. */
const CHUNK = 500;

/** Articles a refusal names; the rest are counted. */
const MAX_NAMED = 20;

/** An article a change rewrites. */
export interface TouchedArticle extends ArticleRef {
  /** The change reaches readers of its published version at once: it needs the publish permission too. */
  publishes?: boolean;
}

interface ChangeOptions {
  /** The fields the change writes (`undefined`: the article as a whole). */
  fields: Array<string | undefined>;
  /** What the change is of, for the message: "the reading order", "the series". */
  change: string;
}

type Row = ArticleRecord;

const checkerOf = (strapi: Core.Strapi, userAbility: unknown, uid: string) =>
  strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: uid });

const listed = (titles: string[], hidden: number) => {
  const parts = [...titles.map((title) => `"${title}"`), ...(hidden > 0 ? [`${hidden} article(s) you may not read`] : [])];
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
};

/**
 * Refuses (403) the change when this admin may not update one of these rows (each the
 * draft of an article the change rewrites, with `createdBy`, which conditions look at),
 * or may not publish one the change shows readers at once.
 */
export const assertMayChangeRows = (
  strapi: Core.Strapi,
  userAbility: unknown,
  type: NewsroomType,
  rows: Array<{ row: Row; publishes?: boolean }>,
  { fields, change }: ChangeOptions
) => {
  const checker = checkerOf(strapi, userAbility, type.uid);
  const refused = { update: [] as Row[], publish: [] as Row[] };
  for (const { row, publishes } of rows) {
    if (fields.some((field) => checker.cannot.update(row, field))) refused.update.push(row);
    else if (publishes && checker.cannot.publish(row)) refused.publish.push(row);
  }
  for (const action of ['update', 'publish'] as const) {
    const drafts = refused[action];
    if (drafts.length === 0) continue;
    const named = drafts.filter((draft) => !checker.cannot.read(draft)).slice(0, MAX_NAMED);
    const hidden = drafts.filter((draft) => checker.cannot.read(draft)).length;
    const titles = named.map((draft) => String(draft[type.fields.title] ?? draft.documentId));
    const message =
      action === 'update'
        ? `You may not change ${change} of ${listed(titles, hidden)}`
        : `You may not change what readers see of ${listed(titles, hidden)} (it needs the publish permission)`;
    const locales = [...new Set(drafts.map((draft) => draft.locale ?? null))];
    throw forbidden(message, {
      action: contentManagerAction(action),
      subject: type.uid,
      ...(locales.length === 1 && locales[0] !== null ? { locale: locales[0] } : {}),
      articles: named.map((draft) => draft.documentId as string),
      ...(hidden > 0 ? { hidden } : {}),
      reason: 'conditions',
    });
  }
};

/** The row the Content Manager's conditions look at for each article: its draft, or the published row of a document without one. */
const draftsOf = async (strapi: Core.Strapi, type: NewsroomType, articles: ArticleRef[]) => {
  const byLocale = new Map<string | null, Set<string>>();
  for (const { documentId, locale } of articles) {
    if (!byLocale.has(locale)) byLocale.set(locale, new Set());
    byLocale.get(locale)!.add(documentId);
  }
  const found = new Map<string, Row>();
  for (const [locale, documentIds] of byLocale) {
    const ids = [...documentIds];
    for (let start = 0; start < ids.length; start += CHUNK) {
      const rows = (await strapi.db.query(type.uid).findMany({
        where: { documentId: { $in: ids.slice(start, start + CHUNK) }, ...(locale === null ? {} : { locale }) },
        populate: { createdBy: true },
      })) as Row[];
      for (const row of rows) {
        if ((row.locale ?? null) !== locale) continue;
        const key = JSON.stringify([locale, row.documentId]);
        if (!found.has(key) || row.publishedAt === null) found.set(key, row);
      }
    }
  }
  return (article: ArticleRef) => found.get(JSON.stringify([article.locale, article.documentId]));
};

/** Refuses (403) a change that rewrites one of these articles when this admin may not (rows that no longer exist are no article: nobody owns them). */
export const assertMayChange = async (
  strapi: Core.Strapi,
  userAbility: unknown,
  type: NewsroomType,
  touched: TouchedArticle[],
  options: ChangeOptions
) => {
  if (touched.length === 0) return;
  const draftOf = await draftsOf(strapi, type, touched);
  const rows = touched.flatMap((article) => {
    const row = draftOf(article);
    return row ? [{ row, publishes: article.publishes }] : [];
  });
  assertMayChangeRows(strapi, userAbility, type, rows, options);
};

/** Refuses (403) a change that rewrites the list of a series version this admin may not update (a repair of damaged lists). */
export const assertMayChangeSeries = async (strapi: Core.Strapi, userAbility: unknown, versions: SeriesVersion[]) => {
  if (versions.length === 0) return;
  const checker = checkerOf(strapi, userAbility, SERIES_UID);
  if (checker.cannot.update()) {
    throw forbidden('You may not update series', { action: contentManagerAction('update'), subject: SERIES_UID, reason: 'permission' });
  }
  const drafts = (await strapi.db.query(SERIES_UID).findMany({
    where: { documentId: { $in: [...new Set(versions.map((version) => version.documentId))] }, publishedAt: null },
    populate: { createdBy: true },
  })) as Array<{ documentId: string; locale: string }>;
  const draftOf = (version: SeriesVersion) => drafts.find((row) => row.documentId === version.documentId && row.locale === version.locale);
  const refused = versions.find((version) => {
    const draft = draftOf(version);
    return draft !== undefined && checker.cannot.update(draft);
  });
  if (!refused) return;
  const named = !checker.cannot.read(draftOf(refused));
  throw forbidden(
    `You may not update ${named ? `the series "${refused.documentId}"` : 'a series'} in locale "${refused.locale}" whose list this change rewrites`,
    {
      action: contentManagerAction('update'),
      subject: SERIES_UID,
      locale: refused.locale,
      reason: 'conditions',
    }
  );
};
