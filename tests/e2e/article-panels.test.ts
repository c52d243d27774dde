/**
 * The article edit view's side panels in a real browser, against the production
 * build of the playground: what the editor does in the panels must be what the
 * REST API serves afterwards, also after the form is saved and published.
 *
 * The tests run in order and share one article, "Weekend weather", whose reading
 * order they change step by step.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';

import { summarize } from '../../server/src/services/summary';
import { adminLogin, createApiToken, createProofreader, RestClient } from './support/api';
import {
  articleUrl,
  eventually,
  logIn,
  neighborLink as neighborLinkOf,
  openAdmin,
  panel,
  pickNeighbor,
  waitForText,
  watchingRequests,
} from './support/browser';
import { ROOT_DIR, startPlayground, type Playground } from './support/playground';

const SCREENSHOTS = path.join(ROOT_DIR, 'docs/screenshots');

const TITLES = {
  weather: 'Weekend weather: storms expected along the coast',
  letters: 'Letters: readers on parking in the old town',
  nightTests: 'Night tests: the first tram on the tracks',
  bridge: 'The bridge problem, and how it was solved',
  openingDay: 'Opening day: thousands ride the Riverside tram',
  oneYearOn: 'One year on: did the tram deliver?',
};

/** Settings the assertions depend on, set explicitly so the environment cannot change them. */
const PLAYGROUND_ENV = {
  NEWSROOM_SUMMARY_MAX_LENGTH: '600',
  NEWSROOM_SUMMARY_AUTO: 'true',
  NEWSROOM_ALLOW_CYCLES: 'false',
  NEWSROOM_WORDS_PER_MINUTE: '230',
};

const NO_CHANGE = { connect: [], disconnect: [] };

describe('article edit view: Reading order and Summary panels', () => {
  let playground: Playground;
  let browser: Browser;
  let page: Page;
  let rest: RestClient;
  let adminJwt: string;
  let ids: Record<keyof typeof TITLES, string>;
  let suggestion = '';

  const readingOrder = () => panel(page, 'Reading order');
  const summaryPanel = () => panel(page, 'Summary');
  const summaryField = () => page.getByRole('textbox', { name: 'summary', exact: true });

  const pick = (side: 'previous' | 'next', search: string, title: string) => pickNeighbor(page, side, search, title);
  const neighborLink = (title: string) => neighborLinkOf(page, title);

  before(async () => {
    playground = await startPlayground(PLAYGROUND_ENV);
    adminJwt = await adminLogin(playground.baseUrl);
    rest = new RestClient(playground.baseUrl, await createApiToken(playground.baseUrl, adminJwt));
    ids = await rest.documentIdsOf(TITLES);
    ({ browser, page } = await openAdmin(playground.baseUrl, 2));
  });

  after(async () => {
    await browser?.close();
    await playground?.stop();
  });

  it('shows both panels on an unlinked article', async () => {
    await page.goto(articleUrl(playground.baseUrl, ids.weather));
    await readingOrder().waitFor();
    await summaryPanel().waitFor();

    // The highlighted article shows once the neighborhood has loaded; count after that.
    await waitForText(readingOrder().locator('li[aria-current="true"]'), TITLES.weather);
    assert.equal(await readingOrder().getByText('None', { exact: true }).count(), 2);
    await waitForText(summaryPanel().getByTestId('newsroom-reading-time'), '1 minute (44 words)');
  });

  it('searches candidates on the server and loads more at the end of the list', async () => {
    await watchingRequests(page, '/newsroom/articles/search', async (searches) => {
      const combobox = readingOrder().getByRole('combobox', { name: 'Set previous' });
      await combobox.click();
      const options = page.getByRole('option');
      await options.first().waitFor();
      // 12 English articles, the edited one left out; the first page has 10.
      await options.last().scrollIntoViewIfNeeded();
      await eventually(async () => assert.equal(await options.count(), 11));
      assert.ok(
        searches.some((url) => url.searchParams.get('page') === '2'),
        'a second page was requested'
      );
      assert.ok(searches.every((url) => url.searchParams.get('exclude') === ids.weather));
      assert.ok(searches.every((url) => url.searchParams.get('locale') === 'en'));

      const [found] = await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).searchParams.get('q') === 'tram'),
        combobox.pressSequentially('tram', { delay: 40 }),
      ]);
      const titles: string[] = (await found.json()).data.map((candidate: { title: string }) => candidate.title);
      assert.ok(titles.length > 0 && titles.every((title) => /tram/i.test(title)), titles.join(' | '));
      await eventually(async () => assert.equal(await options.count(), titles.length));
      // Typing is debounced: one request for the whole word, not one a letter.
      assert.equal(searches.filter((url) => ['t', 'tr', 'tra'].includes(url.searchParams.get('q') ?? '')).length, 0);
      await page.keyboard.press('Escape');
    });
  });

  it('counts the summary while the editor types', async () => {
    const count = summaryPanel().getByTestId('newsroom-summary-count');
    await summaryField().fill('');
    await waitForText(count, '0 / 600 characters');
    await waitForText(
      summaryPanel().getByTestId('newsroom-summary-source'),
      'The summary is empty: readers get an automatic summary of the body.'
    );
    await summaryField().pressSequentially('Storms');
    await waitForText(count, '6 / 600 characters');
    await summaryField().pressSequentially(' on Friday night.');
    await waitForText(count, '23 / 600 characters');
    await waitForText(summaryPanel().getByTestId('newsroom-summary-source'), 'Readers get your summary.');
  });

  it('links an article that is linked nowhere else at once, keeping unsaved form changes', async () => {
    await pick('previous', 'Letters', TITLES.letters);
    await neighborLink(TITLES.letters).waitFor();
    assert.equal(await page.getByRole('alertdialog').count(), 0, 'no confirmation for a free article');

    assert.deepEqual(await rest.links(ids.weather, 'draft'), { previous: TITLES.letters, next: null });
    assert.deepEqual(await rest.links(ids.letters, 'draft'), { previous: null, next: TITLES.weather });
    // The form was not reset by the panel's change: the summary typed above is still there.
    assert.equal(await summaryField().inputValue(), 'Storms on Friday night.');
  });

  it('asks before taking an article from its place, and changes nothing when cancelled', async () => {
    await pick('next', 'Night tests', TITLES.nightTests);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    assert.match(
      await dialog.innerText(),
      /“Night tests: the first tram on the tracks” currently follows “The bridge problem, and how it was solved”\. Linking it here will detach it from “The bridge problem, and how it was solved”\./
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    assert.deepEqual(await rest.links(ids.weather, 'draft'), { previous: TITLES.letters, next: null });
    assert.deepEqual(await rest.links(ids.bridge, 'draft'), {
      previous: 'Breaking ground at the old docks',
      next: TITLES.nightTests,
    });
    assert.equal(await readingOrder().getByText('None', { exact: true }).count(), 1);
  });

  it('moves the article once the editor confirms', async () => {
    await pick('next', 'Night tests', TITLES.nightTests);
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Link anyway' }).click();
    await dialog.waitFor({ state: 'detached' });
    await neighborLink(TITLES.nightTests).waitFor();

    assert.deepEqual(await rest.links(ids.weather, 'draft'), { previous: TITLES.letters, next: TITLES.nightTests });
    assert.deepEqual(await rest.links(ids.nightTests, 'draft'), { previous: TITLES.weather, next: TITLES.openingDay });
    assert.equal((await rest.links(ids.bridge, 'draft')).next, null);

    // The preview: two before, the edited article, two after.
    const rows = await readingOrder().locator('ol > li').allTextContents();
    assert.deepEqual(rows, [TITLES.letters, TITLES.weather, TITLES.nightTests, TITLES.openingDay, '… later articles']);

    const links = readingOrder().getByRole('link');
    assert.equal(
      await neighborLink(TITLES.nightTests).getAttribute('href'),
      `/admin/content-manager/collection-types/plugin::newsroom.article/${ids.nightTests}?plugins[i18n][locale]=en`
    );
    assert.equal(await links.count(), 2);
    await readingOrder().screenshot({ path: path.join(SCREENSHOTS, 'reading-order-panel.png') });
  });

  it('refuses a link that would close a loop, says why, and changes nothing', async () => {
    // Weather -> Night tests -> Opening day -> One year on: "One year on" before Weather closes the loop.
    await pick('previous', 'One year on', TITLES.oneYearOn);
    const alert = readingOrder().getByRole('alert');
    await alert.filter({ hasText: 'This link would make the reading order loop back to this article.' }).waitFor();
    assert.equal(await page.getByRole('alertdialog').count(), 0);

    assert.deepEqual(await rest.links(ids.weather, 'draft'), { previous: TITLES.letters, next: TITLES.nightTests });
    assert.equal((await rest.links(ids.oneYearOn, 'draft')).next, 'What comes next: the northern extension');
    await neighborLink(TITLES.letters).waitFor();
    await readingOrder().getByRole('button', { name: 'Close' }).click();
  });

  it('unlinks with Remove', async () => {
    await readingOrder().getByRole('button', { name: 'Remove the previous article' }).click();
    await neighborLink(TITLES.letters).waitFor({ state: 'detached' });

    assert.deepEqual(await rest.links(ids.weather, 'draft'), { previous: null, next: TITLES.nightTests });
    assert.equal((await rest.links(ids.letters, 'draft')).next, null);
  });

  it("keeps the form's own previous/next fields in step with the panel", async () => {
    // Relation fields label themselves with how many articles they hold.
    await page.getByText('nextArticle (1)', { exact: true }).waitFor();
    await page.getByText('previousArticle', { exact: true }).waitFor();
    assert.equal(await page.getByText('previousArticle (1)', { exact: true }).count(), 0);
  });

  it('suggests a summary from the body and writes it into the form when accepted', async () => {
    await summaryPanel().getByRole('button', { name: 'Suggest summary' }).click();
    const suggested = summaryPanel().getByRole('region', { name: 'Suggested summary' });
    await suggested.waitFor();
    const marks = suggested.getByTestId('newsroom-suggestion-sentence');
    suggestion = (await marks.allTextContents()).join(' ');
    assert.ok(suggestion.length > 20, `a suggestion was shown: "${suggestion}"`);

    // Each sentence is highlighted with its place in the body: the places the engine gives for the form's body and title.
    const { title, body } = await rest.draft(ids.weather);
    const positions = summarize(body, { locale: 'en', maxLength: 600, title }).sentences.map((sentence) => sentence.index + 1);
    assert.deepEqual(
      await marks.evaluateAll((elements) => elements.map((element) => element.getAttribute('title'))),
      positions.map((position) => `Sentence ${position} of the body`)
    );
    const last = positions[positions.length - 1];
    const listed =
      positions.length === 1
        ? `sentence ${last}`
        : `sentences ${positions.length === 2 ? positions[0] : `${positions.slice(0, -1).join(', ')},`} and ${last}`;
    await waitForText(suggested.getByTestId('newsroom-suggestion-sources'), `Built from ${listed} of the body (highlighted).`);
    await summaryPanel().screenshot({ path: path.join(SCREENSHOTS, 'summary-panel.png') });

    await suggested.getByRole('button', { name: 'Use this summary' }).click();
    await suggested.waitFor({ state: 'detached' });
    assert.equal(await summaryField().inputValue(), suggestion);
    await waitForText(summaryPanel().getByTestId('newsroom-summary-count'), `${suggestion.length} / 600 characters`);
  });

  it("saves and publishes the form without undoing or repeating the panel's links", async () => {
    const documentPath = `/content-manager/collection-types/plugin::newsroom.article/${ids.weather}`;

    const [saveRequest] = await Promise.all([
      page.waitForRequest((request) => request.method() === 'PUT' && new URL(request.url()).pathname === documentPath),
      page.getByRole('button', { name: 'Save' }).click(),
    ]);
    assert.equal((await saveRequest.response())?.status(), 200);
    // What the Content Manager sends for relation fields the editor did not touch: empty diffs, so nothing to undo.
    const saved = saveRequest.postDataJSON();
    assert.deepEqual(saved.previousArticle, NO_CHANGE);
    assert.deepEqual(saved.nextArticle, NO_CHANGE);
    assert.deepEqual(await rest.links(ids.weather, 'draft'), { previous: null, next: TITLES.nightTests });
    assert.equal(await rest.summary(ids.weather, 'draft'), suggestion);

    const [publishRequest] = await Promise.all([
      page.waitForRequest(
        (request) => request.method() === 'POST' && new URL(request.url()).pathname === `${documentPath}/actions/publish`
      ),
      page.getByRole('button', { name: 'Publish' }).click(),
    ]);
    assert.equal((await publishRequest.response())?.status(), 200);
    assert.deepEqual(publishRequest.postDataJSON().nextArticle, NO_CHANGE);

    assert.deepEqual(await rest.links(ids.weather, 'published'), { previous: null, next: TITLES.nightTests });
    assert.equal((await rest.links(ids.nightTests, 'published')).previous, TITLES.weather);
    assert.equal(await rest.summary(ids.weather, 'published'), suggestion);
    // Nothing was linked twice or dropped on the draft side either.
    assert.deepEqual(await rest.links(ids.weather, 'draft'), { previous: null, next: TITLES.nightTests });
    assert.deepEqual(await rest.links(ids.nightTests, 'draft'), { previous: TITLES.weather, next: TITLES.openingDay });
  });

  it('shows the same reading order after a reload', async () => {
    await page.reload();
    await neighborLink(TITLES.nightTests).waitFor();
    assert.equal(await readingOrder().getByText('None', { exact: true }).count(), 1);
    const rows = await readingOrder().locator('ol > li').allTextContents();
    assert.deepEqual(rows, [TITLES.weather, TITLES.nightTests, TITLES.openingDay, '… later articles']);
    // Night tests is published, and the badge says so.
    await readingOrder().getByText('Published', { exact: true }).first().waitFor();
  });

  it('is read-only for an editor who may not change the reading order', async () => {
    const credentials = await createProofreader(playground.baseUrl, adminJwt);
    const context = await browser.newContext({ viewport: { width: 1440, height: 1400 } });
    try {
      const proofreader = await context.newPage();
      proofreader.setDefaultTimeout(15_000);
      await logIn(proofreader, playground.baseUrl, credentials);
      await proofreader.goto(articleUrl(playground.baseUrl, ids.weather));
      const ownPanel = panel(proofreader, 'Reading order');
      await ownPanel.getByText('You can see the reading order but not change it.').waitFor();
      await ownPanel.getByRole('link', { name: `Open “${TITLES.nightTests}” in the Content Manager` }).waitFor();
      assert.equal(await ownPanel.getByRole('combobox').count(), 0);
      assert.equal(await ownPanel.getByRole('button', { name: /Remove/ }).count(), 0);
    } finally {
      await context.close();
    }
  });

  it('explains on a new article that links come after the first save', async () => {
    await page.goto(
      `${playground.baseUrl}/admin/content-manager/collection-types/plugin::newsroom.article/create?plugins[i18n][locale]=en`
    );
    await readingOrder().getByText('Links to the previous and next articles can be set after the first save.').waitFor();
    assert.equal(await readingOrder().getByRole('combobox').count(), 0);
    await waitForText(summaryPanel().getByTestId('newsroom-reading-time'), 'No body text yet');
  });

  it('warns when the body changed substantially after the summary was written, until the summary is edited', async () => {
    const statusLoaded = () =>
      page.waitForResponse((response) => new URL(response.url()).pathname.endsWith(`/${ids.letters}/summary-status`));
    const stale = () => summaryPanel().getByTestId('newsroom-summary-stale');

    await Promise.all([statusLoaded(), page.goto(articleUrl(playground.baseUrl, ids.letters))]);
    await summaryField().fill('Readers write about parking in the old town.');
    // Saving stores the summary with the fingerprint of the body it was written against; the panel reads it again.
    await Promise.all([statusLoaded(), page.getByRole('button', { name: 'Save' }).click()]);
    assert.equal(await stale().count(), 0);

    // A typo fixed is not a substantial change; a body rewritten is.
    const readingTime = summaryPanel().getByTestId('newsroom-reading-time');
    const words = Number((await readingTime.textContent())?.match(/\((\d+) words\)/)?.[1]);
    const editor = page.locator('[data-slate-editor="true"]');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Indeed.');
    // The panel has seen the edit once it counts the extra word.
    await waitForText(readingTime, `1 minute (${words + 1} words)`);
    assert.equal(await stale().count(), 0);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('The harbour festival returns in June with boats from twelve countries and music on every quay.');
    await waitForText(stale(), 'The body changed after this summary was written. Check that it still fits.');

    // Rewriting the summary is writing it against the new body.
    await summaryField().fill('The harbour festival returns in June.');
    await stale().waitFor({ state: 'detached' });
  });
});
