/** `/graphql`: `newsroomRead`, `newsroomArticles`, `newsroomArticle` and the article mutations. */
import { articleData, KNOWN_LOCALES, jsonBody, text } from '../mutations';
import type { Random } from '../random';
import { contentApiAuth, describe, type Generator } from './common';

const ARTICLE_FIELDS = `documentId title slug summary locale publishedAt body summarySource readingTimeMinutes
  neighbors { previous { documentId title } next { documentId title } }
  previousArticle { documentId title } nextArticle { documentId title }`;

const READ_FIELDS = 'documentId title slug locale publishedAt summary summarySource readingTimeMinutes previous { documentId title } next { documentId title }';

const status = (random: Random) => random.pick(['DRAFT', 'PUBLISHED', 'DRAFT']);

/** A locale argument: usually known, sometimes unknown, a wildcard or not a locale at all. */
const locale = (random: Random) => random.pick([...KNOWN_LOCALES, ...KNOWN_LOCALES, '*', 'xx', '', ' ', 'en\u0000']);

const documentId = (random: Random, ids: string[]) =>
  random.chance(0.8) && ids.length > 0 ? random.pick(ids) : random.pick(['', ' ', 'nope', 'x'.repeat(300), 'a\u0000b']);

export const graphqlRequest: Generator = (random, { rows }) => {
  const ids = rows.map((row) => row.documentId);
  const operation = random.weighted({ read: 20, list: 25, one: 20, create: 14, update: 15, delete: 6 });
  const args: Record<string, unknown> = {};
  const withArg = (name: string, value: () => unknown, presence: number) => {
    if (random.chance(presence)) args[name] = value();
  };
  let query: string;
  let kinds: string[] = [];
  switch (operation) {
    case 'read':
      withArg('slug', () => (random.chance(0.7) && rows.length > 0 ? random.pick(rows).slug ?? '' : text(random).slice(0, 400)), 0.97);
      withArg('locale', () => locale(random), 0.5);
      query = `query Q($slug: String!, $locale: String) { newsroomRead(slug: $slug, locale: $locale) { ${READ_FIELDS} } }`;
      break;
    case 'list': {
      withArg('status', () => status(random), 0.6);
      withArg('locale', () => locale(random), 0.5);
      withArg('filters', () => random.pick([{ title: { contains: 'a' } }, { slug: { eq: null } }, { previousArticle: { documentId: { eq: documentId(random, ids) } } }]), 0.2);
      withArg('pagination', () => ({ pageSize: random.pick([1, 10, 100, 1000, -1]) }), 0.2);
      // Aliases multiply the work of one request; a few of them are a fair client.
      const aliases = random.chance(0.1) ? random.int(2, 6) : 1;
      const selections = Array.from({ length: aliases }, (_, index) =>
        `a${index}: newsroomArticles(status: $status, locale: $locale, filters: $filters, pagination: $pagination) { ${ARTICLE_FIELDS} }`
      ).join(' ');
      query = `query Q($status: PublicationStatus, $locale: I18NLocaleCode, $filters: NewsroomArticleFiltersInput, $pagination: PaginationArg) { ${selections} }`;
      if (aliases > 1) kinds.push(`aliases ${aliases}`);
      break;
    }
    case 'one':
      withArg('documentId', () => documentId(random, ids), 0.97);
      withArg('status', () => status(random), 0.6);
      withArg('locale', () => locale(random), 0.5);
      query = `query Q($documentId: ID!, $status: PublicationStatus, $locale: I18NLocaleCode) { newsroomArticle(documentId: $documentId, status: $status, locale: $locale) { ${ARTICLE_FIELDS} } }`;
      break;
    case 'delete':
      withArg('documentId', () => documentId(random, ids), 0.97);
      withArg('locale', () => locale(random), 0.5);
      query = `mutation M($documentId: ID!, $locale: I18NLocaleCode) { deleteNewsroomArticle(documentId: $documentId, locale: $locale) { documentId } }`;
      break;
    default: {
      const data = articleData(random, rows, random.pick(KNOWN_LOCALES));
      // GraphQL relation inputs are documentIds; keep the REST forms too, as wrong types.
      args.data = data.data;
      kinds = data.kinds;
      withArg('status', () => status(random), 0.7);
      withArg('locale', () => locale(random), 0.5);
      if (operation === 'update') withArg('documentId', () => documentId(random, ids), 0.97);
      query =
        operation === 'create'
          ? `mutation M($data: NewsroomArticleInput!, $status: PublicationStatus, $locale: I18NLocaleCode) { createNewsroomArticle(data: $data, status: $status, locale: $locale) { ${ARTICLE_FIELDS} } }`
          : `mutation M($documentId: ID!, $data: NewsroomArticleInput!, $status: PublicationStatus, $locale: I18NLocaleCode) { updateNewsroomArticle(documentId: $documentId, data: $data, status: $status, locale: $locale) { ${ARTICLE_FIELDS} } }`;
    }
  }
  const body = jsonBody(random, { query, variables: args });
  return {
    family: 'graphql',
    route: `POST /graphql ${operation === 'read' ? 'newsroomRead' : operation === 'list' ? 'newsroomArticles' : operation === 'one' ? 'newsroomArticle' : `${operation}NewsroomArticle`}`,
    method: 'POST',
    path: '/graphql',
    body: body.body,
    contentType: 'application/json',
    auth: contentApiAuth(random),
    mutation: describe(Object.keys(args).map((name) => `arg ${name}`), kinds, body.kind === 'json' ? '' : body.kind),
  };
};
