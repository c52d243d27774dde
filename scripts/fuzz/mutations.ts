/**
 * Value mutators shared by the route generators: ids, query parameters, strings,
 * block bodies, relation inputs and article data, each valid or broken on purpose.
 */
import type { Random } from './random';
import type { ArticleRow } from './types';

export const KNOWN_LOCALES = ['en', 'fr'];

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

/** A relation input for `previousArticle`/`nextArticle`, in one of Strapi's forms. */
export const relationInput = (random: Random, rows: ArticleRow[], locale: string): { value: unknown; kind: string } => {
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

const wrongType = (random: Random): unknown => random.pick([42, true, [], {}, ['a'], { $ne: 1 }, -1, 1e308]);

/** Article data for a write: each field absent, valid, or of the wrong type; server-owned fields sometimes. */
export const articleData = (
  random: Random,
  rows: ArticleRow[],
  locale: string
): { data: Record<string, unknown>; kinds: string[] } => {
  const data: Record<string, unknown> = {};
  const kinds: string[] = [];
  // Half the writes are well-formed apart from their links, so they reach the reading-order rules.
  const clean = random.chance(0.5);
  const field = (name: string, presence: number, valid: () => unknown, wrongChance = 0.08) => {
    if (!random.chance(presence)) return;
    if (clean) {
      data[name] = name === 'slug' ? `fuzz-${random.int(0, 1e9)}` : `Fuzz ${name} ${random.int(0, 1e6)}`;
    } else if (random.chance(wrongChance)) {
      data[name] = wrongType(random);
      kinds.push(`wrong-type ${name}`);
    } else data[name] = valid();
  };
  field('title', 0.9, () => text(random));
  field('slug', 0.5, () => random.pick([`fuzz-${random.int(0, 1e9)}`, 'Not A Slug!', '', ' ', repeatTo('s', 300)]));
  field('summary', 0.4, () => text(random));
  if (random.chance(0.6)) {
    const body = clean ? [paragraph(`Fuzz body ${random.int(0, 1e6)}`)] : blocksBody(random);
    data.body = body;
    if (!Array.isArray(body)) kinds.push('body shape');
  }
  for (const name of ['previousArticle', 'nextArticle']) {
    if (!random.chance(0.35)) continue;
    const relation = relationInput(random, rows, locale);
    data[name] = relation.value;
    kinds.push(`${name}:${relation.kind}`);
  }
  if (clean) return { data, kinds };
  if (random.chance(0.08)) {
    data.autoSummary = 'Injected automatic summary';
    kinds.push('server-owned autoSummary');
  }
  if (random.chance(0.08)) {
    data.wordCount = random.pick([2_300_000, -5, 'many']);
    kinds.push('server-owned wordCount');
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

/** Mostly real rows, in mostly one locale, to exercise the reading-order logic. */
export const pickRows = (random: Random, rows: ArticleRow[], count: number) =>
  Array.from({ length: count }, () => random.pick(rows)).filter(Boolean);
