import os from 'os';
import path from 'path';

import { engine, file, strapi as strapiProviders } from '@strapi/data-transfer';

import type { TestApp } from './strapi';

/**
 * Strapi's own data tools, run the way its CLI runs them (`strapi export`, `strapi
 * import`, `strapi transfer`: the same providers and engine, the CLI only wires them),
 * against apps booted in this process, so the instance receiving the data keeps
 * running and serving, as a production site does.
 */
const ENCRYPTION_KEY = 'newsroom-test-backup-key';

/** What the CLI leaves out of every transfer: Strapi's internal types (admin users, roles and permissions, tokens...). */
const transferred = (uid: string) => !(strapiProviders as any).isIgnoredOfficialTransferType(uid);

const run = async (source: any, destination: any, { exclude = [] as string[] } = {}) => {
  const transforms = {
    entities: [{ filter: (entity: { type: string }) => transferred(entity.type) }],
    links: [
      {
        filter: (link: { left: { type: string }; right: { type: string } }) => transferred(link.left.type) && transferred(link.right.type),
      },
    ],
  };
  const transfer = engine.createTransferEngine(source, destination, {
    versionStrategy: 'ignore',
    schemaStrategy: 'ignore',
    transforms,
    exclude,
  } as any);
  return transfer.transfer();
};

/** What a restore replaces, as the CLI computes it without options: every content type but Strapi's internal ones, the media files, webhooks and the core store. */
const restoreOptions = (app: TestApp) => {
  const { isIgnoredOfficialTransferType, getIgnoredOfficialTransferTypes } = strapiProviders as any;
  return {
    entities: {
      exclude: [...Object.keys(app.strapi.contentTypes).filter(isIgnoredOfficialTransferType), ...getIgnoredOfficialTransferTypes()],
      include: undefined,
    },
    assets: true,
    configuration: { webhook: true, coreStore: true },
  };
};

const archiveOptions = (archive: string, encrypted: boolean) => ({
  file: { path: archive },
  encryption: { enabled: encrypted, key: encrypted ? ENCRYPTION_KEY : undefined },
  compression: { enabled: encrypted },
});

/** `strapi export` of the app into a new archive (encrypted and compressed unless `plain`); its path. */
export const exportArchive = async (app: TestApp, { plain = false } = {}) => {
  const base = path.join(os.tmpdir(), `newsroom-export-${process.pid}-${Date.now()}`);
  const source = strapiProviders.providers.createLocalStrapiSourceProvider({ getStrapi: () => app.strapi, autoDestroy: false } as any);
  const destination = file.providers.createLocalFileDestinationProvider(archiveOptions(base, !plain) as any);
  const results = await run(source, destination);
  return { path: (results.destination as any).file.path as string, encrypted: !plain };
};

/** `strapi import` of an archive into the app (restore: the app's content is replaced). */
export const importArchive = async (app: TestApp, archive: { path: string; encrypted: boolean }) => {
  const source = file.providers.createLocalFileSourceProvider(archiveOptions(archive.path, archive.encrypted) as any);
  const destination = strapiProviders.providers.createLocalStrapiDestinationProvider({
    getStrapi: () => app.strapi,
    strategy: 'restore',
    restore: restoreOptions(app),
    autoDestroy: false,
  } as any);
  await run(source, destination);
};

/** The app's admin URL on a port of its own (remote transfers connect over a WebSocket). */
export const listen = async (app: TestApp): Promise<URL> => {
  const server = app.strapi.server.httpServer;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return new URL(`http://127.0.0.1:${(server.address() as { port: number }).port}/admin`);
};

/** A transfer token with push and pull, created through the admin API as an admin would in Settings. */
export const createTransferToken = async (app: Pick<TestApp, 'http'>, adminToken: string): Promise<string> => {
  const response = await app
    .http()
    .post('/admin/transfer/tokens')
    .set('Authorization', `Bearer ${adminToken}`)
    .send({ name: `newsroom-transfer-${Date.now()}`, description: '', permissions: ['push', 'pull'], lifespan: null });
  if (response.status !== 201) throw new Error(`creating a transfer token answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body.data.accessKey;
};

/** `strapi transfer --to <remote>`: the local app's content pushed into a running remote instance. */
export const pushTo = async (local: TestApp, remote: { url: URL; token: string }) => {
  const source = strapiProviders.providers.createLocalStrapiSourceProvider({ getStrapi: () => local.strapi, autoDestroy: false } as any);
  const destination = strapiProviders.providers.createRemoteStrapiDestinationProvider({
    url: remote.url,
    auth: { type: 'token', token: remote.token },
    strategy: 'restore',
    restore: restoreOptions(local),
  } as any);
  await run(source, destination);
};

/** `strapi transfer --from <remote>`: a running remote instance's content pulled into the local app. */
export const pullFrom = async (local: TestApp, remote: { url: URL; token: string }) => {
  const source = strapiProviders.providers.createRemoteStrapiSourceProvider({
    url: remote.url,
    auth: { type: 'token', token: remote.token },
  } as any);
  // Without media files (`--exclude files`): Strapi's remote source sometimes never ends its assets stage
  // on a busy machine, with no files to send (strapi/strapi#22038; seen twice here, under a parallel fuzz).
  // The plugin stores nothing in files; the push above carries them.
  const restore = { ...restoreOptions(local), assets: false };
  const destination = strapiProviders.providers.createLocalStrapiDestinationProvider({
    getStrapi: () => local.strapi,
    strategy: 'restore',
    restore,
    autoDestroy: false,
  } as any);
  await run(source, destination, { exclude: ['files'] });
};
