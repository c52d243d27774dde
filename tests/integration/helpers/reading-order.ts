import type { TestApp } from './strapi';
import { BUILT_IN, createSubjectDraft, type Subject } from './subjects';

export interface LinkRow {
  previous: string;
  next: string;
}

type Status = 'draft' | 'published';

/** The join table of the links, joined to both articles: `n` has `p` as its previous one. */
const linkQuery = (app: TestApp, subject: Subject) => {
  const metadata = app.strapi.db.metadata.get(subject.uid as any) as any;
  const joinTable = metadata.attributes[subject.fields.previous].joinTable;
  return app.strapi.db
    .connection(`${joinTable.name} as l`)
    .join(`${metadata.tableName} as n`, 'n.id', `l.${joinTable.joinColumn.name}`)
    .join(`${metadata.tableName} as p`, 'p.id', `l.${joinTable.inverseJoinColumn.name}`);
};

/** The links of one status and locale, read straight from the join table, as documentIds. */
export const readLinks = async (app: TestApp, status: Status, locale = 'en', subject: Subject = BUILT_IN): Promise<LinkRow[]> => {
  const rows = await linkQuery(app, subject)
    .modify((query: any) => (subject.localized ? query.where('n.locale', locale) : query.whereNull('n.locale')))
    .modify((query: any) => (status === 'draft' ? query.whereNull('n.published_at') : query.whereNotNull('n.published_at')))
    .select({ previous: 'p.document_id', next: 'n.document_id' });
  return rows.map((row: any) => ({ previous: row.previous, next: row.next })).sort(byLink);
};

export const byLink = (a: LinkRow, b: LinkRow) => `${a.previous}>${a.next}`.localeCompare(`${b.previous}>${b.next}`);

/** Problems in the whole link table: rows linked twice, self-links, loops, drafts and published mixed, locales mixed. */
export const findViolations = async (app: TestApp, subject: Subject = BUILT_IN): Promise<string[]> => {
  const rows = await linkQuery(app, subject).select({
    nextId: 'n.id',
    previousId: 'p.id',
    nextPublished: 'n.published_at',
    previousPublished: 'p.published_at',
    nextLocale: 'n.locale',
    previousLocale: 'p.locale',
  });
  const problems: string[] = [];
  const count = (key: 'nextId' | 'previousId') =>
    rows.reduce((map: Map<number, number>, row: any) => map.set(row[key], (map.get(row[key]) ?? 0) + 1), new Map());
  for (const [id, n] of count('nextId')) if (n > 1) problems.push(`row ${id} has ${n} previous articles`);
  for (const [id, n] of count('previousId')) if (n > 1) problems.push(`row ${id} has ${n} next articles`);
  for (const row of rows) {
    if (row.nextId === row.previousId) problems.push(`row ${row.nextId} links to itself`);
    if ((row.nextPublished === null) !== (row.previousPublished === null)) {
      problems.push(`rows ${row.previousId} -> ${row.nextId} mix a draft and a published version`);
    }
    if (row.nextLocale !== row.previousLocale) problems.push(`rows ${row.previousId} -> ${row.nextId} mix locales`);
  }
  const nextOf = new Map(rows.map((row: any) => [row.previousId, row.nextId]));
  for (const start of nextOf.keys()) {
    const seen = new Set<number>();
    for (let current: number | undefined = start; current !== undefined; current = nextOf.get(current)) {
      if (seen.has(current)) {
        problems.push(`loop through row ${current}`);
        break;
      }
      seen.add(current);
    }
  }
  return [...new Set(problems)];
};

/** Article versions stored twice: more than one row per document, locale and draft/published. */
export const findDuplicateVersions = async (app: TestApp, subject: Subject = BUILT_IN): Promise<string[]> => {
  const metadata = app.strapi.db.metadata.get(subject.uid as any) as any;
  const rows = await app.strapi.db.connection(metadata.tableName).select('document_id', 'locale', 'published_at');
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.document_id} ${row.locale} ${row.published_at === null ? 'draft' : 'published'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count > 1).map(([key, count]) => `${key}: ${count} rows`);
};

/** The whole database keeps the reading-order invariants and stores each article version once. */
export const expectIntact = async (app: TestApp, subject: Subject = BUILT_IN) => {
  expect(await findViolations(app, subject)).toEqual([]);
  expect(await findDuplicateVersions(app, subject)).toEqual([]);
};

/** Creates drafts and links them in the given order through the document service. */
export const createChain = async (app: TestApp, length: number, locale = 'en', subject: Subject = BUILT_IN) => {
  const ids: string[] = [];
  for (let index = 0; index < length; index += 1) {
    const previous = ids[index - 1];
    const article = await createSubjectDraft(app, subject, previous ? { [subject.fields.previous]: previous } : {}, locale);
    ids.push(article.documentId);
  }
  return ids;
};

export const link = (previous: string, next: string): LinkRow => ({ previous, next });

/** The links of a chain, in the order `readLinks` returns them. */
export const chainLinks = (...ids: string[]): LinkRow[] =>
  ids
    .slice(1)
    .map((id, index) => link(ids[index], id))
    .sort(byLink);

/** The expected links among `ids`, in a form comparable with `readLinks` (filtered to `ids`). */
export const linksAmong = (links: LinkRow[], ids: string[]) =>
  links.filter((row) => ids.includes(row.previous) || ids.includes(row.next)).sort(byLink);
