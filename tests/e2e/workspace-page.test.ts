/**
 * The "Reading order" page (`/admin/plugins/newsroom`) in a real browser, against
 * the production build of the playground: a reorder made with the mouse or the
 * keyboard, a bulk link and a repair must be what the admin API and the REST API
 * serve afterwards.
 *
 * The tests run in order on the demo content's English reading order of ten
 * articles (eight published, two drafts) and its two published unlinked articles.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import knexFactory, { type Knex } from 'knex';
import type { Browser, Page } from 'playwright-core';

import type { CheckResponse } from '../../contracts/reading-order-check';
import type { OrderDetailResponse, OrdersOverviewResponse } from '../../contracts/orders';
import { ARTICLE as ARTICLE_TABLES, checkTables } from '../../scripts/fuzz/content-types';
import { createTestDatabase } from '../integration/helpers/database';
import { adminLogin, createApiToken, createProofreader, RestClient } from './support/api';
import { eventually, launchBrowser, logIn, openAdmin, waitForText } from './support/browser';
import { ROOT_DIR, startPlayground, type Playground } from './support/playground';

const SCREENSHOTS = path.join(ROOT_DIR, 'docs/screenshots');
const TYPE = 'plugin::newsroom.article';

const TITLES = {
  plan: 'Riverside gets a tram: the plan in brief',
  whoPays: 'Who pays for the tram, and how much',
  route: 'The route debate: why the tram skips Market Street',
  breakingGround: 'Breaking ground at the old docks',
  bridge: 'The bridge problem, and how it was solved',
  nightTests: 'Night tests: the first tram on the tracks',
  openingDay: 'Opening day: thousands ride the Riverside tram',
  oneYearOn: 'One year on: did the tram deliver?',
  weather: 'Weekend weather: storms expected along the coast',
  letters: 'Letters: readers on parking in the old town',
};

describe('Reading order page', () => {
  let playground: Playground;
  let knex: Knex;
  let browser: Browser;
  let page: Page;
  let rest: RestClient;
  let adminJwt: string;
  let apiToken: string;
  let ids: Record<keyof typeof TITLES, string>;

  /** A GET of the plugin's admin API, as the page's first client would send it. */
  const adminGet = async <T>(route: string, params: Record<string, string>): Promise<T> => {
    const query = new URLSearchParams({ type: TYPE, locale: 'en', ...params });
    const response = await fetch(`${playground.baseUrl}${route}?${query}`, { headers: { authorization: `Bearer ${adminJwt}` } });
    assert.equal(response.status, 200, `${route}: ${response.status}`);
    return (await response.json()) as T;
  };

  /** The draft order of the chain holding the article, by title, from the admin API. */
  const draftOrder = async (key: keyof typeof TITLES) =>
    (await adminGet<OrderDetailResponse>(`/newsroom/orders/${ids[key]}`, {})).data.articles.map((article) => article.title);

  const rows = () => page.getByTestId('newsroom-chain-article');
  const rowTitles = async () => (await rows().locator('a').allTextContents()).map((title) => title.trim());
  const handle = (key: keyof typeof TITLES) => page.getByRole('button', { name: `Move “${TITLES[key]}”`, exact: true });
  const savedOrder = () =>
    page.waitForResponse(
      (response) => response.request().method() === 'PUT' && new URL(response.url()).pathname.startsWith('/newsroom/orders/')
    );

  const openWorkspace = async () => {
    await page.goto(`${playground.baseUrl}/admin/plugins/newsroom`);
    await page.getByRole('heading', { name: 'Reading order', level: 1 }).waitFor();
  };

  /** The page's tabs: the reading orders (where it opens), the series, the tools (bulk link, check and repair). */
  const showTab = async (name: 'Reading orders' | 'Series' | 'Tools') => {
    await page.getByRole('tab', { name }).click();
    await eventually(async () => assert.equal(await page.getByRole('tab', { name }).getAttribute('aria-selected'), 'true'));
  };

  const openChain = async (key: keyof typeof TITLES) => {
    await page.getByRole('button', { name: `Open the reading order of “${TITLES[key]}”` }).click();
    await eventually(async () => assert.equal(await rows().count(), 10));
  };

  before(async () => {
    const database = await createTestDatabase('sqlite');
    playground = await startPlayground({ NEWSROOM_ALLOW_CYCLES: 'false' }, database);
    knex = knexFactory({ ...database.knexConfig, pool: { min: 0, max: 1 } });
    await checkTables(knex);
    adminJwt = await adminLogin(playground.baseUrl);
    apiToken = await createApiToken(playground.baseUrl, adminJwt);
    rest = new RestClient(playground.baseUrl, apiToken);
    ids = await rest.documentIdsOf(TITLES);
    ({ browser, page } = await openAdmin(playground.baseUrl, 2));
  });

  after(async () => {
    await browser?.close();
    await knex?.destroy();
    await playground?.stop();
  });

  it('lists the reading order and the unlinked articles, from the menu entry', async () => {
    await page.goto(`${playground.baseUrl}/admin`);
    await page.getByRole('link', { name: 'Reading order' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/plugins/newsroom');
    await page.getByRole('heading', { name: 'Reading order', level: 1 }).waitFor();
    // The page opens on the reading orders; the other tabs' tools are not shown.
    assert.equal(await page.getByRole('tab', { name: 'Reading orders' }).getAttribute('aria-selected'), 'true');
    assert.equal(await page.getByRole('button', { name: 'Run the check' }).count(), 0);

    const chain = page.getByTestId('newsroom-chain-row');
    await eventually(async () => assert.equal(await chain.count(), 1));
    const cells = (await chain.locator('td').allTextContents()).map((text) => text.trim());
    assert.deepEqual(cells.slice(0, 4), [TITLES.plan, 'Interview: the engineer behind the bridge deck', '10', '8']);
    const unlinked = (await page.getByTestId('newsroom-unlinked-row').allTextContents()).join(' | ');
    assert.ok(unlinked.includes(TITLES.weather) && unlinked.includes(TITLES.letters), unlinked);

    // The search reaches the server: only matching articles remain.
    await page.getByLabel('Search by title').fill('weather');
    await eventually(async () => assert.equal(await page.getByTestId('newsroom-unlinked-row').count(), 1));
    await eventually(async () => assert.equal(await chain.count(), 0));
    await page.getByLabel('Search by title').fill('');
    await eventually(async () => assert.equal(await chain.count(), 1));
  });

  it('reorders by drag and drop, applied to the published order, and keeps it after a reload', async () => {
    await openChain('plan');
    await page.getByRole('radio', { name: /^Apply to the published order now/ }).click();

    const [response] = await Promise.all([savedOrder(), handle('whoPays').dragTo(rows().first())]);
    assert.equal(response.status(), 200);
    assert.deepEqual(JSON.parse(response.request().postData() ?? '{}').apply, 'published');

    const expected = [TITLES.whoPays, TITLES.plan, TITLES.route];
    assert.deepEqual((await draftOrder('plan')).slice(0, 3), expected);
    // Readers see it at once, without a token: the published links changed too.
    assert.deepEqual(await rest.links(ids.whoPays, 'published'), { previous: null, next: TITLES.plan });
    assert.deepEqual(await rest.links(ids.plan, 'published'), { previous: TITLES.whoPays, next: TITLES.route });

    await openWorkspace();
    await openChain('whoPays');
    assert.deepEqual((await rowTitles()).slice(0, 3), expected);
  });

  it('reorders with the keyboard, staged with the drafts, and Escape cancels a move', async () => {
    await page.getByRole('radio', { name: /^Stage with the drafts/ }).click();
    const announcement = page.getByTestId('newsroom-reorder-announcement');

    // Picked up, moved, cancelled: nothing is saved.
    let puts = 0;
    const countPuts = (request: { method: () => string; url: () => string }) => {
      if (request.method() === 'PUT' && request.url().includes('/newsroom/orders/')) puts += 1;
    };
    page.on('request', countPuts);
    await handle('bridge').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await waitForText(announcement, `${TITLES.bridge}, moved. New position: 6 of 10.`);
    await page.keyboard.press('Escape');
    await waitForText(announcement, `Move cancelled. ${TITLES.bridge} is back at position 5 of 10.`);
    assert.equal((await rowTitles())[4], TITLES.bridge);
    page.off('request', countPuts);
    assert.equal(puts, 0);

    await handle('breakingGround').focus();
    await page.keyboard.press('Space');
    await waitForText(
      announcement,
      `${TITLES.breakingGround}, picked up. Current position: 4 of 10. Press the up and down arrows to move it, Space to drop, Escape to cancel.`
    );
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    const [response] = await Promise.all([savedOrder(), page.keyboard.press('Space')]);
    assert.equal(response.status(), 200);
    await waitForText(announcement, `${TITLES.breakingGround}, dropped. Final position: 2 of 10.`);

    assert.deepEqual((await draftOrder('plan')).slice(0, 4), [TITLES.whoPays, TITLES.breakingGround, TITLES.plan, TITLES.route]);
    // Staged: readers still read the published order until the articles are published.
    assert.deepEqual(await rest.links(ids.breakingGround, 'draft'), { previous: TITLES.whoPays, next: TITLES.plan });
    assert.deepEqual(await rest.links(ids.breakingGround, 'published'), { previous: TITLES.route, next: TITLES.bridge });
    await eventually(async () => assert.deepEqual((await rowTitles()).slice(0, 2), [TITLES.whoPays, TITLES.breakingGround]));
  });

  it('runs the check, repairs what it found after a dry run, and checks again', async () => {
    // Damage as an import could leave it: a second "previous" for an article of the order.
    const { articles, link, owner, target } = ARTICLE_TABLES.tables;
    const draftRow = async (documentId: string) =>
      Number((await knex(articles).where({ document_id: documentId, locale: 'en' }).whereNull('published_at').first('id')).id);
    await knex(link).insert({ [owner]: await draftRow(ids.openingDay), [target]: await draftRow(ids.weather) });
    const found = (await adminGet<CheckResponse>('/newsroom/check', {})).data.problems;
    assert.ok(found.length > 0);

    await openWorkspace();
    await showTab('Tools');
    await page.getByRole('button', { name: 'Run the check' }).click();
    await waitForText(page.getByTestId('newsroom-check-result'), found.length === 1 ? '1 problem found' : `${found.length} problems found`);
    assert.equal(await page.getByTestId('newsroom-problem').count(), found.length);
    assert.ok((await page.getByTestId('newsroom-problem').allTextContents()).join(' ').includes('One-sided link'));

    // Offered once the admin's permissions are loaded (useRBAC), which a cold load under CI's load delayed past the default wait.
    const preview = page.getByRole('button', { name: 'Preview the repair' });
    await preview.waitFor({ timeout: 45_000 });
    await preview.click();
    await page.getByTestId('newsroom-repair-plan').waitFor();
    // The dry run changed nothing.
    assert.equal((await adminGet<CheckResponse>('/newsroom/check', {})).data.problems.length, found.length);

    await page.getByRole('button', { name: 'Repair', exact: true }).click();
    await page.getByTestId('newsroom-repair-report').waitFor();
    await waitForText(page.getByTestId('newsroom-check-result'), 'No problem found.');
    assert.deepEqual((await adminGet<CheckResponse>('/newsroom/check', {})).data.problems, []);
    // The order itself is intact; the stray link is gone.
    assert.equal((await draftOrder('plan')).length, 10);
    assert.deepEqual(await rest.links(ids.weather, 'draft'), { previous: null, next: null });
  });

  it('inserts an unlinked article at a position, removes it, splits the order and joins it again', async () => {
    await openWorkspace();
    await openChain('whoPays');
    const before = await draftOrder('whoPays');

    await page.getByLabel('Search unlinked articles').fill('letters');
    await page.getByLabel('At position').fill('3');
    const insert = page.getByRole('button', { name: `Insert “${TITLES.letters}”` });
    const [inserted] = await Promise.all([savedOrder(), insert.click()]);
    assert.equal(inserted.status(), 200);
    assert.deepEqual(await draftOrder('whoPays'), [...before.slice(0, 2), TITLES.letters, ...before.slice(2)]);

    await eventually(async () => assert.equal(await rows().count(), 11));
    const [removed] = await Promise.all([savedOrder(), rows().nth(2).getByRole('button', { name: 'Remove' }).click()]);
    assert.equal(removed.status(), 200);
    assert.deepEqual(await draftOrder('whoPays'), before);
    assert.deepEqual(await rest.links(ids.letters, 'draft'), { previous: null, next: null });

    await eventually(async () => assert.equal(await rows().count(), 10));
    const [split] = await Promise.all([savedOrder(), rows().nth(4).getByRole('button', { name: 'Split after' }).click()]);
    assert.equal(split.status(), 200);
    assert.deepEqual(await draftOrder('whoPays'), before.slice(0, 5));
    // The rest stays linked as an order of its own.
    assert.equal(before[5], TITLES.nightTests);
    assert.deepEqual(await draftOrder('nightTests'), before.slice(5));

    await eventually(async () => assert.equal(await rows().count(), 5));
    await page.getByRole('combobox', { name: 'Reading order to append' }).click();
    await page.getByRole('option', { name: `${before[5]} … ${before[9]} (5)` }).click();
    const [joined] = await Promise.all([savedOrder(), page.getByRole('button', { name: 'Join at the end' }).click()]);
    assert.equal(joined.status(), 200);
    assert.deepEqual(await draftOrder('whoPays'), before);
    await eventually(async () => assert.equal(await rows().count(), 10));
  });

  it('links the unlinked articles by publication date, with a dry run and a progress bar reaching done', async () => {
    await openWorkspace();
    await showTab('Tools');
    // The section shows once the admin's permissions are loaded (useRBAC); a cold first load took longer than the default wait once.
    await page.getByRole('heading', { name: 'Link by publication date' }).waitFor({ timeout: 45_000 });
    await page.getByRole('button', { name: 'Preview the changes' }).click();
    const preview = page.getByTestId('newsroom-bulk-preview');
    await preview.waitFor();
    assert.match((await preview.textContent()) ?? '', /\d+ links? changes?\./);
    // The dry run changed nothing.
    assert.deepEqual(await rest.links(ids.weather, 'published'), { previous: null, next: null });

    await page.getByRole('button', { name: 'Link them' }).click();
    const status = page.getByTestId('newsroom-bulk-status');
    await eventually(async () => assert.match((await status.textContent()) ?? '', /^Done: (\d+) of \1 links$/), 30_000);
    assert.equal(await page.getByRole('progressbar').getAttribute('aria-valuenow'), '100');

    const overview = await adminGet<OrdersOverviewResponse>('/newsroom/orders', { pageSize: '100' });
    const unlinked = overview.data.unlinked.map((article) => article.title);
    assert.ok(!unlinked.includes(TITLES.weather) && !unlinked.includes(TITLES.letters), unlinked.join(' | '));
    const weather = await rest.links(ids.weather, 'published');
    assert.ok(weather.previous !== null || weather.next !== null, 'the weather article is linked for readers');
    // The page reloaded its overview when the job ended.
    await showTab('Reading orders');
    await page.getByTestId('newsroom-overview-totals').waitFor();
    await eventually(async () => {
      const shown = (await page.getByTestId('newsroom-unlinked-row').allTextContents()).join(' | ');
      assert.ok(!shown.includes(TITLES.weather), shown);
    });

    await page.getByRole('button', { name: `Open the reading order of “${TITLES.whoPays}”` }).click();
    await rows().first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reading-order-page.png') });
  });

  it('explains a refused change and shows the saved order again', async () => {
    await openWorkspace();
    await openChain('whoPays');
    const before = await draftOrder('whoPays');
    // Deleted behind the page's back: the list on screen still names it.
    const deleted = before[before.length - 1];
    const deletedId = await rest.documentIdOf(deleted);
    const response = await fetch(`${playground.baseUrl}/api/newsroom/articles/${deletedId}?locale=en`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${apiToken}` },
    });
    assert.ok(response.ok, `DELETE: ${response.status}`);

    await handle('whoPays').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    const [refused] = await Promise.all([savedOrder(), page.keyboard.press('Space')]);
    assert.ok(refused.status() >= 400 && refused.status() < 500, `PUT answered ${refused.status()}`);
    const { error } = (await refused.json()) as { error: { message: string } };

    await page.getByText('Change refused').waitFor();
    await waitForText(page.getByTestId('newsroom-refused-message'), error.message);
    // Nothing changed, and the list shows the saved order (which no longer has the deleted article).
    assert.deepEqual(await draftOrder('whoPays'), before.slice(0, -1));
    await eventually(async () => assert.deepEqual(await rowTitles(), before.slice(0, -1)));
  });

  it('shows the orders read-only to an admin without the update permission', async () => {
    const credentials = await createProofreader(playground.baseUrl, adminJwt);
    const proofreaderBrowser = await launchBrowser();
    try {
      const proofreader = await proofreaderBrowser.newPage({ viewport: { width: 1440, height: 1400 } });
      proofreader.setDefaultTimeout(15_000);
      await logIn(proofreader, playground.baseUrl, credentials);
      await proofreader.getByRole('link', { name: 'Reading order' }).click();
      await proofreader.getByRole('button', { name: `Open the reading order of “${TITLES.whoPays}”` }).click();
      const length = (await draftOrder('whoPays')).length;
      await eventually(async () => assert.equal(await proofreader.getByTestId('newsroom-chain-article').count(), length));

      assert.equal(await proofreader.getByRole('button', { name: /^Move “/ }).count(), 0);
      assert.equal(await proofreader.getByRole('button', { name: 'Remove' }).count(), 0);
      assert.equal(await proofreader.getByRole('radio').count(), 0);
      await proofreader.getByRole('tab', { name: 'Tools' }).click();
      await proofreader.getByRole('heading', { name: 'Check and repair' }).waitFor();
      assert.equal(await proofreader.getByRole('heading', { name: 'Link by publication date' }).count(), 0);
      // Reading is allowed: the check runs, and finds the order clean.
      await proofreader.getByRole('button', { name: 'Run the check' }).click();
      await waitForText(proofreader.getByTestId('newsroom-check-result'), 'No problem found.');
    } finally {
      await proofreaderBrowser.close();
    }
  });
});
