import crypto from 'crypto';

import type { Core } from '@strapi/strapi';

import { getConfig } from '../../accessors';
import { createAnswerCache, type AnswerCache, type CachedAnswer } from './answer-cache';
import type { Invalidation } from './messages';
import { createPostgresTransport, type ListenClient } from './postgres-transport';
import { createRedisTransport, type RedisClient } from './redis-transport';
import { createLocalTransport, type Transport } from './transport';

export type { CachedAnswer } from './answer-cache';

/** Answers are kept this long by default, where every instance hears every invalidation. */
const SHARED_TTL_MS = 300_000;
/**
 * ...and this long where other instances cannot be told (MySQL/MariaDB without
 * Redis): what the instance-local ETag memory it replaces allowed.
 */
/** The parts of knex's PostgreSQL client used to open a listening connection of its own (same settings as the pool). */
interface PgKnexClient {
  driver: { Client: new (settings: unknown) => ListenClient };
  connectionSettings: unknown;
}

const UNSHARED_TTL_MS = 1_000;
/** Longest startup waits for the transport before serving uncached. */
const START_WAIT_MS = 5_000;

// `redis` is an optional peer dependency: loaded only when the option asks for it, typed by what the transport uses.
const loadRedis = (): { createClient(options: unknown): RedisClient } => {
  try {
    return require('redis');
  } catch {
    throw new Error('newsroom: the option cache.redis needs the "redis" package: npm install redis');
  }
};

/**
 * The reader answer cache of this instance, and how it hears about changes made on
 * the others: PostgreSQL LISTEN/NOTIFY, Redis pub/sub (`cache.redis`), or nothing
 * beyond this process. While the transport is down (a lost connection), nothing is
 * served from or stored in the cache, and it is emptied when the transport is back:
 * an invalidation missed in between could otherwise leave a stale answer.
 */
const readerCache = ({ strapi }: { strapi: Core.Strapi }) => {
  const origin = crypto.randomUUID();
  let cache: AnswerCache | null = null;
  let transport: Transport = createLocalTransport();
  let listening = false;

  const log = {
    warn: (message: string) => strapi.log.warn(message),
    error: (message: string) => strapi.log.error(message),
  };

  const chooseTransport = (): Transport => {
    const { redis, channel } = getConfig(strapi).cache;
    if (redis) {
      const { createClient } = loadRedis();
      return createRedisTransport({ channel, createClient: () => createClient(typeof redis === 'string' ? { url: redis } : redis), log });
    }
    if (strapi.db.dialect.client === 'postgres') {
      const knexClient = strapi.db.connection.client as PgKnexClient;
      return createPostgresTransport({
        channel,
        connect: () => new knexClient.driver.Client(knexClient.connectionSettings),
        notify: async (name, payload) => {
          await strapi.db.connection.raw('select pg_notify(?, ?)', [name, payload]);
        },
        log,
      });
    }
    return createLocalTransport();
  };

  const receive = ({ origin: from, tags }: Invalidation) => {
    if (from === origin || !cache) return;
    if (tags === 'all') cache.clear();
    else cache.invalidate(tags);
  };

  const onStatus = (now: boolean) => {
    // Either way, what is held may have missed an invalidation.
    if (now !== listening) cache?.clear();
    listening = now;
  };

  const announce = async (message: Invalidation) => {
    try {
      await transport.publish(message);
    } catch (error) {
      log.error(
        `newsroom: could not tell the other instances to drop reader answers (${(error as Error)?.message ?? error}); they keep them for at most cache.ttlMs`
      );
    }
  };

  return {
    /**
     * Called at bootstrap: creates the cache and starts listening (never blocks startup
     * for long). An instance without a cache (`maxBytes: 0`) still connects the
     * transport: the other instances must hear of its writes (found by the fuzz's
     * cache check, which runs a cache-less instance beside a cached one).
     */
    async start() {
      const { maxBytes, ttlMs } = getConfig(strapi).cache;
      transport = chooseTransport();
      const ttl = ttlMs ?? (transport.name === 'local' && strapi.db.dialect.client !== 'sqlite' ? UNSHARED_TTL_MS : SHARED_TTL_MS);
      if (maxBytes > 0) cache = createAnswerCache({ maxBytes, ttlMs: ttl });
      else if (transport.name === 'local') return;
      const started = transport.start(receive, onStatus).catch((error) => {
        log.warn(
          `newsroom: the reader cache could not listen for changes (${error?.message ?? error}); answers are read from the database`
        );
      });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([started, new Promise((resolve) => (timer = setTimeout(resolve, START_WAIT_MS)))]);
      clearTimeout(timer);
    },

    async stop() {
      listening = false;
      cache = null;
      await transport.stop();
    },

    /** The remembered answer for `key`, if the cache is on and hearing every invalidation. */
    lookup: (key: string): CachedAnswer | undefined => (listening ? cache?.get(key) : undefined),

    /** Take before computing an answer; `store` drops the answer if an invalidation came in since. */
    generation: () => cache?.generation() ?? 0,

    store(key: string, answer: CachedAnswer, generation: number) {
      if (listening) cache?.set(key, answer, generation);
    },

    /** A committed change made these pages' answers stale: here at once, on the other instances as soon as they hear it. */
    async invalidate(tags: string[]) {
      if (tags.length === 0) return;
      cache?.invalidate(tags);
      await announce({ origin, tags });
    },

    /** A change the plugin cannot trace to pages (a media file edited): everything goes. */
    async invalidateAll() {
      cache?.clear();
      await announce({ origin, tags: 'all' });
    },

    /** For diagnostics and tests: the transport and what the cache holds. */
    status: () => ({ transport: transport.name, listening, ...(cache?.stats() ?? { entries: 0, bytes: 0, tags: 0 }) }),
  };
};

export type ReaderCacheService = ReturnType<typeof readerCache>;

export default readerCache;
