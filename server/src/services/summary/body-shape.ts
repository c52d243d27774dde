/**
 * How a content type's body attribute holds article text: a text field (blocks,
 * Markdown rich text, plain text), or components holding such fields (a dynamic zone,
 * a repeatable or a single component). The shape is read once from the schema at
 * startup; `composeBody` then lets every body reader (textFromBody, readBody,
 * checkBodyLimits, bodyFingerprint, summarize) read a value of that attribute.
 *
 * No Strapi import and no Node API: the admin bundles it to read the edit form's body.
 */
import { ComposedBody } from './composed-body';

export type TextKind = 'blocks' | 'richtext' | 'text';

export type BodyShape =
  | { kind: TextKind }
  | { kind: 'components'; container: 'dynamiczone' | 'repeatable' | 'single'; components: Record<string, ComponentText> };

/** The text-bearing attributes of one component, in schema order; nested components too. */
export interface ComponentText {
  fields: Array<{ name: string; shape: BodyShape }>;
}

/** Minimal schema shapes (Strapi's attribute objects: { type: 'blocks' | 'richtext' | 'text' | 'string' | 'dynamiczone' (components: string[]) | 'component' (component: string, repeatable?: boolean) | 'media' | ... }). */
export type AttributeLike = { type: string; components?: string[]; component?: string; repeatable?: boolean };

export type ComponentSchemaLike = { uid: string; info?: { displayName?: string }; attributes: Record<string, AttributeLike> };

type GetComponent = (uid: string) => ComponentSchemaLike | undefined;

/** Components nested deeper than this are left out: a schema that nests a component in itself still ends. */
const MAX_COMPONENT_DEPTH = 8;

const TEXT_KINDS: readonly string[] = ['blocks', 'richtext', 'text'] satisfies TextKind[];

const isTextKind = (type: string): type is TextKind => TEXT_KINDS.includes(type);

/** A pull quote or a testimonial holds someone else's words, as a blocks `quote` does. */
const isQuoteComponent = (component: ComponentSchemaLike): boolean =>
  `${component.uid} ${component.info?.displayName ?? ''}`.toLowerCase().includes('quote');

/** The text-bearing fields of a component at `depth` components down, or null when it contributes no text. */
const componentText = (uid: string, getComponent: GetComponent, depth: number): ComponentText | null => {
  if (depth >= MAX_COMPONENT_DEPTH) return null;
  const component = getComponent(uid);
  if (!component || isQuoteComponent(component)) return null;
  const fields: ComponentText['fields'] = [];
  for (const [name, attribute] of Object.entries(component.attributes)) {
    const shape = shapeAt(attribute, getComponent, depth + 1);
    if (shape) fields.push({ name, shape });
  }
  return fields.length > 0 ? { fields } : null;
};

const shapeAt = (attribute: AttributeLike, getComponent: GetComponent, depth: number): BodyShape | null => {
  if (isTextKind(attribute.type)) return { kind: attribute.type };
  let container: 'dynamiczone' | 'repeatable' | 'single';
  let uids: string[];
  if (attribute.type === 'dynamiczone' && Array.isArray(attribute.components)) {
    container = 'dynamiczone';
    uids = attribute.components;
  } else if (attribute.type === 'component' && typeof attribute.component === 'string') {
    container = attribute.repeatable ? 'repeatable' : 'single';
    uids = [attribute.component];
  } else {
    return null; // string, media, relations, numbers ...: no article text
  }
  const components: Record<string, ComponentText> = {};
  for (const uid of uids) {
    const text = componentText(uid, getComponent, depth);
    if (text) components[uid] = text;
  }
  return Object.keys(components).length > 0 ? { kind: 'components', container, components } : null;
};

/** The shape of a body attribute; null when the attribute cannot hold article text (the caller turns that into a startup error naming the field). */
export const bodyShapeOf = (attribute: AttributeLike, getComponent: GetComponent): BodyShape | null => shapeAt(attribute, getComponent, 0);

/**
 * Wraps a stored or written value of a body attribute so that every body reader reads
 * it; blocks and rich-text values of the right type are returned as they are.
 *
 * Read, in order:
 * - `blocks` fields as Strapi blocks, `richtext` fields as strings are (HTML or
 *   Markdown), with what textFromBody leaves out (headings, quotes, code, images ...);
 * - `text` fields as plain text: paragraphs split on blank lines, nothing else
 *   interpreted (a line starting with `#` or `>` is text, not a heading or a quote,
 *   and `&amp;` stays as written);
 * - components in the order of the value (dynamic zone entries, repeatable items),
 *   inside each its text-bearing fields in schema order, nested components the same
 *   way, at most 8 components deep.
 *
 * Left out:
 * - `string` fields (titles, captions, labels: short, like headings), media,
 *   relations and every other type;
 * - quote components (uid or display name containing "quote", any case), as blocks
 *   quotes are;
 * - components with no text-bearing field, and dynamic zone entries whose
 *   `__component` is not one of the shape's (Strapi refuses them on write).
 *
 * Values: a dynamic zone is an array of objects with a string `__component`; a
 * repeatable component an array of objects; a single component an object. `null`,
 * `undefined` and `[]` are an empty body, wherever they stand. The value is read
 * only when the body is read, so `checkBodyLimits` measures its size (the JSON of
 * the value, which the wrapper's `toJSON` gives) before any other work on it.
 *
 * Reading throws SummaryInputError, with a path such as `body[2].body[0].children`,
 * for a value of the wrong shape: a dynamic zone or repeatable component that is not
 * an array, an entry that is not an object, a `__component` that is not a string, a
 * field of the wrong type (`blocks` not an array, `richtext` or `text` not a string,
 * a component not an object), or malformed blocks (see textFromBody). The whole value
 * is checked, also beyond the character cap.
 */
export const composeBody = (value: unknown, shape: BodyShape): unknown => {
  const readAsIs =
    value === null ||
    value === undefined ||
    (shape.kind === 'blocks' && Array.isArray(value)) ||
    (shape.kind === 'richtext' && typeof value === 'string');
  return readAsIs ? value : new ComposedBody(value, shape);
};
