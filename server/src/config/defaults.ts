/**
 * Every plugin option and its default, in a module with no imports so that pure
 * code (the summary engine) can share the defaults. docs/configuration.md
 * documents each option; `index.ts` validates them.
 */
/** Which attributes of a content type hold what the plugin reads and writes (docs/content-types.md, "Your own content types"). */
export interface ContentTypeMapping {
  title: string;
  slug: string;
  summary: string;
  body: string;
  cover?: string;
  /** A text (one point a line) or JSON (a list of strings) attribute where editors may write key points; none: key points are automatic. */
  keyPoints?: string;
  /** Names of the two reading-order link fields (default `previousArticle` / `nextArticle`). */
  previous?: string;
  next?: string;
}

/** How one type's articles are described in JSON-LD (docs/reader-api.md, "Structured data"). */
export interface StructuredDataMapping {
  /** The schema.org type: `NewsArticle` (the default), `BlogPosting`, `Article`, `Report`, ... */
  type?: string;
  /** A string or text attribute holding the author's name. */
  author?: string;
}

export interface NewsroomConfig {
  /**
   * Serve the plugin's own `plugin::newsroom.article` type. `false` (for sites that map
   * their own article type in `contentTypes`) leaves it out of Strapi altogether; its
   * tables and rows are kept for when it is turned back on.
   */
  builtInArticle: boolean;
  /**
   * The site's own content types the plugin serves, keyed by uid, besides the
   * built-in `plugin::newsroom.article` (served with its own mapping unless `builtInArticle` is false).
   */
  contentTypes: Record<string, ContentTypeMapping>;
  summary: {
    /** Longest summary, in characters, accepted on every write path. */
    maxLength: number;
    /** Serve an automatic (extractive) summary when the editor wrote none. */
    auto: boolean;
  };
  readingOrder: {
    /** Accept links that close a loop (A -> B -> A). */
    allowCycles: boolean;
    /** On delete, link the article's previous and next to each other (`heal`), or leave the gap (`unlink`). */
    onDelete: 'heal' | 'unlink';
    /**
     * Readers step over an unpublished article: unpublishing one closes its gap in the
     * published order, and publishing next to an unpublished draft links past it
     * (false: an unpublished article leaves a gap readers see).
     */
    skipUnpublished: boolean;
    /** Readers: where an article has no linked neighbor, use the previous/next published by date (`publishedAt`). */
    fallback: 'none' | 'publishedAt';
    /** Longest wait for the reading-order lock before a change fails with 503 instead of stalling. */
    lockTimeoutMs: number;
    /**
     * Per served type (uid), the attributes readers may scope the computed order by
     * (`?scope=<name>`): previous/next by `publishedAt` among the articles sharing its value.
     */
    scopes: Record<string, string[]>;
    /**
     * Readers: the computed neighbors (the `publishedAt` fallback, scopes) go round: the
     * newest article's next is the oldest, the oldest's previous the newest (`wrapped: true`).
     */
    wrap: boolean;
  };
  /**
   * The public page URL of each served type's articles (and of series, under the series uid),
   * a template with `{slug}`, `{documentId}` and `{locale}`: JSON-LD `url` and feed links.
   */
  urls: Record<string, string>;
  /** JSON-LD of each served type: its schema.org type (`NewsArticle` when unset) and the attribute naming its author. */
  structuredData: Record<string, StructuredDataMapping>;
  bulk: {
    /**
     * Link changes per chunk of a bulk job: each chunk is one transaction under the
     * reading-order lock, so a larger chunk is faster and holds editors' writes back longer.
     */
    chunkSize: number;
  };
  limits: {
    /** Largest article body accepted on a write, in bytes of its JSON (413 above). */
    maxBodyBytes: number;
    /** Most words an article body may have (413 above); bounds word counting and summaries. */
    maxBodyWords: number;
  };
  reader: {
    /** `Cache-Control` header of the reader API's responses. */
    cacheControl: string;
    /** Reading speed used for `readingTimeMinutes`. */
    wordsPerMinute: number;
    /**
     * Header listing the cache tags of the articles an answer shows (`Cache-Tag` for
     * Cloudflare, `Surrogate-Key` for Fastly, ...); false: none.
     */
    cacheTagHeader: string | false;
    /** Between tags in that header: `,` (Cloudflare, Akamai) or a space (Fastly's Surrogate-Key). */
    cacheTagSeparator: ',' | ' ';
  };
  /** The reader answer cache of each instance, and how instances tell each other what changed. */
  cache: {
    /** Most memory the cached answers take per instance, in bytes; 0 turns the cache off. */
    maxBytes: number;
    /**
     * Longest an answer is kept, in ms; bounds changes the plugin cannot see (direct
     * SQL). null: 5 minutes where every instance hears every change (SQLite, PostgreSQL,
     * Redis), 1 s on MySQL/MariaDB without Redis. 0: no limit.
     */
    ttlMs: number | null;
    /** Redis for invalidations across instances: a URL or node-redis client options; false: none. */
    redis: false | string | Record<string, unknown>;
    /** The PostgreSQL NOTIFY / Redis pub/sub channel (an identifier): sites sharing a Redis need one each. */
    channel: string;
  };
}

export const DEFAULT_CONFIG: NewsroomConfig = {
  builtInArticle: true,
  contentTypes: {},
  summary: {
    maxLength: 600,
    auto: true,
  },
  readingOrder: {
    allowCycles: false,
    onDelete: 'heal',
    skipUnpublished: true,
    scopes: {},
    fallback: 'none',
    lockTimeoutMs: 10_000,
    wrap: false,
  },
  urls: {},
  structuredData: {},
  bulk: {
    chunkSize: 500,
  },
  limits: {
    maxBodyBytes: 2_000_000,
    maxBodyWords: 200_000,
  },
  reader: {
    cacheControl: 'public, max-age=60',
    wordsPerMinute: 230,
    cacheTagHeader: 'Cache-Tag',
    cacheTagSeparator: ',',
  },
  cache: {
    maxBytes: 32 * 1024 * 1024,
    ttlMs: null,
    redis: false,
    channel: 'newsroom_reader_cache',
  },
};
