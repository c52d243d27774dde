/**
 * `npm run fuzz`: starts the playground on a throw-away database, sends seeded,
 * mutated requests to every public and admin route (sequential and concurrent
 * phases), checks the invariants in the database every --check-every requests and
 * at the end, prints the report and exits non-zero on a server error, an invariant
 * break or (with --max-ms) a slow request.
 */
import fs from 'node:fs';

import { createCacheCheck } from './cache-check';
import { send, type FuzzResult } from './client';
import { checkTables } from './content-types';
import { loadArticleOwners, leakedArticles, visibilityResult } from './admin-visibility';
import { TYPES } from './content-types';
import { createCredentials } from './credentials';
import { bulkStorm, nextRequest } from './generators';
import { checkInvariants, checkReaderAnswers } from './invariants';
import { parseOptions } from './options';
import { createRandom } from './random';
import { createReport, printSummary, writeReport } from './report';
import { loadRows, loadTags } from './rows';
import { startFuzzServer } from './server';
import { createLogTail } from './server-log';

const ROWS_REFRESH_EVERY = 25;

const main = async () => {
  const options = parseOptions(process.argv.slice(2));
  console.log(
    `fuzz: seed ${options.seed} (replay with --seed ${options.seed}), ${options.requests} requests, database ${options.db}, concurrency ${options.concurrency}`
  );
  const random = createRandom(options.seed);
  const allowCycles = process.env.NEWSROOM_ALLOW_CYCLES === 'true';
  const server = await startFuzzServer(options.db, {});
  console.log(`fuzz: playground at ${server.baseUrl}, log ${server.logFile}`);
  console.log(
    `fuzz: the same with the reader cache off at ${server.fresh.baseUrl} (started in ${(server.freshStartMs / 1000).toFixed(1)} s), log ${server.fresh.logFile}`
  );
  const report = createReport(options);
  const logTail = createLogTail(server.logFile);
  let stopped = false;
  const stop = async () => {
    if (!stopped) await server.stop();
    stopped = true;
  };
  const leaks: unknown[] = [];
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));

  try {
    const { credentials, restricted } = await createCredentials(
      server.baseUrl,
      TYPES.map((type) => type.uid)
    );
    await checkTables(server.knex);
    logTail.take();
    const cacheCheck = createCacheCheck({ knex: server.knex, fuzzedUrl: server.baseUrl, freshUrl: server.fresh.baseUrl, credentials });
    // Between batches (nothing in flight): the database, then what readers are answered, then whether cached answers are fresh.
    const checkAll = async (afterRequests: number) => [
      ...(await checkInvariants(server.knex, { allowCycles })),
      ...(await checkReaderAnswers(server.knex, server.baseUrl)),
      visibilityResult(leaks),
      await cacheCheck.check(afterRequests),
    ];
    const loadContext = async () => ({ rows: await loadRows(server.knex), tags: await loadTags(server.knex) });
    let context = await loadContext();
    let sent = 0;
    let sinceRefresh = 0;
    let nextCheck = options.checkEvery;

    const run = async (requests: ReturnType<typeof nextRequest>[]) => {
      const watched = await cacheCheck.beforeBatch(requests);
      const results: FuzzResult[] = await Promise.all(
        requests.map((request, offset) => send(server.baseUrl, credentials, request, sent + offset, options.timeoutMs))
      );
      sent += requests.length;
      report.add(results, logTail.take());
      await cacheCheck.afterBatch(watched, results, sent);
      if (results.some((result) => result.body !== undefined)) {
        leaks.push(...leakedArticles(results, await loadArticleOwners(server.knex), restricted));
      }
      sinceRefresh += requests.length;
      if (sinceRefresh >= ROWS_REFRESH_EVERY || requests.length > 1) {
        context = await loadContext();
        sinceRefresh = 0;
      }
      if (sent >= nextCheck) {
        report.addCheck({ afterRequests: sent, results: await checkAll(sent) });
        nextCheck += options.checkEvery;
        console.log(`fuzz: ${sent}/${options.requests} requests`);
      }
      if (
        results.every((result) => result.status === 0) &&
        (await fetch(`${server.baseUrl}/_health`).catch(() => undefined)) === undefined
      ) {
        throw new Error(`the playground stopped answering after ${sent} requests; see ${server.logFile}`);
      }
    };

    // Phases alternate every --check-every requests: one request at a time, then batches in flight together.
    while (sent < options.requests) {
      const concurrent = Math.floor(sent / options.checkEvery) % 2 === 1;
      const size = Math.min(concurrent ? options.concurrency : 1, options.requests - sent);
      const storm = concurrent && size > 1 && random.chance(0.2);
      await run(
        storm ? bulkStorm(random, context, size) : Array.from({ length: size }, () => nextRequest(random, context, { alone: size === 1 }))
      );
    }
    if (report.summary().invariants.checks === 0 || sent % options.checkEvery !== 0) {
      report.addCheck({ afterRequests: sent, results: await checkAll(sent) });
    }
    report.setReaderCache({ freshStartSeconds: Math.round(server.freshStartMs / 100) / 10, ...cacheCheck.stats() });
  } finally {
    await stop();
  }

  const summary = report.summary();
  printSummary(summary);
  if (options.report) writeReport(options.report, summary);
  // `.ci/run` sums one line per suite into its final "N passed, N failed".
  if (process.env.NEWSROOM_TEST_TOTALS) {
    fs.appendFileSync(
      process.env.NEWSROOM_TEST_TOTALS,
      `${JSON.stringify({ passed: summary.passed ? 1 : 0, failed: summary.passed ? 0 : 1, skipped: 0 })}\n`
    );
  }
  process.exitCode = summary.passed ? 0 : 1;
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
