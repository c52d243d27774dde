/** `/graphql`: `newsroomRead(type, ...)`, and each served type's list, one and mutations (`newsroomArticles`, `posts` ...). */
import { localized, type FuzzType } from '../content-types';
import { articleData, jsonBody, KNOWN_LOCALES, text, typeLocale, typeParam } from '../mutations';
import type { Random } from '../random';
import { contentApiAuth, describe, localeChance, pluginRoute, type Generator } from './common';

/** The type's own fields, the plugin's extra fields and both link fields. */
const selection = (type: FuzzType) => {
  const { fields, body } = type;
  return `documentId ${fields.title} ${fields.slug} ${fields.summary} ${localized(type) ? 'locale ' : ''}publishedAt ${body === 'blocks' ? fields.body : `${fields.body} { __typename }`} summarySource readingTimeMinutes
  neighbors { previous { documentId title } next { documentId title } }
  ${fields.previous} { documentId ${fields.title} } ${fields.next} { documentId ${fields.title} }`;
};

const READ_FIELDS =
  'documentId title slug locale publishedAt summary summarySource readingTimeMinutes previous { documentId title } next { documentId title }';

const status = (random: Random) => random.pick(['DRAFT', 'PUBLISHED', 'DRAFT']);

/** A locale argument: usually known, sometimes unknown, a wildcard or not a locale at all. */
const locale = (random: Random) => random.pick([...KNOWN_LOCALES, ...KNOWN_LOCALES, '*', 'xx', '', ' ', 'en\u0000']);

const documentId = (random: Random, ids: string[]) =>
  random.chance(0.8) && ids.length > 0 ? random.pick(ids) : random.pick(['', ' ', 'nope', 'x'.repeat(300), 'a\u0000b']);

/** `newsroomRead`'s `type` argument: the query-string picks, decoded, or a value of the wrong GraphQL type. */
const typeArgument = (random: Random, type: FuzzType): { value: unknown; kind: string } => {
  const param = typeParam(random, type);
  if (!param.kind) return { value: param.text ? type.uid : undefined, kind: '' };
  const raw = param.text.replace(/^type[^=]*=?/, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = raw;
  }
  return { value: random.chance(0.8) ? decoded : random.pick([['api::post.post'], { $ne: 'x' }, 42, null]), kind: 'hostile type' };
};

/** GraphQL's name of a component: `blog.rich-text` -> `ComponentBlogRichText`. */
const componentTypeName = (uid: string) =>
  `Component${uid
    .split(/[.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}`;

/**
 * GraphQL names a dynamic-zone item by `__typename`, not REST's `__component`: items are
 * mostly translated so writes reach the server, and now and then left in the REST form.
 */
const graphqlData = (random: Random, type: FuzzType, data: Record<string, unknown>) => {
  const body = data[type.fields.body];
  if (type.body !== 'dynamic-zone' || !Array.isArray(body) || random.chance(0.15)) return data;
  const translated = body.map((item) => {
    if (item === null || typeof item !== 'object' || typeof (item as { __component?: unknown }).__component !== 'string') return item;
    const { __component: uid, ...fields } = item as { __component: string };
    return { __typename: componentTypeName(uid), ...fields };
  });
  return { ...data, [type.fields.body]: translated };
};

export const graphqlRequest: Generator = (random, { type, rows }) => {
  const names = type.graphql;
  const fields = selection(type);
  // A type without i18n has no `locale` argument; naming one now and then is a schema error.
  const withLocale = localeChance(type, 0.5);
  const ids = rows.map((row) => row.documentId);
  const operation = random.weighted({ read: 20, list: 25, one: 20, create: 14, update: 15, delete: 6 });
  const args: Record<string, unknown> = {};
  const withArg = (name: string, value: () => unknown, presence: number) => {
    if (random.chance(presence)) args[name] = value();
  };
  const localeVariable = () => ('locale' in args ? ', $locale: I18NLocaleCode' : '');
  const localeArgument = () => ('locale' in args ? ', locale: $locale' : '');
  let query: string;
  let kinds: string[] = [];
  let typeKind = '';
  switch (operation) {
    case 'read': {
      withArg('slug', () => (random.chance(0.7) && rows.length > 0 ? (random.pick(rows).slug ?? '') : text(random).slice(0, 400)), 0.97);
      withArg('locale', () => locale(random), withLocale);
      const typeArg = typeArgument(random, type);
      if (typeArg.value !== undefined) args.type = typeArg.value;
      typeKind = typeArg.kind;
      query = `query Q($type: String, $slug: String!, $locale: String) { newsroomRead(type: $type, slug: $slug, locale: $locale) { ${READ_FIELDS} } }`;
      break;
    }
    case 'list': {
      withArg('status', () => status(random), 0.6);
      withArg('locale', () => locale(random), withLocale);
      withArg(
        'filters',
        () =>
          random.pick([
            { [type.fields.title]: { contains: 'a' } },
            { [type.fields.slug]: { eq: null } },
            { [type.fields.previous]: { documentId: { eq: documentId(random, ids) } } },
          ]),
        0.2
      );
      withArg('pagination', () => ({ pageSize: random.pick([1, 10, 100, 1000, -1]) }), 0.2);
      // Aliases multiply the work of one request; a few of them are a fair client.
      const aliases = random.chance(0.1) ? random.int(2, 6) : 1;
      const selections = Array.from(
        { length: aliases },
        (_, index) =>
          `a${index}: ${names.list}(status: $status${localeArgument()}, filters: $filters, pagination: $pagination) { ${fields} }`
      ).join(' ');
      query = `query Q($status: PublicationStatus${localeVariable()}, $filters: ${names.filters}, $pagination: PaginationArg) { ${selections} }`;
      if (aliases > 1) kinds.push(`aliases ${aliases}`);
      break;
    }
    case 'one':
      withArg('documentId', () => documentId(random, ids), 0.97);
      withArg('status', () => status(random), 0.6);
      withArg('locale', () => locale(random), withLocale);
      query = `query Q($documentId: ID!, $status: PublicationStatus${localeVariable()}) { ${names.one}(documentId: $documentId, status: $status${localeArgument()}) { ${fields} } }`;
      break;
    case 'delete':
      withArg('documentId', () => documentId(random, ids), 0.97);
      withArg('locale', () => locale(random), withLocale);
      query = `mutation M($documentId: ID!${localeVariable()}) { ${names.delete}(documentId: $documentId${localeArgument()}) { documentId } }`;
      break;
    default: {
      const data = articleData(random, type, rows, typeLocale(random, type));
      // GraphQL relation inputs are documentIds; the REST forms stay, as wrong types.
      args.data = graphqlData(random, type, data.data);
      kinds = data.kinds;
      withArg('status', () => status(random), 0.7);
      withArg('locale', () => locale(random), withLocale);
      if (operation === 'update') withArg('documentId', () => documentId(random, ids), 0.97);
      query =
        operation === 'create'
          ? `mutation M($data: ${names.input}!, $status: PublicationStatus${localeVariable()}) { ${names.create}(data: $data, status: $status${localeArgument()}) { ${fields} } }`
          : `mutation M($documentId: ID!, $data: ${names.input}!, $status: PublicationStatus${localeVariable()}) { ${names.update}(documentId: $documentId, data: $data, status: $status${localeArgument()}) { ${fields} } }`;
    }
  }
  const body = jsonBody(random, { query, variables: args });
  const field = {
    read: 'newsroomRead',
    list: names.list,
    one: names.one,
    create: names.create,
    update: names.update,
    delete: names.delete,
  }[operation];
  return {
    family: 'graphql',
    route: operation === 'read' ? pluginRoute(`POST /graphql ${field}`, type, typeKind) : `POST /graphql ${field}`,
    method: 'POST',
    path: '/graphql',
    body: body.body,
    contentType: 'application/json',
    auth: contentApiAuth(random),
    mutation: describe(
      Object.keys(args).map((name) => `arg ${name}`),
      kinds,
      typeKind,
      body.kind === 'json' ? '' : body.kind
    ),
  };
};
