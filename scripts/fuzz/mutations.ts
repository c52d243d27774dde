/**
 * Value mutators shared by the route generators: ids, query parameters, `type`
 * values, strings, block and dynamic-zone bodies, relation inputs and article data
 * of any fuzzed type, each valid or broken on purpose.
 */
import { ARTICLE, TYPES, type FuzzType } from './content-types';
import type { Random } from './random';
import type { ArticleRow } from './types';

/** Every locale some fuzzed type has: valid for one type, a stray value for another. */
export const KNOWN_LOCALES = [...new Set(TYPES.flatMap((type) => type.locales))];

/** A locale a coherent request of this type names: one of its own, or none (null) for a type without i18n. */
export const typeLocale = (random: Random, type: FuzzType): string | null => (type.locales.length > 0 ? random.pick(type.locales) : null);

/** Unclosed Markdown/HTML constructs that make naive text extraction backtrack. */
const UNCLOSED = ['![', '[', '<a', '<!--', '<http:', '](', '**', '`', '<', '&#'];

const UNICODE = ['ñandú', '日本語の記事', '☃︎💥', '\u202e\u200b', 'e\u0301', '𝔘𝔫𝔦'];

export const repeatTo = (unit: string, length: number) => unit.repeat(Math.max(1, Math.ceil(length / unit.length))).slice(0, length);

/** A path segment standing for an article: real, in another locale, unknown, or malformed. */
export const articleKey = (random: Random, rows: ArticleRow[]): { key: string; kind: string } => {
  const row = rows.length > 0 ? random.pick(rows) : undefined;
  const kind = random.weighted({
    documentId: 30,
    slug: 20,
    unknown: 8,
    whitespace: 4,
    nul: 5,
    long: 4,
    unicode: 4,
    numeric: 4,
    dots: 2,
    encoded: 3,
  });
  const raw = (): string => {
    switch (kind) {
      case 'documentId':
        return encodeURIComponent(row?.documentId ?? 'none');
      case 'slug':
        return encodeURIComponent(row?.slug ?? 'no-slug');
      case 'unknown':
        return random.pick(['a'.repeat(24), 'zzzzzzzzzzzzzzzzzzzzzzzz', 'no-such-article']);
      case 'whitespace':
        return random.pick(['%20', '%20%20%20', '%09', '%0A']);
      case 'nul':
        return random.pick(['%00', `${row?.documentId ?? 'x'}%00`, `a%00b`]);
      case 'long':
        return repeatTo('a', random.pick([256, 300, 5000]));
      case 'unicode':
        return encodeURIComponent(random.pick(UNICODE));
      case 'numeric':
        return random.pick(['1', '0', '-1', '2147483648', '99999999999999999999', '1e309', 'NaN']);
      case 'dots':
        return random.pick(['..', '.', '%2E%2E']);
      default:
        return random.pick(['%2F', '%25', '%FF', 'a%2Fb', '%7B%7D']);
    }
  };
  return { key: raw(), kind };
};

/** A locale value: known, unknown, wildcard or malformed. */
export const localeValue = (random: Random): string =>
  random.pick([
    ...KNOWN_LOCALES,
    ...KNOWN_LOCALES,
    '*',
    'all',
    'xx',
    'EN',
    '',
    '%20',
    'en%00',
    encodeURIComponent('日本'),
    repeatTo('e', 300),
  ]);

/** `type=` values no route may serve: unknown or unserved uids, operators, arrays, repeats, control characters, very long. */
const HOSTILE_TYPES = [
  'type=api::nope.nope',
  'type=plugin::newsroom.reader',
  'type=plugin::users-permissions.user',
  'type=admin::user',
  'type=API::POST.POST',
  'type=api::post.post%00',
  'type=api::post.post%0A',
  'type=%1B%5B31m',
  'type=%00',
  'type=',
  'type',
  'type=%20',
  'type[$ne]=x',
  'type[$in][0]=api::post.post',
  'type[]=api::post.post&type[]=plugin::newsroom.article',
  'type[]=',
  'type[0]=api::post.post',
  'type=api::post.post&type=plugin::newsroom.article',
  'type[__proto__][x]=1',
  'type=__proto__',
  'type=constructor',
  'type=..%2F..%2Fadmin',
  `type=${repeatTo('a', 5000)}`,
  `type=api::${repeatTo('x', 300)}.post`,
];

/**
 * The `type=` parameter of a plugin route: omitted or named for the built-in article
 * (the default), always named for another type, hostile now and then.
 */
export const typeParam = (random: Random, type: FuzzType): { text: string; kind: string } => {
  if (random.chance(0.08)) return { text: random.pick(HOSTILE_TYPES), kind: 'hostile type' };
  if (type === ARTICLE && random.chance(0.75)) return { text: '', kind: '' };
  return { text: `type=${type.uid}`, kind: '' };
};

/** `path` with more query parameters (each `a=b` or empty). */
export const withQuery = (path: string, ...params: string[]) => {
  const added = params.filter(Boolean).join('&');
  if (!added) return path;
  return `${path}${path.includes('?') ? (path.endsWith('?') ? '' : '&') : '?'}${added}`;
};

/** One `key=value` parameter, possibly turned into an object, array or repeated parameter. */
export const queryParam = (random: Random, key: string, values: () => string): { text: string; kind: string } => {
  const kind = random.weighted({ plain: 55, object: 12, array: 10, repeated: 10, empty: 5, operator: 8 });
  switch (kind) {
    case 'plain':
      return { text: `${key}=${values()}`, kind };
    case 'object':
      return { text: `${key}[${random.pick(['$ne', '$in', '$eq', 'a', '0', '$null'])}]=${values()}`, kind };
    case 'array':
      return { text: random.chance(0.5) ? `${key}[]=` : `${key}[]=${values()}&${key}[]=${values()}`, kind };
    case 'repeated':
      return { text: `${key}=${values()}&${key}=${values()}`, kind };
    case 'empty':
      return { text: random.pick([`${key}=`, key]), kind };
    default:
      return { text: `${key}[$in][0]=${values()}&${key}[$nested][$ne][x]=1`, kind };
  }
};

/** A query string from optional parameters; each is present with the given chance. */
export const queryString = (
  random: Random,
  params: Array<[key: string, values: () => string, presence: number]>
): { text: string; kinds: string[] } => {
  const parts: string[] = [];
  const kinds: string[] = [];
  for (const [key, values, presence] of params) {
    if (!random.chance(presence)) continue;
    const param = queryParam(random, key, values);
    parts.push(param.text);
    if (param.kind !== 'plain') kinds.push(`${param.kind} ${key}`);
  }
  return { text: parts.length > 0 ? `?${parts.join('&')}` : '', kinds };
};

export const statusValue = (random: Random) => random.pick(['draft', 'published', 'draft', 'DRAFT', 'any', '']);

/** A text: ordinary, empty, whitespace, unicode, or long and full of unclosed constructs. */
export const text = (random: Random): string => {
  const kind = random.weighted({ words: 50, empty: 5, whitespace: 5, unicode: 8, nul: 4, long: 10, huge: 2 });
  switch (kind) {
    case 'words':
      return `Fuzz ${random.int(0, 1e6)} ${random.pick(['about the city', 'a market report', 'late news', 'la une'])}`;
    case 'empty':
      return '';
    case 'whitespace':
      return random.pick([' ', '   ', '\n\t ']);
    case 'unicode':
      return random.pick(UNICODE);
    case 'nul':
      return 'nul\u0000byte';
    case 'long':
      return repeatTo(random.pick(UNCLOSED) + random.pick(['', 'x', ' ']), random.size(1_000, 100_000));
    default:
      return repeatTo(random.pick(UNCLOSED), random.size(100_000, 1_000_000));
  }
};

const paragraph = (value: string) => ({ type: 'paragraph', children: [{ type: 'text', text: value }] });

/** A `blocks` body: valid, or of a wrong shape (a string, nested garbage, wrong node types). */
export const blocksBody = (random: Random): unknown => {
  const kind = random.weighted({ valid: 60, string: 10, garbage: 10, deep: 4, null: 6, many: 5, number: 5 });
  switch (kind) {
    case 'valid':
      return Array.from({ length: random.int(1, 4) }, () => paragraph(text(random)));
    case 'string':
      return text(random);
    case 'garbage':
      return random.pick([{}, [{}], [{ type: 'paragraph' }], [{ type: 'heading', level: 99, children: 'x' }], [null], [[paragraph('x')]]]);
    case 'deep': {
      let node: unknown = { type: 'text', text: 'deep' };
      for (let depth = 0; depth < random.pick([50, 500, 2000]); depth += 1) node = { type: 'list', format: 'unordered', children: [node] };
      return [node];
    }
    case 'null':
      return null;
    case 'many':
      return Array.from({ length: random.size(100, 20_000) }, () => paragraph(random.pick(UNCLOSED)));
    default:
      return random.int(-5, 5);
  }
};

const wrongType = (random: Random): unknown => random.pick([42, true, [], {}, ['a'], { $ne: 1 }, -1, 1e308]);

/** The playground's blog components, valid: Markdown, a quote, a media slot left empty. */
const blogComponent = (random: Random): Record<string, unknown> =>
  random.pick<() => Record<string, unknown>>([
    () => ({ __component: 'blog.rich-text', body: text(random) }),
    () => ({ __component: 'blog.rich-text', body: `## ${text(random).slice(0, 200)}\n\n${text(random)}` }),
    () => ({ __component: 'blog.quote', title: text(random).slice(0, 300), body: text(random) }),
    () => ({ __component: 'blog.media', file: null }),
  ])();

/**
 * A dynamic-zone body: valid components, or unknown, missing or foreign `__component`s,
 * wrong field types, another entry's component id, media ids that do not exist, not
 * an array at all, thousands of components, components nested where none may be.
 */
export const dynamicZoneBody = (random: Random): { value: unknown; kind: string } => {
  const kind = random.weighted({
    valid: 55,
    unknown: 6,
    missing: 5,
    wrongField: 8,
    componentId: 6,
    media: 5,
    notArray: 6,
    null: 3,
    many: 3,
    nested: 3,
  });
  const value = (): unknown => {
    switch (kind) {
      case 'valid':
        return Array.from({ length: random.int(1, 4) }, () => blogComponent(random));
      case 'unknown':
        return [
          {
            __component: random.pick([
              'blog.nope',
              'plugin::newsroom.article',
              'blog',
              '',
              'blog.rich-text.x',
              'BLOG.RICH-TEXT',
              'shared.seo',
              42,
              null,
            ]),
            body: 'x',
          },
        ];
      case 'missing':
        return [blogComponent(random), { body: 'no __component' }];
      case 'wrongField':
        return [
          random.pick<() => unknown>([
            () => ({ __component: 'blog.rich-text', body: wrongType(random) }),
            () => ({ __component: 'blog.rich-text', body: blocksBody(random) }),
            () => ({ __component: 'blog.quote', title: wrongType(random), body: text(random) }),
            () => ({ __component: 'blog.quote', unknownAttribute: 1 }),
          ])(),
        ];
      case 'componentId':
        // Strapi reuses a component row named by id on update: aim at rows of other entries.
        return [{ ...blogComponent(random), id: random.pick([1, 2, 3, 9999, -1, 0, 'x', 2 ** 31, { $ne: 1 }]) }];
      case 'media':
        return [{ __component: 'blog.media', file: random.pick([1, 9999, 'x', { id: 1 }, [1, 2], { $ne: 1 }, { connect: [1] }]) }];
      case 'notArray':
        return random.pick(['text', { __component: 'blog.rich-text', body: 'x' }, 42, {}, true, [[]], ['x']]);
      case 'null':
        return null;
      case 'many':
        return Array.from({ length: random.size(100, 3_000) }, () => ({
          __component: random.pick(['blog.rich-text', 'blog.quote']),
          body: random.pick(UNCLOSED),
        }));
      default:
        return [{ __component: 'blog.rich-text', body: 'outer', content: [{ __component: 'blog.quote', body: 'inner' }] }];
    }
  };
  return { value: value(), kind };
};

/** A body of the type's shape: one clean paragraph or component, or hostile. */
const bodyOf = (random: Random, type: FuzzType, clean: boolean): { value: unknown; kind: string } => {
  const marker = `Fuzz body ${random.int(0, 1e6)}`;
  if (type.body === 'dynamic-zone') {
    if (clean) return { value: [{ __component: 'blog.rich-text', body: marker }], kind: '' };
    const body = dynamicZoneBody(random);
    return { value: body.value, kind: body.kind === 'valid' ? '' : `body ${body.kind}` };
  }
  if (clean) return { value: [paragraph(marker)], kind: '' };
  const body = blocksBody(random);
  return { value: body, kind: Array.isArray(body) ? '' : 'body shape' };
};

/** A relation input for a link field (`previousArticle`, `nextPost`...), in one of Strapi's forms. */
export const relationInput = (random: Random, rows: ArticleRow[], locale: string | null): { value: unknown; kind: string } => {
  const sameLocale = rows.filter((row) => row.locale === locale);
  const otherLocale = rows.filter((row) => row.locale !== locale);
  const target = (): string => {
    const pool = random.weighted({ same: 70, other: 15, unknown: 15 });
    if (pool === 'same' && sameLocale.length > 0) return random.pick(sameLocale).documentId;
    if (pool === 'other' && otherLocale.length > 0) return random.pick(otherLocale).documentId;
    return random.pick(['nonexistentdocumentid0000', '', ' ', 'x'.repeat(300)]);
  };
  const ref = () =>
    random.pick<() => unknown>([
      () => target(),
      () => ({ documentId: target() }),
      () => ({ documentId: target(), locale: random.chance(0.7) ? locale : localeValue(random) }),
      () => ({ id: random.pick([1, 2, 0, -1, 2 ** 31, 1e20]) }),
      () => random.int(1, 40),
      () => ({ documentId: target(), position: { before: target() } }),
    ])();
  const kind = random.weighted({ connect: 25, disconnect: 10, set: 15, shorthand: 20, null: 10, ids: 8, array: 7, broken: 5 });
  switch (kind) {
    case 'connect':
      return { value: { connect: Array.from({ length: random.int(0, 2) }, ref) }, kind };
    case 'disconnect':
      return { value: { disconnect: Array.from({ length: random.int(0, 2) }, ref) }, kind };
    case 'set':
      return { value: { set: Array.from({ length: random.int(0, 2) }, ref) }, kind };
    case 'shorthand':
      return { value: target(), kind };
    case 'null':
      return { value: null, kind };
    case 'ids':
      return { value: random.pick([random.int(1, 40), [random.int(1, 40)], [random.int(1, 40), random.int(1, 40)]]), kind };
    case 'array':
      return { value: Array.from({ length: random.int(0, 3) }, target), kind };
    default:
      return { value: random.pick([{ connect: 'x' }, { set: {} }, { connect: [null] }, true, { disconnect: 5 }]), kind };
  }
};

/** Data for a write to `type`: each field absent, valid, or of the wrong type; server-owned fields sometimes. */
export const articleData = (
  random: Random,
  type: FuzzType,
  rows: ArticleRow[],
  locale: string | null
): { data: Record<string, unknown>; kinds: string[] } => {
  const data: Record<string, unknown> = {};
  const kinds: string[] = [];
  const { fields } = type;
  // Half the writes are well-formed apart from their links, so they reach the reading-order rules.
  const clean = random.chance(0.5);
  const field = (name: string, presence: number, valid: () => unknown, wrongChance = 0.08) => {
    if (!random.chance(presence)) return;
    if (clean) {
      data[name] = name === fields.slug ? `fuzz-${random.int(0, 1e9)}` : `Fuzz ${name} ${random.int(0, 1e6)}`;
    } else if (random.chance(wrongChance)) {
      data[name] = wrongType(random);
      kinds.push(`wrong-type ${name}`);
    } else data[name] = valid();
  };
  field(fields.title, 0.9, () => text(random));
  field(fields.slug, 0.5, () => random.pick([`fuzz-${random.int(0, 1e9)}`, 'Not A Slug!', '', ' ', repeatTo('s', 300)]));
  field(fields.summary, 0.4, () => text(random));
  if (random.chance(0.6)) {
    const body = bodyOf(random, type, clean);
    data[fields.body] = body.value;
    if (body.kind) kinds.push(body.kind);
  }
  for (const name of [fields.previous, fields.next]) {
    if (!random.chance(0.35)) continue;
    const relation = relationInput(random, rows, locale);
    data[name] = relation.value;
    kinds.push(`${name}:${relation.kind}`);
  }
  if (clean) return { data, kinds };
  if (random.chance(0.08)) {
    data[type.serverOwned.autoSummary] = 'Injected automatic summary';
    kinds.push(`server-owned ${type.serverOwned.autoSummary}`);
  }
  if (random.chance(0.08)) {
    data[random.pick([type.serverOwned.wordCount, type.serverOwned.fingerprint])] = random.pick([2_300_000, -5, 'many']);
    kinds.push('server-owned count');
  }
  if (random.chance(0.05)) {
    data[random.pick(['unknownField', 'id', 'documentId', 'publishedAt', 'locale', 'createdBy'])] = random.pick(['x', 1, null]);
    kinds.push('extra field');
  }
  return { data, kinds };
};

/** A JSON body, sometimes malformed or of the wrong top-level type. */
export const jsonBody = (random: Random, value: unknown): { body: string; kind: string } => {
  const kind = random.weighted({ json: 88, malformed: 6, wrongTop: 6 });
  if (kind === 'malformed') {
    return { body: random.pick(['{"data": {', '{data: 1}', '[', '{"data": {"title": "x"}}}', '\u0000', '{"a":1,}']), kind };
  }
  if (kind === 'wrongTop') return { body: random.pick(['null', '"text"', '[]', '42', '{"data": []}', '{"data": "x"}']), kind };
  return { body: JSON.stringify(value), kind };
};
