import { decodeInvalidation, encodeInvalidation } from './messages';
import { type Transport, type TransportLog } from './transport';

/** The parts of a node-redis client this transport uses. */
export interface RedisClient {
  connect(): Promise<unknown>;
  duplicate(): RedisClient;
  publish(channel: string, message: string): Promise<unknown>;
  subscribe(channel: string, listener: (message: string) => void): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'end' | 'reconnecting' | 'ready', listener: () => void): unknown;
  removeAllListeners(): unknown;
  close?(): Promise<unknown>;
  quit?(): Promise<unknown>;
  isReady: boolean;
}

export interface RedisTransportOptions {
  channel: string;
  /** node-redis' `createClient` (a URL or client options). */
  createClient: () => RedisClient;
  log: TransportLog;
}

const close = async (client: RedisClient) => {
  client.removeAllListeners();
  // A client that never connected has nothing to close; node-redis 5+ names it close(), 4 quit().
  await (client.close?.() ?? client.quit?.())?.catch?.(() => {});
};

/**
 * Invalidations through Redis pub/sub (option `cache.redis`): for MySQL/MariaDB
 * sites with several instances, or any site that already runs Redis. node-redis
 * reconnects by itself and subscribes again; in between, the cache is bypassed.
 */
export const createRedisTransport = ({ channel, createClient, log }: RedisTransportOptions): Transport => {
  const publisher = createClient();
  const subscriber = publisher.duplicate();
  let warned = false;
  // Until the first SUBSCRIBE is answered, "ready" does not mean this instance hears anything.
  let subscribed = false;

  const watch = (client: RedisClient, role: string, onStatus?: (listening: boolean) => void) => {
    client.on('error', (error: Error) => {
      onStatus?.(false);
      if (!warned)
        log.warn(
          `newsroom: the reader cache lost Redis (${role}: ${error?.message ?? error}); answers are read from the database until it is back`
        );
      warned = true;
    });
    client.on('end', () => onStatus?.(false));
    client.on('reconnecting', () => onStatus?.(false));
    // node-redis subscribes again before it says "ready" after a reconnection.
    client.on('ready', () => {
      warned = false;
      if (subscribed) onStatus?.(true);
    });
  };

  return {
    name: 'redis',
    async start(receive, onStatus) {
      watch(publisher, 'publisher');
      // The subscriber decides whether this instance hears every invalidation.
      watch(subscriber, 'subscriber', onStatus);
      await Promise.all([publisher.connect(), subscriber.connect()]);
      await subscriber.subscribe(channel, (message) => receive(decodeInvalidation(message)));
      subscribed = true;
      onStatus(subscriber.isReady);
    },
    async publish(message) {
      for (const payload of encodeInvalidation(message)) await publisher.publish(channel, payload);
    },
    async stop() {
      await Promise.all([close(publisher), close(subscriber)]);
    },
  };
};
