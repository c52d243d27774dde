export default ({ env }) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET', 'newsroom-local-jwt-secret'),
    },
  },
  newsroom: {
    // NEWSROOM_ENABLED=false turns the plugin off (the tests check that nothing is lost while it is off).
    enabled: env.bool('NEWSROOM_ENABLED', true),
    // Every option is settable from the environment here so the tests can try each one.
    config: {
      // NEWSROOM_BUILT_IN_ARTICLE=false leaves plugin::newsroom.article out (its data is kept).
      builtInArticle: env.bool('NEWSROOM_BUILT_IN_ARTICLE', true),
      // The playground's second type, shaped like a site's own blog post (docs/content-types.md, "Your own content types").
      // NEWSROOM_CONTENT_TYPES (JSON) replaces it, so the tests can try bad mappings.
      contentTypes: env.json('NEWSROOM_CONTENT_TYPES', {
        'api::post.post': {
          title: 'headline',
          slug: 'slug',
          summary: 'description',
          body: 'content',
          cover: 'image',
          // Editors may write the post's key points here, one a line; else readers get automatic ones.
          keyPoints: 'highlights',
          previous: 'previousPost',
          next: 'nextPost',
        },
      }),
      summary: {
        maxLength: env.int('NEWSROOM_SUMMARY_MAX_LENGTH', 600),
        auto: env.bool('NEWSROOM_SUMMARY_AUTO', true),
      },
      readingOrder: {
        allowCycles: env.bool('NEWSROOM_ALLOW_CYCLES', false),
        onDelete: env('NEWSROOM_ON_DELETE', 'heal'),
        skipUnpublished: env.bool('NEWSROOM_SKIP_UNPUBLISHED', true),
        fallback: env('NEWSROOM_FALLBACK', 'none'),
        lockTimeoutMs: env.int('NEWSROOM_LOCK_TIMEOUT_MS', 10000),
        // `?scope=category` or `?scope=tags` on the reader routes of posts: previous/next within the post's category or tags.
        scopes: env.json('NEWSROOM_SCOPES', { 'api::post.post': ['category', 'tags'] }),
        // NEWSROOM_WRAP=true: the computed order goes round from the newest article to the oldest.
        wrap: env.bool('NEWSROOM_WRAP', false),
      },
      // Public page URLs (JSON-LD `url`, feed links): the reference reader page's (`npm run example:reader`).
      urls: env.json('NEWSROOM_URLS', {
        'plugin::newsroom.article': 'http://127.0.0.1:3000/articles/{slug}',
        'api::post.post': 'http://127.0.0.1:3000/articles/{slug}',
      }),
      // Posts are blog posts in schema.org terms.
      structuredData: env.json('NEWSROOM_STRUCTURED_DATA', { 'api::post.post': { type: 'BlogPosting' } }),
      limits: {
        maxBodyBytes: env.int('NEWSROOM_MAX_BODY_BYTES', 2000000),
        maxBodyWords: env.int('NEWSROOM_MAX_BODY_WORDS', 200000),
      },
      reader: {
        cacheControl: env('NEWSROOM_CACHE_CONTROL', 'public, max-age=60'),
        wordsPerMinute: env.int('NEWSROOM_WORDS_PER_MINUTE', 230),
        // 'false' turns the header off.
        cacheTagHeader: env('NEWSROOM_CACHE_TAG_HEADER', 'Cache-Tag') === 'false' ? false : env('NEWSROOM_CACHE_TAG_HEADER', 'Cache-Tag'),
        cacheTagSeparator: env('NEWSROOM_CACHE_TAG_SEPARATOR', ','),
      },
      cache: {
        maxBytes: env.int('NEWSROOM_CACHE_MAX_BYTES', 32 * 1024 * 1024),
        // Unset: the plugin's default for the database (5 min, or 1 s on MySQL/MariaDB without Redis).
        ttlMs: env('NEWSROOM_CACHE_TTL_MS') ? env.int('NEWSROOM_CACHE_TTL_MS') : null,
        // e.g. redis://127.0.0.1:6379: invalidations through Redis pub/sub instead of PostgreSQL NOTIFY.
        redis: env('NEWSROOM_CACHE_REDIS', '') || false,
        channel: env('NEWSROOM_CACHE_CHANNEL', 'newsroom_reader_cache'),
      },
    },
  },
  // Generating the OpenAPI document takes seconds at every start; the tests turn it off where unused.
  documentation: {
    enabled: env.bool('NEWSROOM_DOCUMENTATION', true),
    config: {
      'x-strapi-config': { plugins: ['upload', 'users-permissions', 'newsroom'] },
    },
  },
  graphql: {
    enabled: true,
    config: {
      defaultLimit: 25,
      maxLimit: 100,
      depthLimit: 10,
    },
  },
});
