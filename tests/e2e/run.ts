/**
 * `npm run test:e2e`: builds the plugin and the playground's admin for production
 * (skip with E2E_SKIP_BUILD=1 when both are fresh), runs the browser tests with
 * node:test, prints how long each part took and one `N passed, N failed` line,
 * and appends the totals to $NEWSROOM_TEST_TOTALS for `.ci/run`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'tests/.artifacts');
const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

const finish = (totals: Totals, exitCode: number): never => {
  console.log(`e2e suite took ${seconds(started)}`);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  if (process.env.NEWSROOM_TEST_TOTALS) {
    fs.appendFileSync(process.env.NEWSROOM_TEST_TOTALS, `${JSON.stringify(totals)}\n`);
  }
  process.exit(exitCode);
};

const run = (label: string, command: string, args: string[]) => {
  const since = Date.now();
  console.log(`::: e2e: ${label}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  console.log(`::: e2e: ${label} took ${seconds(since)}`);
  return result.status ?? 1;
};

if (!fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error('Chromium is missing: apt-get install -y chromium (or set CHROMIUM_PATH)');
  finish({ passed: 0, failed: 1, skipped: 0 }, 1);
}

if (process.env.E2E_SKIP_BUILD !== '1') {
  if (run('build the plugin', 'npm', ['run', 'build']) !== 0) finish({ passed: 0, failed: 1, skipped: 0 }, 1);
  if (run('build the playground admin', 'npm', ['run', 'build', '-w', 'playground']) !== 0) {
    finish({ passed: 0, failed: 1, skipped: 0 }, 1);
  }
}

fs.mkdirSync(ARTIFACTS, { recursive: true });
const totalsFile = path.join(ARTIFACTS, `e2e-totals-${process.pid}.jsonl`);
const files = fs
  .readdirSync(__dirname)
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => path.join('tests/e2e', name));

const status = run('browser tests', process.execPath, [
  '--require',
  './scripts/register-ts.js',
  '--test',
  '--test-concurrency=1',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./tests/e2e/support/totals-reporter.mjs',
  `--test-reporter-destination=${totalsFile}`,
  ...files,
]);

const totals: Totals = fs.existsSync(totalsFile) ? JSON.parse(fs.readFileSync(totalsFile, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
fs.rmSync(totalsFile, { force: true });
// A crash outside any test (a hook, a load error) must not read as green.
if (status !== 0 && totals.failed === 0) totals.failed = 1;
finish(totals, status);
