import { z } from 'zod';

import type { DefinitionBlock, Nexus } from './graphql-nexus';

/**
 * GraphQL fields made from the reader's answer schemas (`contracts/schemas/reader.ts`),
 * so that REST, OpenAPI and GraphQL describe the same fields: a named object schema
 * (`.meta({ id })`) is that GraphQL type, a nullable field a nullable one, an object
 * without a name (the cover) or an unknown value (the body) `JSON`.
 */

type Described = { schema: z.ZodType; nullable: boolean; description?: string };

const metaOf = (schema: z.ZodType) => z.globalRegistry.get(schema);

/** The schema under `optional`, `nullable` and `default`, with whether it may be null, and the first description found. */
const describe = (field: z.ZodType): Described => {
  let schema = field;
  let nullable = false;
  let description = metaOf(schema)?.description;
  for (;;) {
    const def = schema.def as { type: string; innerType?: z.ZodType };
    if (def.type !== 'optional' && def.type !== 'nullable' && def.type !== 'default') break;
    nullable ||= def.type !== 'default';
    schema = def.innerType!;
    description ??= metaOf(schema)?.description;
  }
  return { schema, nullable, description };
};

/** The GraphQL type named after a schema (`NewsroomTeaser`), if it has a name. */
const typeNameOf = (schema: z.ZodType): string | undefined => metaOf(schema)?.id;

/** The name of a schema that is a GraphQL object type: the contracts name each one. */
const nameOf = (object: z.ZodObject): string => {
  const name = typeNameOf(object);
  if (!name) throw new Error('newsroom: a GraphQL object schema needs .meta({ id })');
  return name;
};

/** Defines the fields of `object` on a nexus object type (`t` of its `definition`). */
export const defineGraphqlFields = (t: DefinitionBlock, object: z.ZodObject) => {
  for (const [name, field] of Object.entries(object.shape)) {
    const { schema, nullable, description } = describe(field as z.ZodType);
    const options = description ? { description } : {};
    const kind = schema.def.type;
    const named = typeNameOf(schema);
    if (kind === 'array') {
      const element = describe((schema as z.ZodArray).element as z.ZodType).schema;
      const itemType = typeNameOf(element) ?? (element.def.type === 'string' ? 'String' : 'JSON');
      (nullable ? t : t.nonNull).list.nonNull.field(name, { type: itemType, ...options });
    } else if (kind === 'object' && named) {
      (nullable ? t : t.nonNull).field(name, { type: named, ...options });
    } else if (kind === 'number') {
      // Whole numbers (`.int()`) are Int; a fraction (a related article's score) is Float.
      const number = (schema as z.ZodNumber).isInt ? 'int' : 'float';
      (nullable ? t : t.nonNull)[number](name, ...(description ? [options] : []));
    } else if (kind === 'boolean') {
      (nullable ? t : t.nonNull).boolean(name, ...(description ? [options] : []));
    } else if (kind === 'string' || kind === 'enum') {
      (nullable ? t : t.nonNull).string(name, ...(description ? [options] : []));
    } else {
      t.field(name, { type: 'JSON', ...options });
    }
  }
};

/** A nexus object type of a named object schema: its name, description and fields. */
export const graphqlObjectType = (nexus: Nexus, object: z.ZodObject) =>
  nexus.objectType({
    name: nameOf(object),
    ...(metaOf(object)?.description ? { description: metaOf(object)?.description } : {}),
    definition: (t) => defineGraphqlFields(t, object),
  });
