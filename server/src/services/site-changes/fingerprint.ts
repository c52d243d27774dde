import type { Core } from '@strapi/strapi';

import { getService } from '../../accessors';
import { SERIES_UID } from '../../constants';
import { seriesTableOf } from '../../registry/tables';
import { rowsOf } from '../database';

/**
 * What each table held per locale, in a form a transfer cannot leave unchanged:
 * Strapi's restore deletes every row and inserts new ones (new ids), so the row
 * count and the largest id of a locale move whenever its content was replaced.
 * Keyed by `JSON.stringify([uid, locale])`; the locale is '' on a type without i18n.
 */
export type Fingerprint = Map<string, { rows: number; maxId: number }>;

/**
 * Reads the fingerprint of every served type and of the series in ONE statement: on
 * SQLite the transfer's transaction takes the only connection as soon as it starts,
 * and a second statement of ours would wait behind it and read the content after.
 */
export const fingerprintOf = async (strapi: Core.Strapi): Promise<Fingerprint> => {
  const types = getService(strapi, 'types');
  const series = seriesTableOf(strapi);
  const tables = [
    ...types.all().map((type) => {
      const { articles, columns } = types.tables(type);
      return { uid: type.uid, table: articles, id: columns.id, locale: columns.locale };
    }),
    { uid: SERIES_UID, table: series.table, id: series.id, locale: series.locale },
  ];
  // Each part is numbered (a literal PostgreSQL can type, unlike a bound string in a UNION's select list).
  const select = tables
    .map(
      ({ table, id, locale }, part) =>
        `SELECT ${part} AS part, ${locale} AS locale, COUNT(*) AS row_count, MAX(${id}) AS max_id FROM ${table} GROUP BY ${locale}`
    )
    .join(' UNION ALL ');
  const rows = rowsOf(await strapi.db.connection.raw(select)) as Array<{
    part: unknown;
    locale: string | null;
    row_count: unknown;
    max_id: unknown;
  }>;
  return new Map(
    rows.map((row) => [
      JSON.stringify([tables[Number(row.part)].uid, row.locale ?? '']),
      { rows: Number(row.row_count), maxId: Number(row.max_id) },
    ])
  );
};

/** The [uid, locale] pairs whose content changed between the two fingerprints (all of `after`'s and `before`'s when `before` is unknown). */
export const changedContent = (before: Fingerprint | null, after: Fingerprint): Array<{ uid: string; locale: string }> => {
  const keys = new Set([...(before?.keys() ?? []), ...after.keys()]);
  return [...keys]
    .filter((key) => {
      const was = before?.get(key);
      const now = after.get(key);
      return !before || !was || !now || was.rows !== now.rows || was.maxId !== now.maxId;
    })
    .map((key) => {
      const [uid, locale] = JSON.parse(key) as [string, string];
      return { uid, locale };
    });
};
