/**
 * `npm run bench:links`: what the reading-order lock adds to a link write.
 * Times (1) link writes through the document service (the whole rule path: lock,
 * checks, write) and (2) the lock alone: a transaction that takes it against an
 * empty one, (3) the publication of an article in the middle of a published order
 * (links go live, pages to revalidate are found and compared), side by side,
 * alternating, on the database named by DATABASE_CLIENT (sqlite | postgres | mysql),
 * then (4) link writes of other articles while a slow save runs (an update of a post
 * with BENCH_COMPONENTS dynamic-zone components, 3,000 by default): their p50/p99 and
 * how many failed (a `503` once `readingOrder.lockTimeoutMs` passes).
 * BENCH_WRITES (default 300) per measurement. With BENCH_LABEL, (4) is kept under that
 * label in bench/results/slow-save.json, with its Markdown table bench/results/slow-save.md.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { compileStrapi, createStrapi } from '@strapi/strapi';

import { recordResults } from './results-table';

const PLAYGROUND = path.resolve(__dirname, '..', 'playground');
const ARTICLE_UID = 'plugin::newsroom.article';
const client = process.env.DATABASE_CLIENT ?? 'sqlite';
const writes = Number(process.env.BENCH_WRITES ?? 300);
const components = Number(process.env.BENCH_COMPONENTS ?? 3000);

const name = `newsroom_bench_links_${Date.now()}`;
const psql = (sql: string) => execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'test', '-c', sql], { stdio: 'ignore' });
const mariadb = (sql: string) => execFileSync('mariadb', ['-h', '127.0.0.1', '-u', 'root', '-e', sql], { stdio: 'ignore' });

/** A fresh database for this run, and how to drop it afterwards. */
const createDatabase = (): { env: Record<string, string>; drop: () => void } => {
  if (client === 'sqlite') {
    const file = path.join(PLAYGROUND, '.tmp', `${name}.db`);
    return { env: { DATABASE_FILENAME: `.tmp/${name}.db` }, drop: () => fs.rmSync(file, { force: true }) };
  }
  if (client === 'postgres') {
    psql(`CREATE DATABASE ${name}`);
    return { env: { DATABASE_NAME: name, DATABASE_USERNAME: 'postgres' }, drop: () => psql(`DROP DATABASE ${name} WITH (FORCE)`) };
  }
  mariadb(`CREATE DATABASE ${name}`);
  return { env: { DATABASE_NAME: name }, drop: () => mariadb(`DROP DATABASE ${name}`) };
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values: number[], fraction: number) =>
  values.length === 0 ? NaN : [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * fraction))];
const time = async (work: () => Promise<unknown>) => {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

const main = async () => {
  const database = createDatabase();
  Object.assign(
    process.env,
    { LOG_LEVEL: 'error', NEWSROOM_SEED: 'false', NEWSROOM_DOCUMENTATION: 'false', DATABASE_CLIENT: client },
    database.env
  );
  await compileStrapi({ appDir: PLAYGROUND });
  const strapi: any = await createStrapi({
    appDir: PLAYGROUND,
    distDir: path.join(PLAYGROUND, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  try {
    const documents = strapi.documents(ARTICLE_UID);
    const ids: string[] = [];
    for (let index = 0; index < 4; index += 1) {
      ids.push((await documents.create({ locale: 'en', data: { title: `Link bench ${index}`, slug: `link-bench-${index}` } })).documentId);
    }
    const lock = strapi.plugin('newsroom').service('reading-order');
    // A published order of five, for the publications: the middle one is published again and again.
    const published: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const previous = published.at(-1);
      const created = await documents.create({
        locale: 'en',
        status: 'published',
        data: { title: `Publish bench ${index}`, slug: `publish-bench-${index}`, ...(previous ? { previousArticle: previous } : {}) },
      });
      published.push(created.documentId);
    }
    const publication: number[] = [];

    const linkWrite: number[] = [];
    const plainWrite: number[] = [];
    const withLock: number[] = [];
    const withoutLock: number[] = [];
    for (let index = 0; index < writes; index += 1) {
      // Alternate targets so every write changes a link (and detaches the previous one).
      linkWrite.push(await time(() => documents.update({ documentId: ids[0], locale: 'en', data: { nextArticle: ids[1 + (index % 3)] } })));
      plainWrite.push(await time(() => documents.update({ documentId: ids[0], locale: 'en', data: { title: `Link bench 0 (${index})` } })));
      withLock.push(await time(() => lock.change(async () => undefined)));
      withoutLock.push(await time(() => strapi.db.transaction(async () => undefined)));
      publication.push(await time(() => documents.publish({ documentId: published[2], locale: 'en' })));
    }
    const rows = [
      { measurement: 'link write (document service update of nextArticle)', medianMs: median(linkWrite) },
      { measurement: 'same update of the title only (no link, no lock)', medianMs: median(plainWrite) },
      { measurement: 'transaction that takes the reading-order lock', medianMs: median(withLock) },
      { measurement: 'empty transaction', medianMs: median(withoutLock) },
      { measurement: 'publish the middle article of a published order of five', medianMs: median(publication) },
    ].map((row) => ({ ...row, medianMs: Number(row.medianMs.toFixed(3)) }));
    console.log(`${client}, ${writes} of each, alternating`);
    console.table(rows);
    console.log(
      `The lock adds ${(median(withLock) - median(withoutLock)).toFixed(3)} ms to a link write of ${median(linkWrite).toFixed(2)} ms.`
    );

    // (4) A slow save (Strapi writes every component row) while editors link other articles.
    const posts = strapi.documents('api::post.post');
    const post = await posts.create({
      data: { headline: 'Slow save bench', slug: `slow-save-${Date.now()}`, description: 'Many components.', content: [] },
    });
    const content = Array.from({ length: components }, (_, index) => ({ __component: 'blog.rich-text', body: `Paragraph ${index}.` }));
    let saving = true;
    const saveStarted = process.hrtime.bigint();
    const save = posts.update({ documentId: post.documentId, data: { content } }).finally(() => {
      saving = false;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const during: number[] = [];
    let failed = 0;
    for (let index = 0; saving; index += 1) {
      try {
        during.push(await time(() => documents.update({ documentId: ids[0], locale: 'en', data: { nextArticle: ids[1 + (index % 3)] } })));
      } catch {
        failed += 1;
      }
    }
    await save;
    const saveMs = Number(process.hrtime.bigint() - saveStarted) / 1e6;
    const slowSave = {
      components,
      saveMs: Number(saveMs.toFixed(0)),
      linkWritesDuringSave: during.length,
      failed,
      p50Ms: Number(percentile(during, 0.5).toFixed(1)),
      p99Ms: Number(percentile(during, 0.99).toFixed(1)),
    };
    console.log(`Link writes of other articles while a post with ${components} components is saved:`);
    console.table([slowSave]);
    if (process.env.BENCH_LABEL) recordResults('slow-save', process.env.BENCH_LABEL, { client, ...slowSave });
  } finally {
    await strapi.destroy();
    database.drop();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
