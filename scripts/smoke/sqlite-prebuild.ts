/**
 * better-sqlite3 installs with `prebuild-install || node-gyp rebuild`: its prebuilt
 * binaries are on GitHub, which this network does not reach, so every fresh app would
 * compile SQLite (about 70 s). prebuild-install first looks in npm's cache
 * (`<cache>/_prebuilds/`), so a binary compiled once, for this Node ABI, is packed there in
 * the layout of a GitHub prebuild and later installs take it from there. The install
 * itself stays the plain `npm install` a site runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT_DIR = path.resolve(__dirname, '../..');
const BINARY = 'build/Release/better_sqlite3.node';

/** Where prebuild-install looks for this package's prebuild, asked of prebuild-install itself. */
const cachedPrebuildPath = (packageDir: string): string =>
  execFileSync(
    process.execPath,
    [
      '-e',
      "const pkg = require('./package.json'); const rc = require('prebuild-install/rc')(pkg); const util = require('prebuild-install/util'); console.log(util.cachedPrebuild(util.getDownloadUrl({ ...rc, pkg })));",
    ],
    { cwd: packageDir, encoding: 'utf8' }
  ).trim();

/** Whether this Node can load the binary (a binary built by another Node ABI cannot). */
const loads = (binary: string) => spawnSync(process.execPath, ['-e', `require(${JSON.stringify(binary)})`]).status === 0;

/** Packs a compiled package's binary into npm's prebuild cache, unless one is there. */
export const storeSqlitePrebuild = (packageDir: string) => {
  const binary = path.join(packageDir, BINARY);
  if (!fs.existsSync(binary) || !loads(binary)) return;
  const target = cachedPrebuildPath(packageDir);
  if (fs.existsSync(target)) return;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.tmp`;
  execFileSync('tar', ['-czf', partial, '-C', packageDir, BINARY]);
  fs.renameSync(partial, target);
};

/** Seeds the cache from the repository's own install when it holds the same better-sqlite3 version. */
export const seedSqlitePrebuild = (version: string) => {
  const repoCopy = path.join(ROOT_DIR, 'node_modules/better-sqlite3');
  const installed = fs.existsSync(path.join(repoCopy, 'package.json'))
    ? JSON.parse(fs.readFileSync(path.join(repoCopy, 'package.json'), 'utf8')).version
    : null;
  if (installed === version) storeSqlitePrebuild(repoCopy);
};
