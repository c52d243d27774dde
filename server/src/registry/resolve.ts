import type { UID } from '@strapi/strapi';

import { BUILT_IN_ARTICLE_UID, type ContentTypeFields } from '../../../contracts/content-types';
import { NewsroomConfigError } from '../config';
import type { ContentTypeMapping } from '../config/defaults';
import { bodyShapeOf, type BodyShape, type ComponentSchemaLike } from '../services/summary/body-shape';
import type { ReadingScope } from './scopes';
import { BUILT_IN_FIELDS, BUILT_IN_OWNED, DEFAULT_LINK_FIELDS, INJECTED_OWNED, type OwnedFields } from './built-in';

/** The parts of a Strapi attribute the checks read. */
export interface AttributeSchema {
  type: string;
  relation?: string;
  target?: string;
  inversedBy?: string;
  mappedBy?: string;
  multiple?: boolean;
  maxLength?: number;
  components?: string[];
  component?: string;
  repeatable?: boolean;
}

export interface ContentTypeSchema {
  uid: string;
  kind?: string;
  info?: { displayName?: string };
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
  attributes: Record<string, AttributeSchema>;
}

/** A content type the plugin serves, as resolved and checked at startup. */
export interface NewsroomType {
  uid: UID.ContentType;
  displayName: string;
  builtIn: boolean;
  /** Localized with i18n; a non-localized type's rows have no locale (null) and one reading order. */
  localized: boolean;
  fields: ContentTypeFields;
  owned: OwnedFields;
  /** Whether the plugin adds the link fields (the type does not declare them). */
  addsLinkFields: boolean;
  /** Whether the plugin adds the fields it owns (every type but the built-in article). */
  addsOwnedFields: boolean;
  /** The link field that owns the join table (`inversedBy`); the other one mirrors it. */
  linkOwner: 'previous' | 'next';
  bodyShape: BodyShape;
  /** The summary attribute's own `maxLength`, if it has one. */
  summaryMaxLength?: number;
  /** `readingOrder.scopes` of the type, by name. */
  scopes: Map<string, ReadingScope>;
}

export interface SchemaLookup {
  contentType(uid: string): ContentTypeSchema | undefined;
  component(uid: string): ComponentSchemaLike | undefined;
}

const TEXT_TYPES = ['string', 'text'];
/** Where editors may write key points: one a line, or a JSON list of strings. */
const KEY_POINT_TYPES = ['text', 'richtext', 'json'];

/**
 * Checks one mapping against the type's schema; every problem is named
 * `contentTypes["<uid>"].<key>: ...` so a site owner knows what to fix.
 */
const resolveOne = (uid: string, mapping: ContentTypeMapping | null, lookup: SchemaLookup, problems: string[]): NewsroomType | null => {
  const at = (key: string) => `contentTypes["${uid}"]${key ? `.${key}` : ''}`;
  const fail = (key: string, message: string) => {
    problems.push(`${at(key)}: ${message}`);
    return null;
  };
  const schema = lookup.contentType(uid);
  if (!schema) return fail('', 'no content type has this uid');
  if (schema.kind !== undefined && schema.kind !== 'collectionType')
    return fail('', 'must be a collection type (articles are a collection)');
  if (schema.options?.draftAndPublish !== true) {
    return fail(
      '',
      'the type has no draft & publish; the plugin serves readers published articles only, so it needs draft & publish turned on'
    );
  }

  const builtIn = mapping === null;
  const fields: ContentTypeFields = builtIn
    ? BUILT_IN_FIELDS
    : {
        title: mapping.title,
        slug: mapping.slug,
        summary: mapping.summary,
        body: mapping.body,
        cover: mapping.cover ?? null,
        keyPoints: mapping.keyPoints ?? null,
        previous: mapping.previous ?? DEFAULT_LINK_FIELDS.previous,
        next: mapping.next ?? DEFAULT_LINK_FIELDS.next,
      };
  const { attributes } = schema;
  const before = problems.length;

  const expect = (key: keyof ContentTypeFields, types: string[], what: string) => {
    const name = fields[key];
    if (name === null) return;
    const attribute = attributes[name];
    if (!attribute) fail(key, `the type has no attribute "${name}"`);
    else if (!types.includes(attribute.type)) fail(key, `"${name}" is a ${attribute.type} attribute; it must be ${what}`);
  };
  expect('title', TEXT_TYPES, 'a string or text attribute');
  expect('slug', ['uid', 'string'], 'a uid (or string) attribute');
  expect('summary', TEXT_TYPES, 'a string or text attribute');
  expect('cover', ['media'], 'a single media attribute');
  expect('keyPoints', KEY_POINT_TYPES, 'a text attribute (one key point a line) or a JSON attribute (a list of strings)');
  if (fields.cover !== null && attributes[fields.cover]?.multiple)
    fail('cover', `"${fields.cover}" holds several files; it must be a single media attribute`);

  const bodyAttribute = attributes[fields.body];
  const bodyShape = bodyAttribute ? bodyShapeOf(bodyAttribute, (component) => lookup.component(component)) : null;
  if (!bodyAttribute) fail('body', `the type has no attribute "${fields.body}"`);
  else if (!bodyShape) {
    fail(
      'body',
      `"${fields.body}" (${bodyAttribute.type}) holds no article text; it must be blocks, rich text, text, or a dynamic zone or component with such fields`
    );
  }

  const links = resolveLinks(uid, fields, attributes, fail);
  const owned = builtIn ? BUILT_IN_OWNED : INJECTED_OWNED;
  if (!builtIn) {
    for (const name of Object.values(owned)) {
      if (attributes[name]) fail('', `the type already has an attribute "${name}", which the plugin adds to store what it computes`);
    }
  }
  if (problems.length > before || !bodyShape || !links) return null;

  return {
    // A content type's uid from here on: the lookup above found its schema.
    uid: uid as UID.ContentType,
    displayName: schema.info?.displayName ?? uid,
    builtIn,
    localized: schema.pluginOptions?.i18n?.localized === true,
    fields,
    owned,
    addsLinkFields: links.add,
    addsOwnedFields: !builtIn,
    linkOwner: links.owner,
    bodyShape,
    // The built-in article's limit is `summary.maxLength` itself (register.ts puts it on the attribute).
    summaryMaxLength: builtIn ? undefined : attributes[fields.summary]?.maxLength,
    scopes: new Map(),
  };
};

/**
 * The link fields: both declared as the bidirectional oneToOne self-relation (used
 * as they are), or both absent (the plugin adds them). Anything else clashes.
 */
const resolveLinks = (
  uid: string,
  fields: ContentTypeFields,
  attributes: Record<string, AttributeSchema>,
  fail: (key: string, message: string) => null
): { add: boolean; owner: 'previous' | 'next' } | null => {
  if (fields.previous === fields.next)
    return fail('next', `"${fields.next}" is also the previous field; the two link fields need two names`);
  const reserved = [fields.title, fields.slug, fields.summary, fields.body, fields.cover, fields.keyPoints];
  for (const key of ['previous', 'next'] as const) {
    if (reserved.includes(fields[key])) return fail(key, `"${fields[key]}" is mapped to another role too`);
  }
  const previous = attributes[fields.previous];
  const next = attributes[fields.next];
  if (!previous && !next) return { add: true, owner: 'previous' };

  const isSelfLink = (attribute: AttributeSchema | undefined) =>
    attribute?.type === 'relation' && attribute.relation === 'oneToOne' && attribute.target === uid;
  for (const key of ['previous', 'next'] as const) {
    const attribute = attributes[fields[key]];
    if (attribute && !isSelfLink(attribute)) {
      return fail(
        key,
        `"${fields[key]}" clashes with an attribute of the type (a ${attribute.type}${attribute.relation ? ` ${attribute.relation}` : ''}); name another link field, or make it a oneToOne relation to ${uid}`
      );
    }
  }
  for (const key of ['previous', 'next'] as const) {
    if (!attributes[fields[key]]) {
      const other = key === 'previous' ? 'next' : 'previous';
      return fail(
        key,
        `the type declares "${fields[other]}" but not "${fields[key]}"; declare both as a oneToOne self-relation (inversedBy/mappedBy), or neither and the plugin adds them`
      );
    }
  }
  if (previous!.inversedBy === fields.next && next!.mappedBy === fields.previous) return { add: false, owner: 'previous' };
  if (next!.inversedBy === fields.previous && previous!.mappedBy === fields.next) return { add: false, owner: 'next' };
  return fail(
    'previous',
    `"${fields.previous}" and "${fields.next}" must be the two sides of one relation (one inversedBy the other, the other mappedBy it)`
  );
};

/**
 * The built-in article (unless `builtInArticle` is off) and every configured type, in
 * that order (the first is the default of `type` parameters), checked against their
 * schemas; throws one error naming every problem.
 */
export const resolveTypes = (
  contentTypes: Record<string, ContentTypeMapping>,
  lookup: SchemaLookup,
  { builtInArticle = true } = {}
): NewsroomType[] => {
  const problems: string[] = [];
  if (BUILT_IN_ARTICLE_UID in contentTypes) {
    problems.push(
      `contentTypes["${BUILT_IN_ARTICLE_UID}"]: the built-in article is served with its own fields (builtInArticle); remove it from contentTypes`
    );
  }
  if (!builtInArticle && Object.keys(contentTypes).length === 0) {
    problems.push(
      'builtInArticle is false and contentTypes maps no type: the plugin would serve nothing; map your article type in contentTypes or turn builtInArticle on'
    );
  }
  const resolved = [
    ...(builtInArticle ? [resolveOne(BUILT_IN_ARTICLE_UID, null, lookup, problems)] : []),
    ...Object.entries(contentTypes)
      .filter(([uid]) => uid !== BUILT_IN_ARTICLE_UID)
      .map(([uid, mapping]) => resolveOne(uid, mapping, lookup, problems)),
  ];
  if (problems.length > 0) throw new NewsroomConfigError(problems);
  return resolved as NewsroomType[];
};
