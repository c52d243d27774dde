/**
 * schema.org structured data of an article page (JSON-LD), from what `read` answers:
 * search engines read it from a `<script type="application/ld+json">`. Pure: the
 * reader service gathers the values, this module shapes them.
 */

/** The `{name}` placeholders a URL template (`urls` option) may hold. */
export const URL_PLACEHOLDERS = ['slug', 'documentId', 'locale'] as const;

type UrlValues = Record<(typeof URL_PLACEHOLDERS)[number], string>;

/** A `urls` template with its placeholders filled in, each value percent-encoded as a path segment. */
export const fillUrl = (template: string, values: UrlValues): string => {
  let url = template;
  for (const name of URL_PLACEHOLDERS) url = url.split(`{${name}}`).join(encodeURIComponent(values[name]));
  return url;
};

/** ISO 8601 duration of a reading time (`PT4M`). */
export const isoDuration = (minutes: number): string => `PT${minutes}M`;

export interface JsonLdInput {
  /** schema.org type: `NewsArticle`, `BlogPosting`, ... */
  schemaType: string;
  headline: string;
  description: string | null;
  datePublished: string;
  dateModified: string;
  image: string | null;
  /** Null for a type without i18n: no `inLanguage`. */
  inLanguage: string | null;
  wordCount: number;
  readingTimeMinutes: number;
  author: string | null;
  url: string | null;
  /** Every published series the article is in: its name, page URL (if a template is set) and the article's place. */
  series: Array<{ name: string; url: string | null; position: number }>;
}

/**
 * The JSON-LD object. Series are `isPartOf` a `CreativeWorkSeries` (one object, or a
 * list for several); `position`, the article's place, is given only for one series:
 * schema.org has one `position` per work, which several series would make ambiguous.
 */
export const articleJsonLd = (input: JsonLdInput): Record<string, unknown> => {
  const series = input.series.map(({ name, url }) => ({ '@type': 'CreativeWorkSeries', name, ...(url ? { url } : {}) }));
  return {
    '@context': 'https://schema.org',
    '@type': input.schemaType,
    headline: input.headline,
    ...(input.description ? { description: input.description } : {}),
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    ...(input.image ? { image: input.image } : {}),
    ...(input.inLanguage ? { inLanguage: input.inLanguage } : {}),
    wordCount: input.wordCount,
    timeRequired: isoDuration(input.readingTimeMinutes),
    ...(input.author ? { author: { '@type': 'Person', name: input.author } } : {}),
    ...(input.url ? { url: input.url, mainEntityOfPage: input.url } : {}),
    ...(series.length === 1 ? { isPartOf: series[0], position: input.series[0].position } : {}),
    ...(series.length > 1 ? { isPartOf: series } : {}),
  };
};
