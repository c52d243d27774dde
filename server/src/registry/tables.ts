import type { Core } from '@strapi/strapi';

import { SERIES_UID } from '../constants';

import type { NewsroomType } from './resolve';

/** Where one served type's articles and reading order live, read from Strapi's metadata (never literal names). */
export interface TypeTables {
  /** The articles table (drafts and published versions, one row per locale). */
  articles: string;
  /** Column of each attribute the plugin reads; `body` is null when the body lives in component tables. */
  columns: {
    id: string;
    documentId: string;
    locale: string;
    publishedAt: string;
    updatedAt: string;
    title: string;
    slug: string;
    summary: string;
    autoSummary: string;
    wordCount: string;
    body: string | null;
    /** The mapped key-points attribute's column; null when the type maps none. */
    keyPoints: string | null;
  };
  /** The join table of the link fields: one row per link. */
  link: {
    table: string;
    /** The article that has a previous one. */
    next: string;
    /** Its previous article. */
    previous: string;
  };
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

type Metadata = { tableName: string; attributes: Record<string, { columnName?: string; joinTable?: JoinTable }> };

export const tablesOf = (strapi: Core.Strapi, type: NewsroomType): TypeTables => {
  const metadata = strapi.db.metadata.get(type.uid) as Metadata;
  const column = (attribute: string) => {
    const name = metadata.attributes[attribute]?.columnName;
    if (!name) throw new Error(`newsroom: ${type.uid}.${attribute} has no column`);
    return name;
  };
  const owner = type.linkOwner === 'previous' ? type.fields.previous : type.fields.next;
  const joinTable = metadata.attributes[owner]?.joinTable;
  if (!joinTable) throw new Error(`newsroom: ${type.uid}.${owner} has no join table`);
  const [hasLink, linked] = [joinTable.joinColumn.name, joinTable.inverseJoinColumn.name];
  return {
    articles: metadata.tableName,
    columns: {
      id: column('id'),
      documentId: column('documentId'),
      locale: column('locale'),
      publishedAt: column('publishedAt'),
      updatedAt: column('updatedAt'),
      title: column(type.fields.title),
      slug: column(type.fields.slug),
      summary: column(type.fields.summary),
      autoSummary: column(type.owned.autoSummary),
      wordCount: column(type.owned.wordCount),
      body: metadata.attributes[type.fields.body]?.columnName ?? null,
      keyPoints: type.fields.keyPoints === null ? null : column(type.fields.keyPoints),
    },
    link:
      type.linkOwner === 'previous'
        ? { table: joinTable.name, next: hasLink, previous: linked }
        : { table: joinTable.name, previous: hasLink, next: linked },
  };
};

/** Where a scope's values live: a column of the articles table, or a relation's join table and target table. */
export type ScopeTables =
  | { kind: 'field'; column: string }
  | {
      kind: 'relation';
      joinTable: string;
      articleColumn: string;
      targetColumn: string;
      targetTable: string;
      targetId: string;
      targetDocumentId: string;
    };

export const scopeTablesOf = (strapi: Core.Strapi, type: NewsroomType, scope: string): ScopeTables => {
  const metadata = strapi.db.metadata.get(type.uid) as Metadata;
  const attribute = metadata.attributes[scope] as { columnName?: string; joinTable?: JoinTable; target?: string } | undefined;
  if (attribute?.joinTable && attribute.target) {
    const target = strapi.db.metadata.get(attribute.target) as Metadata;
    const targetColumn = (name: string) => target.attributes[name]?.columnName ?? name;
    return {
      kind: 'relation',
      joinTable: attribute.joinTable.name,
      articleColumn: attribute.joinTable.joinColumn.name,
      targetColumn: attribute.joinTable.inverseJoinColumn.name,
      targetTable: target.tableName,
      targetId: targetColumn('id'),
      targetDocumentId: targetColumn('documentId'),
    };
  }
  if (attribute?.columnName) return { kind: 'field', column: attribute.columnName };
  throw new Error(`newsroom: ${type.uid}.${scope} has neither a column nor a join table`);
};

/** Where the series live, read from Strapi's metadata: one home for the reader's SQL, the lists' store and the transfer fingerprint. */
export const seriesTableOf = (strapi: Core.Strapi) => {
  const metadata = strapi.db.metadata.get(SERIES_UID) as Metadata;
  const column = (attribute: string) => metadata.attributes[attribute]?.columnName ?? attribute;
  return {
    table: metadata.tableName,
    id: column('id'),
    documentId: column('documentId'),
    locale: column('locale'),
    publishedAt: column('publishedAt'),
    updatedAt: column('updatedAt'),
    title: column('title'),
    slug: column('slug'),
    description: column('description'),
    articleType: column('articleType'),
    articles: column('articles'),
  };
};
