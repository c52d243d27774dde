import type { AttributeSchema, ContentTypeSchema, NewsroomType } from './resolve';

/**
 * A scope of the computed reading order (`readingOrder.scopes`): previous/next by
 * `publishedAt` among the published articles that share the value of one attribute.
 */
export interface ReadingScope {
  name: string;
  /** `field`: a column compared for equality; `relation`: the related documents (by documentId). */
  kind: 'field' | 'relation';
  /** A relation that holds several documents (tags): articles sharing any one of them are in scope. */
  multiple: boolean;
}

/** Scalar attributes whose value names a group of articles (an author's name, a section). */
const FIELD_TYPES = ['string', 'enumeration', 'uid', 'email', 'integer', 'biginteger', 'boolean', 'date'];
const SINGLE_RELATIONS = ['oneToOne', 'manyToOne'];
const MULTIPLE_RELATIONS = ['oneToMany', 'manyToMany'];

const scopeOf = (name: string, attribute: AttributeSchema): ReadingScope | string => {
  if (attribute.type === 'relation') {
    if (!attribute.target || attribute.relation?.startsWith('morph'))
      return `"${name}" is a polymorphic relation; a scope must be a relation to one content type`;
    if (SINGLE_RELATIONS.includes(attribute.relation ?? '')) return { name, kind: 'relation', multiple: false };
    if (MULTIPLE_RELATIONS.includes(attribute.relation ?? '')) return { name, kind: 'relation', multiple: true };
    return `"${name}" is a ${attribute.relation} relation, which a scope cannot use`;
  }
  if (FIELD_TYPES.includes(attribute.type)) return { name, kind: 'field', multiple: false };
  return `"${name}" is a ${attribute.type} attribute; a scope must be a relation or one of ${FIELD_TYPES.join(', ')}`;
};

/**
 * Checks `readingOrder.scopes` (type uid -> attribute names) against the served
 * types and their schemas; each problem is named `readingOrder.scopes["<uid>"]...`.
 */
export const resolveScopes = (
  scopes: Record<string, string[]>,
  types: NewsroomType[],
  schemaOf: (uid: string) => ContentTypeSchema | undefined,
  problems: string[]
): Map<string, Map<string, ReadingScope>> => {
  const resolved = new Map<string, Map<string, ReadingScope>>();
  for (const [uid, names] of Object.entries(scopes)) {
    const at = `readingOrder.scopes["${uid}"]`;
    const type = types.find((candidate) => candidate.uid === uid);
    const schema = schemaOf(uid);
    if (!type || !schema) {
      problems.push(`${at}: the plugin serves no such type (served: ${types.map((candidate) => candidate.uid).join(', ')})`);
      continue;
    }
    const own = new Map<string, ReadingScope>();
    const reserved = new Set(Object.values(type.fields).filter((field): field is string => typeof field === 'string'));
    for (const name of names) {
      const attribute = schema.attributes[name];
      if (!attribute) problems.push(`${at}: the type has no attribute "${name}"`);
      else if (reserved.has(name))
        problems.push(`${at}: "${name}" is one of the fields the plugin maps (title, slug, summary, body, cover, links)`);
      else {
        const scope = scopeOf(name, attribute);
        if (typeof scope === 'string') problems.push(`${at}: ${scope}`);
        else own.set(name, scope);
      }
    }
    resolved.set(uid, own);
  }
  return resolved;
};
