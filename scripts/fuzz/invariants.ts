/**
 * The reading-order and publication invariants, checked with plain SQL on the
 * database the playground writes to, so no bug in the plugin's reads can hide one.
 */
import type { Knex } from 'knex';

import { localized, TYPES, type FuzzType } from './content-types';

export interface InvariantResult {
  name: string;
  ok: boolean;
  /** Up to 5 offending rows, to reproduce from. */
  examples: unknown[];
  count: number;
}

const result = (name: string, rows: unknown[]): InvariantResult => ({
  name,
  ok: rows.length === 0,
  examples: rows.slice(0, 5),
  count: rows.length,
});

/** Link rows with both ends, for the checks that compare them. */
const linkedPairs = (knex: Knex, { tables }: FuzzType) =>
  knex(`${tables.link} as l`)
    .join(`${tables.articles} as a`, 'a.id', `l.${tables.owner}`)
    .join(`${tables.articles} as p`, 'p.id', `l.${tables.target}`)
    .select(
      'a.id as id',
      'a.document_id as document',
      'a.locale as locale',
      'a.published_at as publishedAt',
      'p.id as previousId',
      'p.document_id as previousDocument',
      'p.locale as previousLocale',
      'p.published_at as previousPublishedAt'
    );

/** Rows of a loop in the previous-links, found by walking from every row (each row has at most one previous when the shape holds). */
const loops = (links: Array<{ owner: number; target: number }>) => {
  const previousOf = new Map<number, number>();
  for (const { owner, target } of links) if (!previousOf.has(owner)) previousOf.set(owner, target);
  const inLoop = new Set<number>();
  const done = new Set<number>();
  for (const start of previousOf.keys()) {
    const path: number[] = [];
    const onPath = new Set<number>();
    let current: number | undefined = start;
    while (current !== undefined && !done.has(current) && !onPath.has(current)) {
      path.push(current);
      onPath.add(current);
      current = previousOf.get(current);
    }
    if (current !== undefined && onPath.has(current)) {
      for (const id of path.slice(path.indexOf(current))) inLoop.add(id);
    }
    for (const id of path) done.add(id);
  }
  return [...inLoop].map((id) => ({ id }));
};

/** The invariants of one type's rows and link table; names start with the type's label. */
const checkType = async (knex: Knex, type: FuzzType, allowCycles: boolean): Promise<InvariantResult[]> => {
  const { articles, link, owner, target } = type.tables;
  const named = (name: string, rows: unknown[]) => result(`${type.label}: ${name}`, rows);
  const links = (await knex(link).select(`${owner} as owner`, `${target} as target`)).map((row) => ({
    owner: Number(row.owner),
    target: Number(row.target),
  }));
  const pairs = await linkedPairs(knex, type);
  const isDraft = (value: unknown) => value === null || value === undefined;
  const results = [
    named(
      'at most one previous per row',
      await knex(link).select(`${owner} as id`).count({ links: '*' }).groupBy(owner).havingRaw('count(*) > 1')
    ),
    named(
      'at most one next per row',
      await knex(link).select(`${target} as id`).count({ links: '*' }).groupBy(target).havingRaw('count(*) > 1')
    ),
    named(
      'no row linked to itself',
      links.filter((pair) => pair.owner === pair.target)
    ),
    named(
      'one row per document, locale and draft/published',
      await knex(articles)
        .select('document_id', 'locale', knex.raw('case when published_at is null then 0 else 1 end as published'))
        .count({ rows: '*' })
        .groupBy('document_id', 'locale', knex.raw('case when published_at is null then 0 else 1 end'))
        .havingRaw('count(*) > 1')
    ),
    localized(type)
      ? named(
          'every row in a known locale',
          await knex(articles).select('id', 'locale').whereNull('locale').orWhereNotIn('locale', type.locales)
        )
      : named('every row without a locale (NULL)', await knex(articles).select('id', 'locale').whereNotNull('locale')),
    named(
      'links join rows of one locale',
      pairs.filter((pair) => pair.locale !== pair.previousLocale)
    ),
    named(
      'no published row linked to a draft row, or a draft to a published one',
      pairs.filter((pair) => isDraft(pair.publishedAt) !== isDraft(pair.previousPublishedAt))
    ),
    named(
      'no link row pointing at a missing row',
      await knex(`${link} as l`)
        .leftJoin(`${articles} as a`, 'a.id', `l.${owner}`)
        .leftJoin(`${articles} as p`, 'p.id', `l.${target}`)
        .whereNull('a.id')
        .orWhereNull('p.id')
        .select(`l.${owner} as owner`, `l.${target} as target`)
    ),
  ];
  if (type.tables.components) {
    // Each version owns copies of its components; one shared by two rows would change both on a write to one.
    results.push(
      named(
        'no component row shared by two rows',
        await knex(type.tables.components)
          .select('cmp_id', 'component_type')
          .count({ rows: '*' })
          .groupBy('cmp_id', 'component_type')
          .havingRaw('count(*) > 1')
      )
    );
  }
  if (!allowCycles) results.push(named('no loop in the reading order', loops(links)));
  return results;
};

/**
 * The series invariants: each series row's list (`articles`, JSON) holds distinct
 * documentIds of existing rows of the series' type in its locale (NULL for a type
 * without i18n), and the index table is exactly those lists, positions 1..n.
 */
const checkSeries = async (knex: Knex): Promise<InvariantResult[]> => {
  const rows = await knex('newsroom_series').select(
    'document_id as documentId',
    'locale',
    'published_at as publishedAt',
    'article_type as articleType',
    'articles'
  );
  const lists = rows.map((row) => {
    const value = typeof row.articles === 'string' ? JSON.parse(row.articles) : (row.articles ?? []);
    return {
      ...row,
      status: row.publishedAt === null || row.publishedAt === undefined ? 'draft' : 'published',
      list: Array.isArray(value) ? value : [value],
    };
  });
  const duplicates = lists.filter(({ list }) => new Set(list).size !== list.length || list.some((id: unknown) => typeof id !== 'string'));
  const missing: unknown[] = [];
  for (const type of TYPES) {
    const present = new Set(
      (await knex(type.tables.articles).select('document_id', 'locale')).map((row) =>
        JSON.stringify([localized(type) ? row.locale : null, row.document_id])
      )
    );
    for (const series of lists.filter((candidate) => candidate.articleType === type.uid)) {
      for (const documentId of series.list) {
        if (!present.has(JSON.stringify([localized(type) ? series.locale : null, documentId])))
          missing.push({ series: series.documentId, locale: series.locale, status: series.status, documentId });
      }
    }
  }
  const key = (row: { series: string; locale: string; status: string; type: string; documentId: string; position: number }) =>
    JSON.stringify([row.series, row.locale, row.status, row.type, row.documentId, Number(row.position)]);
  const wanted = new Set(
    lists.flatMap((series) =>
      series.list.map((documentId: string, index: number) =>
        key({
          series: series.documentId,
          locale: series.locale,
          status: series.status,
          type: series.articleType,
          documentId,
          position: index + 1,
        })
      )
    )
  );
  const held = (
    await knex('newsroom_series_articles').select(
      'series_document_id',
      'locale',
      'status',
      'article_type',
      'article_document_id',
      'position'
    )
  ).map((row) =>
    key({
      series: row.series_document_id,
      locale: row.locale,
      status: row.status,
      type: row.article_type,
      documentId: row.article_document_id,
      position: row.position,
    })
  );
  const heldSet = new Set(held);
  return [
    result(
      'series: lists hold distinct documentIds',
      duplicates.map(({ documentId, locale, status }) => ({ documentId, locale, status }))
    ),
    result('series: lists name existing articles of their type and locale', missing),
    result('series: the index is exactly the lists, positions 1..n', [
      ...held.filter((row) => !wanted.has(row)),
      ...[...wanted].filter((row) => !heldSet.has(row)),
    ]),
  ];
};

export const checkInvariants = async (knex: Knex, { allowCycles }: { allowCycles: boolean }): Promise<InvariantResult[]> => {
  const results: InvariantResult[] = [];
  for (const type of TYPES) results.push(...(await checkType(knex, type, allowCycles)));
  results.push(...(await checkSeries(knex)));
  return results;
};

const snakeColumn = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * What readers are answered (possibly from the plugin's answer cache) agrees with the
 * published rows and links in the database: title, slug and both neighbors with their
 * titles, for the most recently written published rows of each type. A change the
 * cache missed would show here as an old title or neighbor. Assumes
 * `readingOrder.fallback: 'none'` (the playground's default), so neighbors are links only.
 */
export const checkReaderAnswers = async (knex: Knex, baseUrl: string, sample = 30): Promise<InvariantResult[]> => {
  const results: InvariantResult[] = [];
  for (const type of TYPES) {
    const { articles, link, owner, target } = type.tables;
    const title = snakeColumn(type.fields.title);
    const rows = await knex(articles)
      .whereNotNull('published_at')
      .select('id', 'document_id as documentId', 'locale', `${title} as title`, 'slug')
      .orderBy('id', 'desc')
      .limit(sample);
    const ids = rows.map((row) => Number(row.id));
    // Owner = the article, target = its previous.
    const links = await knex(link).whereIn(owner, ids).orWhereIn(target, ids).select(`${owner} as owner`, `${target} as target`);
    const neighborIds = links.flatMap((row) => [Number(row.owner), Number(row.target)]);
    const byId = new Map(
      (await knex(articles).whereIn('id', neighborIds).select('id', 'document_id as documentId', `${title} as title`)).map((row) => [
        Number(row.id),
        row,
      ])
    );
    const teaser = (id: number | undefined) => {
      const row = id === undefined ? undefined : byId.get(id);
      return row ? { documentId: row.documentId, title: row.title ?? '' } : null;
    };
    const disagreements: unknown[] = [];
    for (const row of rows) {
      const id = Number(row.id);
      const expected = {
        title: row.title,
        slug: row.slug,
        previous: teaser(links.find((candidate) => Number(candidate.owner) === id && Number(candidate.target) !== id)?.target),
        next: teaser(links.find((candidate) => Number(candidate.target) === id && Number(candidate.owner) !== id)?.owner),
      };
      const query = new URLSearchParams({ type: type.uid, ...(row.locale ? { locale: row.locale } : {}) });
      const response = await fetch(`${baseUrl}/api/newsroom/read/${row.documentId}?${query}`);
      const data = response.status === 200 ? ((await response.json()) as { data: Record<string, any> }).data : null;
      const answered = data && {
        title: data.title,
        slug: data.slug,
        previous: data.previous && { documentId: data.previous.documentId, title: data.previous.title },
        next: data.next && { documentId: data.next.documentId, title: data.next.title },
      };
      if (JSON.stringify(answered) !== JSON.stringify(expected))
        disagreements.push({ documentId: row.documentId, locale: row.locale, status: response.status, expected, answered });
    }
    results.push(result(`${type.label}: reader answers agree with the published rows`, disagreements));
  }
  return results;
};
