/**
 * The reference reader page (`examples/reader/`, `npm run example:reader`) in Chromium
 * against the seeded playground: an article with its summary control and its
 * neighbors, navigation along the reading order, a missing neighbor, a 404, an API
 * that is down, a series' "Part N of M", and a phone-width layout. Saves docs/screenshots/reader-*.png.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';

import { createNewsroomClient, type ReadResponse } from '../../client/src';
import { launchBrowser } from './support/browser';
import { ROOT_DIR, startPlayground, type Playground } from './support/playground';

const SCREENSHOTS = path.join(ROOT_DIR, 'docs/screenshots');
const FIRST_SLUG = 'riverside-gets-a-tram-the-plan-in-brief';

interface Reader {
  url: string;
  stop(): void;
}

/** Starts `examples/reader/server.ts` on a free port against `apiUrl`. */
const startReader = (apiUrl: string) =>
  new Promise<Reader>((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--require', './scripts/register-ts.js', 'examples/reader/server.ts'], {
      cwd: ROOT_DIR,
      env: { ...process.env, PORT: '0', NEWSROOM_API_URL: apiUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on (http:\/\/\S+?)\/ /.exec(output);
      if (match) resolve({ url: match[1], stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`the reader exited with code ${code}: ${output}`)));
  });

let playground: Playground;
let reader: Reader;
let browser: Browser;
let first: ReadResponse['data'];
let second: ReadResponse['data'];

before(async () => {
  playground = await startPlayground();
  reader = await startReader(`${playground.baseUrl}/api`);
  browser = await launchBrowser();
  const newsroom = createNewsroomClient({ baseUrl: `${playground.baseUrl}/api` });
  first = (await newsroom.read(FIRST_SLUG)).data;
  second = (await newsroom.read(first.next!.slug)).data;
});
after(async () => {
  await browser?.close();
  reader?.stop();
  await playground?.stop();
});

const openPage = async (width: number, height: number): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 2 });
  page.setDefaultTimeout(15_000);
  return page;
};

describe('the reference reader page', () => {
  it('shows the article with its reading time, and reveals the summary from the keyboard', async () => {
    const page = await openPage(1280, 900);
    const response = await page.goto(`${reader.url}/articles/${second.slug}`);
    assert.equal(response?.status(), 200);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), second.title);
    assert.match((await page.locator('.meta').textContent()) ?? '', new RegExp(`${second.readingTimeMinutes} min read`));
    assert.ok(await page.getByText('No time to read?').isVisible());

    const summaryText = page.getByText(second.summary!, { exact: true });
    assert.equal(await summaryText.isVisible(), false);
    await page.locator('summary', { hasText: 'Get a summary' }).focus();
    await page.keyboard.press('Enter');
    await summaryText.waitFor({ state: 'visible' });
    assert.ok(await page.getByText('Written by the editor.').isVisible());
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reader-desktop.png'), fullPage: true });
    await page.close();
  });

  it('follows "Next Article" and "Previous Article" along the reading order', async () => {
    const page = await openPage(1280, 900);
    await page.goto(`${reader.url}/articles/${first.slug}`);
    assert.equal(await page.getByRole('link', { name: /Previous Article/ }).count(), 0, 'the first article has no previous one');

    await page.getByRole('link', { name: `Next Article ${second.title}` }).click();
    await page.waitForURL(`${reader.url}/articles/${second.slug}`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), second.title);

    await page.getByRole('link', { name: `Previous Article ${first.title}` }).click();
    await page.waitForURL(`${reader.url}/articles/${first.slug}`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), first.title);
    await page.close();
  });

  it('shows "Part N of M" of the seeded series and follows its next part', async () => {
    const page = await openPage(1280, 900);
    await page.goto(`${reader.url}/articles/the-bridge-problem-and-how-it-was-solved`);
    const series = page.getByRole('complementary', { name: 'Building the tram, in four parts' });
    assert.equal((await series.locator('.part').textContent())?.trim(), 'Part 2 of 4');
    assert.equal(await series.getByRole('link', { name: 'Previous part: Breaking ground at the old docks' }).count(), 1);
    await series.screenshot({ path: path.join(SCREENSHOTS, 'reader-series.png') });
    await series.getByRole('link', { name: 'Next part: Night tests: the first tram on the tracks' }).click();
    await page.waitForURL(`${reader.url}/articles/night-tests-the-first-tram-on-the-tracks`);
    assert.equal(
      (await page.getByRole('complementary', { name: 'Building the tram, in four parts' }).locator('.part').textContent())?.trim(),
      'Part 3 of 4'
    );
    await page.close();
  });

  it('answers an unknown article with a 404 page', async () => {
    const page = await openPage(1280, 900);
    const response = await page.goto(`${reader.url}/articles/no-such-article`);
    assert.equal(response?.status(), 404);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Article not found');
    await page.close();
  });

  it('says politely that the API is down', async () => {
    // A port that was free a moment ago: nothing answers there.
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const downReader = await startReader(`http://127.0.0.1:${port}/api`);
    try {
      const page = await openPage(1280, 900);
      const response = await page.goto(`${downReader.url}/articles/${first.slug}`);
      assert.equal(response?.status(), 503);
      assert.ok(await page.getByRole('alert').getByText('The newsroom is not answering').isVisible());
      await page.close();
    } finally {
      downReader.stop();
    }
  });

  it('fits a narrow phone screen without sideways scrolling', async () => {
    const page = await openPage(390, 844);
    await page.goto(`${reader.url}/articles/${second.slug}`);
    await page.locator('summary', { hasText: 'Get a summary' }).click();
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    assert.equal(overflow, 0);
    assert.ok(await page.getByRole('link', { name: /Next Article/ }).isVisible());
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reader-phone.png'), fullPage: true });
    await page.close();
  });
});
