/** Counts, slowest requests, server errors grouped by cause, invariant results: printed and as JSON. */
import fs from 'node:fs';
import path from 'node:path';

import type { FuzzResult } from './client';
import type { InvariantResult } from './invariants';
import type { Auth } from './types';

/** The shell variable a reproducer's curl reads each credential from. */
const TOKEN_VARIABLES: Record<Exclude<Auth, 'none'>, string> = {
  admin: 'ADMIN_JWT',
  'admin-fr': 'FRENCH_ADMIN_JWT',
  'admin-creator': 'CREATOR_ADMIN_JWT',
  'read-only': 'READ_ONLY_TOKEN',
  'full-access': 'FULL_ACCESS_TOKEN',
};
import type { FuzzOptions } from './options';
import { causeKey, isClientError, type LoggedError } from './server-log';
import type { FuzzRequest } from './types';

export interface InvariantCheck {
  afterRequests: number;
  results: InvariantResult[];
}

interface Cause {
  cause: string;
  frame?: string;
  count: number;
  routes: Record<string, number>;
  example: ReturnType<typeof reproducer>;
}

const BODY_SHOWN = 2_000;

/** The request as something to paste into a shell (bodies over 2,000 characters are cut; the mutation says how they were built). */
const reproducer = (request: FuzzRequest, index: number) => ({
  index,
  auth: request.auth,
  mutation: request.mutation,
  curl: [
    `curl -sS -X ${request.method} "$BASE${request.path}"`,
    request.auth === 'none' ? '' : ` -H "authorization: Bearer $${TOKEN_VARIABLES[request.auth]}"`,
    request.contentType ? ` -H 'content-type: ${request.contentType}'` : '',
    request.body === undefined ? '' : ` --data-raw '${request.body.slice(0, BODY_SHOWN).replace(/'/g, "'\\''")}'`,
  ].join(''),
  bodyBytes: request.body === undefined ? 0 : Buffer.byteLength(request.body),
});

/** What the reader cache check compared (cache-check.ts), and what it cost. */
export interface ReaderCacheStats {
  freshStartSeconds: number;
  compared: number;
  scoped: number;
  tagWrites: number;
  differed: number;
  seconds: number;
}

export const createReport = (options: FuzzOptions) => {
  const results: FuzzResult[] = [];
  const checks: InvariantCheck[] = [];
  let readerCache: ReaderCacheStats | undefined;
  const causes = new Map<string, Cause>();
  const started = Date.now();

  const addCause = (result: FuzzResult, logged: LoggedError | undefined) => {
    const cause = result.cause ?? logged?.message ?? `HTTP ${result.status} with no error logged`;
    const key = causeKey(cause);
    const entry = causes.get(key) ?? {
      cause,
      frame: logged?.frame,
      count: 0,
      routes: {},
      example: reproducer(result.request, result.index),
    };
    entry.count += 1;
    entry.routes[result.request.route] = (entry.routes[result.request.route] ?? 0) + 1;
    causes.set(key, entry);
  };

  return {
    /** Records a batch of results and the errors the server logged while it ran, matched in order. */
    add(batch: FuzzResult[], logged: LoggedError[]) {
      results.push(...batch);
      const failures = batch.filter((result) => result.serverError);
      // In a concurrent batch the order of the log lines is a best guess; one request at a time it is exact.
      const candidates = logged.filter((error) => !isClientError(error));
      let next = 0;
      for (const failure of failures) addCause(failure, failure.cause || failure.status < 500 ? undefined : candidates[next++]);
    },
    addCheck(check: InvariantCheck) {
      checks.push(check);
    },
    setReaderCache(stats: ReaderCacheStats) {
      readerCache = stats;
    },
    summary() {
      const byRoute: Record<string, Record<string, number>> = {};
      for (const { request, status, serverError } of results) {
        const label = status === 0 ? 'no answer' : serverError && status < 500 ? `${status} (GraphQL internal error)` : String(status);
        byRoute[request.route] ??= {};
        byRoute[request.route][label] = (byRoute[request.route][label] ?? 0) + 1;
      }
      const slowest = [...results].sort((a, b) => b.durationMs - a.durationMs).slice(0, 10);
      const slow = options.maxMs === undefined ? [] : results.filter((result) => result.durationMs > (options.maxMs as number));
      const broken = checks.flatMap((check) =>
        check.results.filter((result) => !result.ok).map((result) => ({ afterRequests: check.afterRequests, ...result }))
      );
      return {
        seed: options.seed,
        options,
        requests: results.length,
        seconds: Math.round((Date.now() - started) / 1000),
        serverErrors: results.filter((result) => result.serverError).length,
        slowRequests: slow.length,
        byRoute,
        slowest: slowest.map((result) => ({
          ms: Math.round(result.durationMs),
          status: result.status,
          route: result.request.route,
          ...reproducer(result.request, result.index),
        })),
        causes: [...causes.values()].sort((a, b) => b.count - a.count),
        invariants: { checks: checks.length, broken, last: checks.at(-1)?.results ?? [] },
        readerCache,
        passed: results.every((result) => !result.serverError) && slow.length === 0 && broken.length === 0,
      };
    },
  };
};

export type Summary = ReturnType<ReturnType<typeof createReport>['summary']>;

export const printSummary = (summary: Summary) => {
  const log = console.log;
  log(`\nfuzz: ${summary.requests} requests in ${summary.seconds} s, seed ${summary.seed}, database ${summary.options.db}`);
  log('\nrequests per route and status:');
  for (const [route, statuses] of Object.entries(summary.byRoute).sort()) {
    log(
      `  ${route.padEnd(80)} ${Object.entries(statuses)
        .sort()
        .map(([status, count]) => `${status}: ${count}`)
        .join('  ')}`
    );
  }
  log(
    `\nslowest requests${summary.options.maxMs === undefined ? ' (no limit)' : ` (limit ${summary.options.maxMs} ms, ${summary.slowRequests} over)`}:`
  );
  for (const slow of summary.slowest.slice(0, 5))
    log(`  ${String(slow.ms).padStart(6)} ms  ${slow.status}  #${slow.index} ${slow.route} [${slow.mutation}] ${slow.bodyBytes} bytes`);
  log(`\nserver errors: ${summary.serverErrors}, ${summary.causes.length} distinct cause(s)`);
  for (const cause of summary.causes) {
    log(`  ${cause.count}x ${cause.cause}${cause.frame ? `\n      at ${cause.frame}` : ''}`);
    log(
      `      routes: ${Object.entries(cause.routes)
        .map(([route, count]) => `${route} (${count})`)
        .join(', ')}`
    );
    log(`      e.g. #${cause.example.index} [${cause.example.auth}; ${cause.example.mutation}] ${cause.example.curl.slice(0, 400)}`);
  }
  log(`\ninvariants (${summary.invariants.checks} checks):`);
  for (const result of summary.invariants.last)
    log(
      `  ${result.ok ? 'ok    ' : 'BROKEN'} ${result.name}${result.ok ? '' : `: ${result.count} e.g. ${JSON.stringify(result.examples[0])}`}`
    );
  for (const broken of summary.invariants.broken.slice(0, 10))
    log(`  broken after ${broken.afterRequests} requests: ${broken.name} (${broken.count}) e.g. ${JSON.stringify(broken.examples[0])}`);
  const cache = summary.readerCache;
  if (cache) {
    log(
      `\nreader cache check: ${cache.compared} answers compared with the instance without cache (${cache.scoped} scoped), ${cache.tagWrites} tag-side write(s) checked around, ` +
        `${cache.differed} differed; ${cache.seconds} s of comparisons, ${cache.freshStartSeconds} s to start that instance`
    );
  }
  log(
    `\n${summary.passed ? 'PASSED' : 'FAILED'}: ${summary.serverErrors} server error(s), ${summary.invariants.broken.length} invariant break(s), ${summary.slowRequests} slow request(s); seed ${summary.seed}`
  );
};

export const writeReport = (file: string, summary: Summary) => {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
};
