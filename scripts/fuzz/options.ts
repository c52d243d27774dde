/** The command line of `npm run fuzz`. */
import type { DatabaseClient } from '../../tests/integration/helpers/database';
import { randomSeed } from './random';

export interface FuzzOptions {
  requests: number;
  concurrency: number;
  seed: number;
  db: DatabaseClient;
  /** Slowest acceptable request; `undefined` (`--no-max-ms`) only reports the slowest. */
  maxMs?: number;
  report?: string;
  checkEvery: number;
  timeoutMs: number;
}

export const USAGE = `npm run fuzz -- [--requests 10000] [--concurrency 8] [--seed n] [--db sqlite|postgres|mysql]
                 [--max-ms 2000 | --no-max-ms] [--check-every 1000] [--timeout-ms 60000] [--report file.json]`;

const wholeNumber = (name: string, value: string | undefined, min: number) => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) throw new Error(`--${name} takes a whole number >= ${min} (got "${value}")\n${USAGE}`);
  return parsed;
};

export const parseOptions = (argv: string[]): FuzzOptions => {
  const options: FuzzOptions = {
    requests: 10_000,
    concurrency: 8,
    seed: randomSeed(),
    db: 'sqlite',
    maxMs: 2000,
    checkEvery: 1000,
    timeoutMs: 60_000,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = () => argv[++index];
    switch (flag) {
      case '--requests':
        options.requests = wholeNumber('requests', value(), 1);
        break;
      case '--concurrency':
        options.concurrency = wholeNumber('concurrency', value(), 1);
        break;
      case '--seed':
        options.seed = wholeNumber('seed', value(), 0);
        break;
      case '--max-ms':
        options.maxMs = wholeNumber('max-ms', value(), 1);
        break;
      case '--no-max-ms':
        options.maxMs = undefined;
        break;
      case '--check-every':
        options.checkEvery = wholeNumber('check-every', value(), 1);
        break;
      case '--timeout-ms':
        options.timeoutMs = wholeNumber('timeout-ms', value(), 1);
        break;
      case '--report':
        options.report = value();
        break;
      case '--db': {
        const db = value();
        if (db !== 'sqlite' && db !== 'postgres' && db !== 'mysql')
          throw new Error(`--db takes sqlite, postgres or mysql (got "${db}")\n${USAGE}`);
        options.db = db;
        break;
      }
      default:
        throw new Error(`unknown option "${flag}"\n${USAGE}`);
    }
  }
  return options;
};
