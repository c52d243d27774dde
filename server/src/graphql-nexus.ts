/**
 * The parts of nexus the plugin uses, as `@strapi/plugin-graphql` hands it to
 * extensions. The plugin depends on neither (GraphQL is optional), so these are its
 * own structural types rather than nexus' generated ones.
 */

/**
 * A resolver. Its parameters are whatever nexus passes (the parent object, the
 * arguments, the request context); each resolver names the parts it reads, which
 * `never` here lets it do.
 */
export type Resolver = (parent: never, args: never, context: never) => unknown;

export interface FieldConfig {
  type?: string;
  description?: string;
  args?: Record<string, unknown>;
  resolve?: Resolver;
}

/** `t` in a type's `definition`: adds fields, optionally non-null or as lists. */
export interface DefinitionBlock {
  field(name: string, config: FieldConfig): void;
  string(name: string, config?: FieldConfig): void;
  int(name: string, config?: FieldConfig): void;
  float(name: string, config?: FieldConfig): void;
  boolean(name: string, config?: FieldConfig): void;
  readonly nonNull: DefinitionBlock;
  readonly list: DefinitionBlock;
}

interface ArgConfig {
  description?: string;
  default?: unknown;
}

export interface Nexus {
  objectType(config: { name: string; description?: string; definition(t: DefinitionBlock): void }): unknown;
  extendType(config: { type: string; definition(t: DefinitionBlock): void }): unknown;
  stringArg(config?: ArgConfig): unknown;
  intArg(config?: ArgConfig): unknown;
  nonNull(type: unknown): unknown;
  list(type: unknown): unknown;
}
