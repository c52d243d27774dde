/** The command line of `npm run smoke`. */
import fs from 'node:fs';
import path from 'node:path';

export interface SmokeOptions {
  /** The exact `@strapi/strapi` version of the fresh app, e.g. 5.54.0. */
  strapi: string;
  /** The plugin package made by `npm pack`. */
  tarball: string;
  /** Where the app is made; a new folder under the system's temp dir by default. */
  appDir: string | null;
  /** Keep the app folder after a passing run (a failing run always keeps it). */
  keep: boolean;
  /** Use the app already installed in --app-dir (after a failure, to try again from the build). */
  reuse: boolean;
  /** With --reuse, also keep its admin build. */
  reuseBuild: boolean;
}

export const USAGE = `usage: npm run smoke -- --strapi <version> --tarball <path.tgz> [--app-dir <dir>] [--keep] [--reuse [--reuse-build]]

Makes a fresh Strapi app of exactly that version (SQLite, users-permissions), installs the
packed plugin into it, builds the admin, starts it and checks the reader API, the typed
client (runtime and types) and the edit-view panels in Chromium.

  --app-dir <dir>  make the app there (default: a new folder in the temp dir)
  --keep           keep the app after a passing run (a failing run always keeps it)
  --reuse          take the app already installed in --app-dir: build, start and check it
  --reuse-build    with --reuse, keep its admin build too (start and check only)`;

const fail = (message: string): never => {
  console.error(`smoke: ${message}\n\n${USAGE}`);
  process.exit(2);
};

export const parseOptions = (argv: string[]): SmokeOptions => {
  const options: Partial<SmokeOptions> = { appDir: null, keep: false, reuse: false, reuseBuild: false };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = () => argv[++i] ?? fail(`${flag} needs a value`);
    if (flag === '--strapi') options.strapi = value();
    else if (flag === '--tarball') options.tarball = path.resolve(value());
    else if (flag === '--app-dir') options.appDir = path.resolve(value());
    else if (flag === '--keep') options.keep = true;
    else if (flag === '--reuse') options.reuse = true;
    else if (flag === '--reuse-build') options.reuseBuild = true;
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument ${flag}`);
  }
  if (!options.strapi || !/^5\.\d+\.\d+$/.test(options.strapi)) fail('--strapi takes an exact Strapi 5 version, e.g. 5.54.0');
  if (!options.tarball) fail('--tarball is required (npm pack writes strapi-plugin-newsroom-<version>.tgz)');
  if (!fs.existsSync(options.tarball as string)) fail(`no tarball at ${options.tarball}`);
  if (options.reuse && !options.appDir) fail('--reuse needs --app-dir');
  if (options.reuseBuild && !options.reuse) fail('--reuse-build needs --reuse');
  return options as SmokeOptions;
};
