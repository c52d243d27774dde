import type { Invalidation } from './messages';

/** How instances of one site reach each other with invalidations. */
export interface Transport {
  /** `local`: this instance only (SQLite, or MySQL/MariaDB without Redis). */
  name: 'local' | 'postgres' | 'redis';
  /**
   * Starts listening. `onStatus(false)` whenever messages may be missed (a lost
   * connection), `onStatus(true)` once they arrive again: the cache is bypassed in
   * between and cleared on every (re)connection.
   */
  start(receive: (message: Invalidation) => void, onStatus: (listening: boolean) => void): Promise<void>;
  /** Sends to every other instance; rejects if the message could not be sent. */
  publish(message: Invalidation): Promise<void>;
  stop(): Promise<void>;
}

export interface TransportLog {
  warn(message: string): void;
  error(message: string): void;
}

export const createLocalTransport = (): Transport => ({
  name: 'local',
  async start(_receive, onStatus) {
    onStatus(true);
  },
  async publish() {},
  async stop() {},
});

/** Waits between reconnection attempts: 0.5 s, doubling up to 30 s. */
export const reconnectDelay = (attempt: number) => Math.min(30_000, 500 * 2 ** Math.min(attempt, 6));
