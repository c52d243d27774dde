import { decodeInvalidation, encodeInvalidation } from './messages';
import { reconnectDelay, type Transport, type TransportLog } from './transport';

/** The parts of a `pg` client this transport uses. */
export interface ListenClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
  on(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): void;
  on(event: 'error' | 'end', listener: (error?: Error) => void): void;
  removeAllListeners(): void;
}

export interface PostgresTransportOptions {
  channel: string;
  /** A new client on its own connection (LISTEN holds it for as long as the instance runs). */
  connect: () => ListenClient;
  /** Runs `pg_notify` on the pool: committed changes are announced outside their transaction. */
  notify: (channel: string, payload: string) => Promise<void>;
  log: TransportLog;
}

/**
 * Invalidations through PostgreSQL's LISTEN/NOTIFY: nothing to install or run beside
 * the database every instance already shares. One connection per instance listens;
 * if it drops, the cache is bypassed until it listens again.
 */
export const createPostgresTransport = ({ channel, connect, notify, log }: PostgresTransportOptions): Transport => {
  let client: ListenClient | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let attempt = 0;

  const listen = async (receive: Parameters<Transport['start']>[0], onStatus: Parameters<Transport['start']>[1]): Promise<void> => {
    const current = connect();
    client = current;
    const lost = (error?: Error) => {
      if (client !== current) return;
      client = null;
      onStatus(false);
      current.removeAllListeners();
      current.end().catch(() => {});
      if (stopped) return;
      log.warn(
        `newsroom: the reader cache stopped listening to PostgreSQL (${error?.message ?? 'connection ended'}); answers are read from the database until it listens again`
      );
      retry = setTimeout(() => void listen(receive, onStatus), reconnectDelay(attempt));
      attempt += 1;
    };
    current.on('error', lost);
    current.on('end', lost);
    current.on('notification', (message) => {
      if (message.channel === channel) receive(decodeInvalidation(message.payload));
    });
    try {
      await current.connect();
      // The channel name is checked by the plugin's options (an identifier), never user input.
      await current.query(`LISTEN "${channel}"`);
      attempt = 0;
      onStatus(true);
    } catch (error) {
      lost(error as Error);
    }
  };

  return {
    name: 'postgres',
    start: (receive, onStatus) => listen(receive, onStatus),
    async publish(message) {
      for (const payload of encodeInvalidation(message)) await notify(channel, payload);
    },
    async stop() {
      stopped = true;
      clearTimeout(retry);
      const current = client;
      client = null;
      current?.removeAllListeners();
      await current?.end().catch(() => {});
    },
  };
};
