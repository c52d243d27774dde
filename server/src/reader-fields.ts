import type { ReadResponse, SeriesArticle, SeriesPlacement, SummaryResponse, Teaser } from '../../contracts/reader';

/**
 * The fields of the reader's answers, described once for the OpenAPI document and
 * the GraphQL types. `satisfies` ties each description to its contract in
 * `contracts/reader.ts` (the type the reader service returns): a field added to or
 * removed from a contract fails to compile until it is described here.
 */
export type FieldKind =
  | { kind: 'string'; nullable?: boolean; format?: 'date-time'; enum?: readonly string[]; description?: string }
  | { kind: 'int'; minimum?: number }
  | { kind: 'json'; nullable?: boolean; description: string; openApi: Record<string, unknown> }
  | { kind: 'teaser' }
  | { kind: 'series' };

type Described<T> = { [Key in keyof Required<T>]: FieldKind };

const text = (extra: Omit<Extract<FieldKind, { kind: 'string' }>, 'kind'> = {}): FieldKind => ({ kind: 'string', ...extra });

export const TEASER_FIELDS = {
  documentId: text(),
  title: text(),
  slug: text(),
  summary: text({ nullable: true }),
  publishedAt: text({ format: 'date-time' }),
  source: text({ enum: ['linked', 'computed'], description: 'linked: the reading order; computed: the publishedAt fallback' }),
} satisfies Described<Teaser>;

export const SERIES_PLACEMENT_FIELDS = {
  documentId: text(),
  slug: text(),
  title: text(),
  position: { kind: 'int', minimum: 1 },
  total: { kind: 'int', minimum: 1 },
  previous: { kind: 'teaser' },
  next: { kind: 'teaser' },
} satisfies Described<SeriesPlacement>;

export const SERIES_ARTICLE_FIELDS = {
  documentId: text(),
  title: text(),
  slug: text(),
  summary: text({ nullable: true }),
  publishedAt: text({ format: 'date-time' }),
  position: { kind: 'int', minimum: 1 },
} satisfies Described<SeriesArticle>;

export const SUMMARY_FIELDS = {
  summary: text({ nullable: true, description: "The editor's summary, or the automatic one" }),
  summarySource: text({ enum: ['editor', 'auto', 'none'] }),
  readingTimeMinutes: { kind: 'int', minimum: 0 },
} satisfies Described<SummaryResponse['data']>;

export const READ_FIELDS = {
  documentId: text(),
  title: text(),
  slug: text(),
  locale: text({ nullable: true, description: 'null for a type without i18n' }),
  publishedAt: text({ format: 'date-time' }),
  body: {
    kind: 'json',
    nullable: true,
    description: 'The body as the type stores it: blocks, Markdown or text, or its dynamic zone / components',
    openApi: {},
  },
  cover: {
    kind: 'json',
    nullable: true,
    description: 'The cover image (url, alternativeText, width, height, formats, ...)',
    openApi: { type: 'object' },
  },
  ...SUMMARY_FIELDS,
  previous: { kind: 'teaser' },
  next: { kind: 'teaser' },
  series: { kind: 'series' },
} satisfies Described<ReadResponse['data']>;

type Fields = Record<string, FieldKind>;

/** An OpenAPI object schema of the fields; a teaser is a nullable `$ref` to `teaserRef`. */
export const openApiObject = (fields: Fields, teaserRef = '#/components/schemas/NewsroomTeaser') => {
  const property = (field: FieldKind): Record<string, unknown> => {
    switch (field.kind) {
      case 'string': {
        const { kind: _kind, ...rest } = field;
        return { type: 'string', ...rest };
      }
      case 'int':
        return { type: 'integer', ...(field.minimum === undefined ? {} : { minimum: field.minimum }) };
      case 'json':
        return { ...field.openApi, description: field.description, nullable: field.nullable ?? false };
      case 'teaser':
        return { allOf: [{ $ref: teaserRef }], nullable: true };
      case 'series':
        return { type: 'array', items: { $ref: '#/components/schemas/NewsroomSeriesPlacement' } };
    }
  };
  const isRequired = (field: FieldKind) => !(field.kind === 'teaser' || ('nullable' in field && field.nullable));
  return {
    type: 'object',
    required: Object.entries(fields)
      .filter(([, field]) => isRequired(field))
      .map(([name]) => name),
    properties: Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, property(field)])),
  };
};

/** Defines the fields on a nexus object type (`t` of its `definition`). */
export const defineGraphqlFields = (t: any, fields: Fields) => {
  for (const [name, field] of Object.entries(fields)) {
    if (field.kind === 'teaser') t.field(name, { type: 'NewsroomTeaser' });
    else if (field.kind === 'series') t.nonNull.list.nonNull.field(name, { type: 'NewsroomSeriesPlacement' });
    else if (field.kind === 'json') t.field(name, { type: 'JSON', description: field.description });
    else if (field.kind === 'int') t.nonNull.int(name);
    else {
      const options = field.description ? { description: field.description } : undefined;
      if (field.nullable) t.string(name, options);
      else t.nonNull.string(name, options);
    }
  }
};
