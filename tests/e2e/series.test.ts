/**
 * Series in a real browser, against the production build of the playground: the
 * edit view's Series panel and the series part of the Reading order page. What the
 * editor does must be what the admin API holds and, once the series is published,
 * what readers get from the REST API.
 *
 * The playground seeds one published series of four English articles, "Building
 * the tram, in four parts"; the tests run in order and change it step by step.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page, Response } from 'playwright-core';

import type { SeriesResponse } from '../../contracts/reader';
import type { SeriesArticlesResponse } from '../../contracts/series';
import { adminLogin, createApiToken, createDraftSeries, createProofreader, deleteSeries, RestClient } from './support/api';
import { articleUrl, editUrl, eventually, logIn, openAdmin, panel, waitForText, watchingRequests } from './support/browser';
import { ROOT_DIR, startPlayground, type Playground } from './support/playground';
import { createTestDatabase } from '../integration/helpers/database';

const SCREENSHOTS = path.join(ROOT_DIR, 'docs/screenshots');

const DEMO_SERIES = 'Building the tram, in four parts';
const DEMO_SLUG = 'building-the-tram-in-four-parts';

const TITLES = {
  plan: 'Riverside gets a tram: the plan in brief',
  whoPays: 'Who pays for the tram, and how much',
  breakingGround: 'Breaking ground at the old docks',
  bridge: 'The bridge problem, and how it was solved',
  nightTests: 'Night tests: the first tram on the tracks',
  openingDay: 'Opening day: thousands ride the Riverside tram',
  oneYearOn: 'One year on: did the tram deliver?',
};

describe('Series: the edit view panel and the Reading order page', () => {
  let playground: Playground;
  let browser: Browser;
  let page: Page;
  let adminJwt: string;
  let ids: Record<keyof typeof TITLES, string>;
  let demoSeries: string;

  const seriesPanel = () => panel(page, 'Series');
  const savedSeries = () =>
    page.waitForResponse(
      (response: Response) => response.request().method() === 'PUT' && new URL(response.url()).pathname.startsWith('/newsroom/series/')
    );

  /** The draft list of a series, by title, from the admin API. */
  const draftTitles = async (series: string) => {
    const response = await fetch(`${playground.baseUrl}/newsroom/series/${series}/articles?locale=en`, {
      headers: { authorization: `Bearer ${adminJwt}` },
    });
    assert.equal(response.status, 200);
    return ((await response.json()) as SeriesArticlesResponse).data.articles.map((article) => article.title);
  };

  /** What readers get for a series, without a token: its published articles by title, or the status when refused. */
  const readerTitles = async (slug: string) => {
    const response = await fetch(`${playground.baseUrl}/api/newsroom/series/${slug}?locale=en`);
    if (response.status !== 200) return response.status;
    return ((await response.json()) as SeriesResponse).data.articles.map((article) => article.title);
  };

  const openArticle = async (key: keyof typeof TITLES) => {
    await page.goto(articleUrl(playground.baseUrl, ids[key]));
    await seriesPanel().waitFor();
  };

  before(async () => {
    const database = await createTestDatabase('sqlite');
    playground = await startPlayground({ NEWSROOM_ALLOW_CYCLES: 'false' }, database);
    adminJwt = await adminLogin(playground.baseUrl);
    const rest = new RestClient(playground.baseUrl, await createApiToken(playground.baseUrl, adminJwt));
    ids = await rest.documentIdsOf(TITLES);
    const found = await fetch(`${playground.baseUrl}/api/newsroom/series/${DEMO_SLUG}?locale=en`);
    demoSeries = ((await found.json()) as SeriesResponse).data.documentId;
    ({ browser, page } = await openAdmin(playground.baseUrl, 2));
  });

  after(async () => {
    await browser?.close();
    await playground?.stop();
  });

  it("shows the article's place in the seeded series and its neighbors there", async () => {
    await openArticle('bridge');
    const membership = seriesPanel().getByTestId('newsroom-series-membership');
    await eventually(async () => assert.equal(await membership.count(), 1));
    await waitForText(membership.getByTestId('newsroom-series-part'), 'Part 2 of 4');
    assert.ok((await membership.textContent())?.includes(DEMO_SERIES));
    assert.equal(await membership.getByRole('link', { name: TITLES.breakingGround }).count(), 1);
    assert.equal(await membership.getByRole('link', { name: TITLES.nightTests }).count(), 1);
    await seriesPanel().screenshot({ path: path.join(SCREENSHOTS, 'series-panel.png') });
  });

  it('moves the article later in the series: the draft list changes, readers keep the published one', async () => {
    const membership = seriesPanel().getByTestId('newsroom-series-membership');
    const [response] = await Promise.all([savedSeries(), membership.getByRole('button', { name: 'Later' }).click()]);
    assert.equal(response.status(), 200);
    await waitForText(membership.getByTestId('newsroom-series-part'), 'Part 3 of 4');
    const moved = [TITLES.breakingGround, TITLES.nightTests, TITLES.bridge, TITLES.openingDay];
    assert.deepEqual(await draftTitles(demoSeries), moved);
    assert.deepEqual(await readerTitles(DEMO_SLUG), [TITLES.breakingGround, TITLES.bridge, TITLES.nightTests, TITLES.openingDay]);
    // The series is Modified until published, as after a change of its fields.
    await eventually(async () => assert.match((await membership.textContent()) ?? '', /Modified/));
  });

  it('removes the article from the series and adds it again at the end', async () => {
    const membership = seriesPanel().getByTestId('newsroom-series-membership');
    const [removed] = await Promise.all([
      savedSeries(),
      membership.getByRole('button', { name: `Remove from the series “${DEMO_SERIES}”` }).click(),
    ]);
    assert.equal(removed.status(), 200);
    await waitForText(seriesPanel().getByText('This article is in no series.'), 'This article is in no series.');
    assert.deepEqual(await draftTitles(demoSeries), [TITLES.breakingGround, TITLES.nightTests, TITLES.openingDay]);

    const picker = seriesPanel().getByRole('combobox', { name: 'Add to a series' });
    await picker.click();
    await picker.fill('tram');
    const [added] = await Promise.all([savedSeries(), page.getByRole('option', { name: new RegExp(`^${DEMO_SERIES}`) }).click()]);
    assert.equal(added.status(), 200);
    await waitForText(seriesPanel().getByTestId('newsroom-series-part'), 'Part 4 of 4');
    assert.deepEqual(await draftTitles(demoSeries), [TITLES.breakingGround, TITLES.nightTests, TITLES.openingDay, TITLES.bridge]);
  });

  it('offers more series as the editor scrolls to the end of the list, searching once the typing pauses', async () => {
    // 24 more series, after the demo one by title: 20 series a page, so the last ones come on the second page.
    const titles = Array.from({ length: 24 }, (_, i) => `Walking tour ${String(i + 1).padStart(2, '0')}`);
    const created: string[] = [];
    for (const title of titles) {
      created.push(
        await createDraftSeries(playground.baseUrl, adminJwt, {
          title,
          slug: title.toLowerCase().replace(/ /g, '-'),
          articleType: 'plugin::newsroom.article',
          locale: 'en',
        })
      );
    }
    await watchingRequests(page, '/content-manager/collection-types/plugin::newsroom.series', async (searches) => {
      await openArticle('bridge');
      const picker = seriesPanel().getByRole('combobox', { name: 'Add to a series' });
      await picker.click();
      const options = page.getByRole('option');
      // The first page: the demo series (the article's own, not offered) and 19 walking tours.
      await eventually(async () => assert.equal(await options.count(), 19));
      assert.equal(await page.getByRole('option', { name: titles[23] }).count(), 0);
      await options.last().scrollIntoViewIfNeeded();
      await eventually(async () => assert.equal(await options.count(), 24));
      assert.equal(await page.getByRole('option', { name: titles[23] }).count(), 1);
      assert.ok(
        searches.some((url) => url.searchParams.get('page') === '2'),
        'a second page was requested'
      );

      await picker.pressSequentially('tour 2', { delay: 40 });
      await eventually(async () =>
        assert.deepEqual(
          (await options.allTextContents()).map((text) => text.replace(/(Draft|Published|Modified)$/, '').trim()),
          ['Walking tour 20', 'Walking tour 21', 'Walking tour 22', 'Walking tour 23', 'Walking tour 24']
        )
      );
      // Typing is debounced: one search for the words typed, not one a letter.
      assert.equal(searches.filter((url) => ['t', 'to', 'tou'].includes(url.searchParams.get('_q') ?? '')).length, 0);
      await page.keyboard.press('Escape');
    });
    // The page's series list and screenshot later on show the demo series as before.
    await Promise.all(created.map((documentId) => deleteSeries(playground.baseUrl, adminJwt, documentId, 'en')));
  });

  it("lists the series' articles in its own edit view, with a link that opens it on the Reading order page", async () => {
    await page.goto(editUrl(playground.baseUrl, 'plugin::newsroom.series', demoSeries, 'en'));
    const articles = panel(page, 'Articles');
    await articles.getByTestId('newsroom-series-articles').waitFor();
    const order = [TITLES.breakingGround, TITLES.nightTests, TITLES.openingDay, TITLES.bridge];
    await eventually(async () =>
      assert.deepEqual(
        (await articles.locator('li a').allTextContents()).map((title) => title.trim()),
        order
      )
    );

    await articles.getByRole('link', { name: 'Edit the list on the Reading order page' }).click();
    // The link opens the Series tab on this series.
    await eventually(async () => assert.equal(await page.getByRole('tab', { name: 'Series' }).getAttribute('aria-selected'), 'true'));
    const editor = page.getByTestId('newsroom-series-editor');
    await waitForText(editor.getByRole('heading', { level: 3 }), `Series “${DEMO_SERIES}” (4 articles)`);
    assert.deepEqual(
      (await editor.getByTestId('newsroom-chain-article').locator('a').allTextContents()).map((title) => title.trim()),
      order
    );
  });

  it('creates a series on the Reading order page, fills it, reorders it by mouse and keyboard, and publishes it', async () => {
    await page.goto(`${playground.baseUrl}/admin/plugins/newsroom`);
    await page.getByRole('tab', { name: 'Series' }).click();
    const section = page.getByTestId('newsroom-series-section');
    await section.getByRole('heading', { name: 'Series of Article' }).waitFor();
    await eventually(async () => assert.equal(await section.getByRole('button', { name: `Open the series “${DEMO_SERIES}”` }).count(), 1));

    // The page's primary action, in its header.
    const title = 'The money behind the tram';
    await page.getByRole('button', { name: 'New series' }).click();
    const dialog = page.getByRole('dialog', { name: 'New series' });
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    await dialog.getByRole('button', { name: 'Create series' }).click();
    await dialog.waitFor({ state: 'detached' });
    const editor = section.getByTestId('newsroom-series-editor');
    await waitForText(editor.getByRole('heading', { level: 3 }), `Series “${title}” (0 articles)`);
    // A draft: readers do not see it.
    assert.equal(await readerTitles('the-money-behind-the-tram'), 404);

    await editor.getByLabel('Search articles by title').fill('tram');
    for (const key of ['plan', 'whoPays', 'oneYearOn'] as const) {
      const [response] = await Promise.all([
        savedSeries(),
        editor.getByRole('button', { name: `Add “${TITLES[key]}” to the series` }).click(),
      ]);
      assert.equal(response.status(), 200);
    }
    const rows = editor.getByTestId('newsroom-chain-article');
    await eventually(async () => assert.equal(await rows.count(), 3));

    const handle = (key: keyof typeof TITLES) => editor.getByRole('button', { name: `Move “${TITLES[key]}”`, exact: true });
    const [dragged] = await Promise.all([savedSeries(), handle('oneYearOn').dragTo(rows.first())]);
    assert.equal(dragged.status(), 200);
    const seriesId = new URL(dragged.url()).pathname.split('/')[3];
    assert.deepEqual(await draftTitles(seriesId), [TITLES.oneYearOn, TITLES.plan, TITLES.whoPays]);

    // The saved list reloads after each save; the handles take keys again once it is back.
    const rowTitles = async () => (await rows.locator('a').allTextContents()).map((text) => text.trim());
    await eventually(async () => assert.deepEqual(await rowTitles(), [TITLES.oneYearOn, TITLES.plan, TITLES.whoPays]));
    await eventually(async () => assert.equal(await handle('whoPays').isEnabled(), true));
    const announcement = editor.getByTestId('newsroom-reorder-announcement');
    await handle('whoPays').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowUp');
    await waitForText(announcement, `${TITLES.whoPays}, moved. New position: 2 of 3.`);
    const [keyed] = await Promise.all([savedSeries(), page.keyboard.press('Space')]);
    assert.equal(keyed.status(), 200);
    assert.deepEqual(await draftTitles(seriesId), [TITLES.oneYearOn, TITLES.whoPays, TITLES.plan]);
    assert.equal(await readerTitles('the-money-behind-the-tram'), 404);

    await editor.getByRole('button', { name: 'Publish' }).click();
    await eventually(async () =>
      assert.deepEqual(await readerTitles('the-money-behind-the-tram'), [TITLES.oneYearOn, TITLES.whoPays, TITLES.plan])
    );
    await waitForText(editor.getByText('Readers see this order.'), 'Readers see this order.');
    await page
      .getByTestId('newsroom-series-section')
      .locator('xpath=..')
      .screenshot({ path: path.join(SCREENSHOTS, 'series-workspace.png') });
  });

  it('an editor without series permissions sees no series controls', async () => {
    const proofreader = await createProofreader(playground.baseUrl, adminJwt);
    const context = await browser.newContext();
    const other = await context.newPage();
    try {
      await logIn(other, playground.baseUrl, proofreader);
      await other.goto(articleUrl(playground.baseUrl, ids.bridge));
      const otherPanel = panel(other, 'Series');
      await otherPanel.getByText('You are not allowed to see series.').waitFor();
      assert.equal(await otherPanel.getByRole('combobox', { name: 'Add to a series' }).count(), 0);
    } finally {
      await context.close();
    }
  });
});
