/**
 * A fresh, minimal Strapi app of one exact version, as a site would have it: JavaScript
 * config, SQLite, users-permissions, and the plugin installed from its packed tarball.
 * Written by hand because create-strapi-app fetches its templates from GitHub.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { runLogged } from './process';
import { seedSqlitePrebuild, storeSqlitePrebuild } from './sqlite-prebuild';

const ROOT_DIR = path.resolve(__dirname, '../..');

const START_TIMEOUT_MS = 120_000;

/** Versions of the app's own dependencies: the playground's, so npm's cache already holds them. */
const playgroundDependencies = (): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'playground/package.json'), 'utf8')).dependencies;

const CONFIG: Record<string, string> = {
  'config/server.js': `module.exports = ({ env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  app: { keys: env.array('APP_KEYS', ['smoke-key-a', 'smoke-key-b']) },
  // Behind a TLS-terminating proxy, as a production site is (see FORWARDED_HTTPS in content.ts).
  proxy: { koa: true },
  logger: { updates: { enabled: false } },
});
`,
  'config/admin.js': `module.exports = ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET', 'smoke-admin-jwt-secret') },
  apiToken: { salt: env('API_TOKEN_SALT', 'smoke-api-token-salt') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'smoke-transfer-token-salt') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', 'smoke-encryption-key') },
  flags: { nps: false, promoteEE: false },
});
`,
  'config/database.js': `const path = require('path');

module.exports = ({ env }) => ({
  connection: {
    client: 'sqlite',
    connection: { filename: path.join(__dirname, '..', env('DATABASE_FILENAME', '.tmp/data.db')) },
    useNullAsDefault: true,
  },
});
`,
  'config/api.js': `module.exports = { rest: { defaultLimit: 25, maxLimit: 100, withCount: true } };
`,
  // Strapi's default list; the Content-Type Builder of 5.2x reads it at register time and fails without the file.
  'config/middlewares.js': `module.exports = ${JSON.stringify(
    ['logger', 'errors', 'security', 'cors', 'poweredBy', 'query', 'body', 'session', 'favicon', 'public'].map((name) => `strapi::${name}`)
  )};
`,
  // The README's install step: the plugin enabled in config/plugins.
  'config/plugins.js': `module.exports = ({ env }) => ({
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET', 'smoke-jwt-secret') } },
  newsroom: { enabled: true },
});
`,
  'src/index.js': `module.exports = { register() {}, bootstrap() {} };
`,
  'public/uploads/.gitkeep': '',
  'public/robots.txt': '',
};

const minorOf = (version: string) => Number(version.split('.')[1]);

/**
 * Strapi 5.0 to 5.4 do not start after a plain `npm install` (strapi/strapi#20614): @strapi/email's
 * exact peer `koa: 2.13.4` clashes with @strapi/core's koa 2.15.2, so npm nests @strapi/email
 * where Strapi's plugin loader does not look ("@strapi/email/package.json couldn't be
 * resolved"). The fix Strapi's issue gives is the app depending on it; 5.5 relaxed the peer.
 */
const emailDependency = (strapiVersion: string): Record<string, string> =>
  minorOf(strapiVersion) < 5 ? { '@strapi/email': strapiVersion } : {};

/**
 * Strapi 5.0 to 5.14 (@strapi/upload) pin sharp 0.32.6, whose install downloads libvips from
 * GitHub, unreachable here; 0.33 ships libvips as npm packages, and Strapi itself moved to
 * 0.33.5 in 5.15. Only image uploads use sharp, and the smoke uploads none.
 */
const sharpOverride = (strapiVersion: string): Record<string, string> => (minorOf(strapiVersion) < 15 ? { sharp: '0.33.5' } : {});

/** Writes the app's files; the plugin comes from the tarball, as `npm install <tgz>` would record it. */
export const writeApp = (dir: string, strapiVersion: string, tarball: string) => {
  const own = playgroundDependencies();
  const packageJson = {
    name: 'newsroom-smoke-app',
    private: true,
    version: '0.0.0',
    scripts: { build: 'strapi build', start: 'strapi start', develop: 'strapi develop' },
    dependencies: {
      '@strapi/strapi': strapiVersion,
      '@strapi/plugin-users-permissions': strapiVersion,
      ...emailDependency(strapiVersion),
      'better-sqlite3': own['better-sqlite3'],
      react: own.react,
      'react-dom': own['react-dom'],
      'react-router-dom': own['react-router-dom'],
      'styled-components': own['styled-components'],
      'strapi-plugin-newsroom': `file:${tarball}`,
    },
    overrides: sharpOverride(strapiVersion),
  };
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  for (const [file, text] of Object.entries(CONFIG)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
};

/** Environment of every Strapi command of the app. */
export const appEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  STRAPI_TELEMETRY_DISABLED: 'true',
  BROWSER: 'none',
  DATABASE_FILENAME: '.tmp/data.db',
  ...extra,
});

/**
 * `npm install` of the app and the plugin in one go (a warm npm cache makes it mostly
 * extraction). better-sqlite3 compiles from source here (its prebuilt binaries are on
 * GitHub); the binary is kept where its own installer looks first, so it compiles once.
 */
export const installApp = async (dir: string, logDir: string) => {
  const sqliteVersion = playgroundDependencies()['better-sqlite3'];
  seedSqlitePrebuild(sqliteVersion);
  await runLogged('npm install', 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: dir,
    logFile: path.join(logDir, 'install.log'),
  });
  storeSqlitePrebuild(path.join(dir, 'node_modules/better-sqlite3'));
};

export const buildAdmin = (dir: string, logDir: string) =>
  runLogged('strapi build', path.join(dir, 'node_modules/.bin/strapi'), ['build'], {
    cwd: dir,
    env: appEnv(),
    logFile: path.join(logDir, 'build.log'),
  });

const freePort = async (): Promise<number> => {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  return port;
};

export interface RunningApp {
  baseUrl: string;
  logFile: string;
  stop: () => Promise<void>;
}

/** `strapi start` on a free port; resolves once `/_health` answers. */
export const startApp = async (dir: string, logDir: string): Promise<RunningApp> => {
  const port = await freePort();
  const logFile = path.join(logDir, 'server.log');
  const log = fs.openSync(logFile, 'w');
  // A process group of its own, so stopping it stops everything Strapi started.
  const child = spawn(path.join(dir, 'node_modules/.bin/strapi'), ['start'], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', log, log],
    env: appEnv({ HOST: '127.0.0.1', PORT: String(port) }),
  });
  const stop = async () => {
    const group = child.pid;
    if (child.exitCode === null && child.signalCode === null && group !== undefined) {
      const exit = once(child, 'exit');
      process.kill(-group, 'SIGTERM');
      const killer = setTimeout(() => process.kill(-group, 'SIGKILL'), 10_000);
      await exit;
      clearTimeout(killer);
    }
    fs.closeSync(log);
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`strapi start exited with code ${child.exitCode}; see ${logFile}`);
    }
    const status = await fetch(`${baseUrl}/_health`).then(
      (response) => response.status,
      () => 0
    );
    if (status === 204) return { baseUrl, logFile, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`strapi start did not answer /_health within ${START_TIMEOUT_MS / 1000} s; see ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};
