/**
 * `npm run smoke -- --strapi <version> --tarball <path>`: installs the packed plugin into
 * a fresh Strapi app of exactly that version and checks what a site relies on: the app
 * builds and starts with the plugin, an admin links two articles and publishes them,
 * the reader API and the typed client read them with their neighbors, the client's types
 * compile, and the edit view's panels load in Chromium. Prints how long each stage took;
 * exits non-zero, naming the stage, on the first failure (the app folder is kept).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { buildAdmin, installApp, startApp, writeApp, type RunningApp } from './app';
import { checkClientRuntime, checkClientTypes } from './client-check';
import { checkReaderApi, createSiteContent } from './content';
import { parseOptions } from './options';
import { checkPanels } from './panels';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * CPU time of this process and its finished children, in ms (Linux: /proc/self/stat,
 * in clock ticks of 10 ms), so a stage's cost can be told apart from a busy machine's wait.
 */
const cpuMs = (): number => {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // utime, stime, cutime, cstime: fields 14-17 of stat(5), 12-15 after the command name.
  return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks) * 10, 0);
};

/** Appends the stages as tests to $NEWSROOM_TEST_TOTALS, as the other suites do, for `.ci/run`'s last line. */
const recordTotals = (totals: { passed: number; failed: number; skipped: number }) => {
  if (process.env.NEWSROOM_TEST_TOTALS) fs.appendFileSync(process.env.NEWSROOM_TEST_TOTALS, `${JSON.stringify(totals)}\n`);
};

const STAGES = 9;

const main = async () => {
  const options = parseOptions(process.argv.slice(2));
  const appDir = options.appDir ?? fs.mkdtempSync(path.join(os.tmpdir(), `newsroom-smoke-${options.strapi}-`));
  const logDir = path.join(appDir, 'smoke-logs');
  const started = Date.now();
  const timings: Array<[string, number, number]> = [];
  let app: RunningApp | null = null;
  let current = '';

  const stage = async <T>(name: string, run: () => Promise<T> | T): Promise<T> => {
    current = name;
    const since = Date.now();
    const cpuSince = cpuMs();
    console.log(`::: smoke ${options.strapi}: ${name}`);
    const result = await run();
    timings.push([name, Date.now() - since, cpuMs() - cpuSince]);
    console.log(`::: smoke ${options.strapi}: ${name} took ${seconds(Date.now() - since)} (CPU ${seconds(cpuMs() - cpuSince)})`);
    return result;
  };
  const report = () => {
    console.log(`  ${'stage'.padEnd(40)} ${'wall'.padStart(8)} ${'CPU'.padStart(8)}`);
    for (const [name, ms, cpu] of timings) console.log(`  ${name.padEnd(40)} ${seconds(ms).padStart(8)} ${seconds(cpu).padStart(8)}`);
    console.log(`  ${'total'.padEnd(40)} ${seconds(Date.now() - started).padStart(8)} ${seconds(cpuMs()).padStart(8)}`);
  };

  console.log(`smoke: Strapi ${options.strapi}, Node ${process.version}, plugin ${path.basename(options.tarball)}, app in ${appDir}`);
  try {
    if (options.reuse) {
      const installed = path.join(appDir, 'node_modules/@strapi/strapi/package.json');
      if (!fs.existsSync(installed) || JSON.parse(fs.readFileSync(installed, 'utf8')).version !== options.strapi) {
        throw new Error(`--reuse: ${appDir} holds no installed Strapi ${options.strapi}`);
      }
      // A new database: the checks register the first admin.
      fs.rmSync(path.join(appDir, '.tmp'), { recursive: true, force: true });
      fs.mkdirSync(logDir, { recursive: true });
    } else {
      await stage('write the app', () => {
        if (fs.existsSync(path.join(appDir, 'package.json')))
          throw new Error(`${appDir} already holds an app; give a new --app-dir or --reuse it`);
        writeApp(appDir, options.strapi, options.tarball);
        fs.mkdirSync(logDir, { recursive: true });
      });
      await stage('npm install (app + plugin tarball)', () => installApp(appDir, logDir));
    }
    if (!options.reuseBuild) await stage('strapi build (admin)', () => buildAdmin(appDir, logDir));
    app = await stage('strapi start', () => startApp(appDir, logDir));
    const baseUrl = app.baseUrl;
    const site = await stage('register admin, write, link, publish', () => createSiteContent(baseUrl));
    await stage('reader API (REST, read-only token)', () => checkReaderApi(baseUrl, site));
    await stage('client (ESM and CommonJS)', () => checkClientRuntime(appDir, baseUrl, site));
    const modes = await stage('client types (node10, node16, bundler)', () => checkClientTypes(appDir));
    const screenshot = await stage('panels in Chromium', () => checkPanels(baseUrl, site, logDir));
    await app.stop();
    app = null;
    console.log(`smoke: Strapi ${options.strapi} passed (client types: ${modes.join(', ')}; panels: ${screenshot})`);
    report();
    recordTotals({ passed: timings.length, failed: 0, skipped: 0 });
    if (!options.keep) fs.rmSync(appDir, { recursive: true, force: true });
  } catch (error) {
    console.error(`\nsmoke: Strapi ${options.strapi} FAILED at "${current}":\n${error instanceof Error ? error.message : String(error)}`);
    if (app) console.error(`server log: ${app.logFile}`);
    console.error(`the app is kept in ${appDir}`);
    await app?.stop().catch(() => undefined);
    report();
    const planned = STAGES - (options.reuse ? 2 : 0) - (options.reuseBuild ? 1 : 0);
    recordTotals({ passed: timings.length, failed: 1, skipped: planned - timings.length - 1 });
    process.exit(1);
  }
};

void main();
