import type { Core } from '@strapi/strapi';

import { composeBody } from '../services/summary/body-shape';
import type { NewsroomType } from './resolve';

/**
 * Rows of a served type, read with Strapi's query engine: what the plugin's admin
 * routes and middlewares need of one article, in the type's own field names.
 */

/**
 * An article row as the query engine answers it: the columns every type has, and the
 * type's own attributes (title, slug, body...) by the names its mapping gives them.
 */
export type ArticleRecord = {
  id: number;
  documentId: string;
  locale?: string | null;
  publishedAt: string | Date | null;
  updatedAt: string | Date;
} & Record<string, unknown>;

/** A text attribute of a row, or '' when it is empty or not text. */
export const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Populate for the body: a dynamic zone or component lives in component tables, not in a column. */
export const bodyPopulate = (type: NewsroomType): Record<string, true> =>
  type.bodyShape.kind === 'components' ? { [type.fields.body]: true } : {};

/** The body of a stored row or written data, in the form every summary reader accepts. */
export const articleBody = (type: NewsroomType, value: unknown): unknown => composeBody(value, type.bodyShape);

/** The one draft row of a document in a locale (null: the type has no i18n), with its body and creator, or null. */
export const findDraftRow = (
  strapi: Core.Strapi,
  type: NewsroomType,
  documentId: string,
  locale: string | null,
  populate: Record<string, true> = {}
): Promise<ArticleRecord | null> =>
  strapi.db.query(type.uid).findOne({
    where: { documentId, locale, publishedAt: null },
    populate: { ...bodyPopulate(type), ...populate },
  });
