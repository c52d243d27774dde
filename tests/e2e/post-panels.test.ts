/**
 * The side panels on a site's own content type: the playground's `api::post.post`
 * (not localized; `headline`, a `description` of at most 80 characters, a dynamic
 * zone `content`, link fields `previousPost` / `nextPost`), configured through the
 * plugin's `contentTypes` option. The panels must read that type's fields, name the
 * type in every request, and send no locale.
 *
 * The tests run in order on two posts they create.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page, Request } from 'playwright-core';

import { adminLogin, createApiToken, POSTS, RestClient } from './support/api';
import { editUrl, neighborLink, openAdmin, panel, pickNeighbor, waitForText } from './support/browser';
import { startPlayground, type Playground } from './support/playground';

const POST_UID = 'api::post.post';

const FERRY = {
  headline: 'Ferry timetable: boats every forty minutes from April',
  slug: 'e2e-ferry-timetable',
  description: '',
  content: [
    {
      __component: 'blog.rich-text',
      body:
        'The ferry to the islands will leave every forty minutes from the first of April. ' +
        'The harbour office says the new boats are faster and use less fuel.\n\n' +
        'Tickets bought before March stay valid until the end of the summer.',
    },
    // A quote holds someone else's words: not counted, not summarized.
    { __component: 'blog.quote', title: 'Harbour master', body: 'We have waited ten years for these boats, and now they are here.' },
    { __component: 'blog.media' },
    { __component: 'blog.rich-text', body: 'Cyclists can take their bikes on board at no extra cost.' },
  ],
};
/** The words of FERRY's two rich-text components (40 and 11); the quote's are left out. */
const FERRY_WORDS = 51;

const PIER = {
  headline: 'A new pier for the fishing fleet',
  slug: 'e2e-fishing-pier',
  description: 'Work on the pier starts in June.',
  content: [{ __component: 'blog.rich-text', body: 'Work on the new pier starts in June. The fleet moves there in the autumn.' }],
};

/** The `description` attribute's own limit, which the panel shows instead of the plugin-wide `summary.maxLength`. */
const DESCRIPTION_MAX = 80;

describe('post edit view: the panels on a content type of the site', () => {
  let playground: Playground;
  let browser: Browser;
  let page: Page;
  let rest: RestClient;
  const ids = { ferry: '', pier: '' };

  const readingOrder = () => panel(page, 'Reading order');
  const summaryPanel = () => panel(page, 'Summary');
  const descriptionField = () => page.getByRole('textbox', { name: 'description', exact: true });

  before(async () => {
    playground = await startPlayground({ NEWSROOM_SUMMARY_MAX_LENGTH: '600', NEWSROOM_WORDS_PER_MINUTE: '230' });
    const adminJwt = await adminLogin(playground.baseUrl);
    rest = new RestClient(playground.baseUrl, await createApiToken(playground.baseUrl, adminJwt), POSTS);
    ids.ferry = await rest.create(FERRY);
    ids.pier = await rest.create(PIER);
    ({ browser, page } = await openAdmin(playground.baseUrl));
  });

  after(async () => {
    await browser?.close();
    await playground?.stop();
  });

  it("shows both panels, counting the words of the dynamic zone's text components", async () => {
    await page.goto(editUrl(playground.baseUrl, POST_UID, ids.ferry));
    await waitForText(readingOrder().locator('li[aria-current="true"]'), FERRY.headline);
    assert.equal(await readingOrder().getByText('None', { exact: true }).count(), 2);
    await waitForText(summaryPanel().getByTestId('newsroom-reading-time'), `1 minute (${FERRY_WORDS} words)`);
    await waitForText(summaryPanel().getByTestId('newsroom-summary-count'), `0 / ${DESCRIPTION_MAX} characters`);
  });

  it("links two posts from the panel, naming the type and no locale, and the form's link field follows", async () => {
    const requests: Request[] = [];
    const onRequest = (request: Request) => {
      if (new URL(request.url()).pathname.startsWith('/newsroom/')) requests.push(request);
    };
    page.on('request', onRequest);
    try {
      await pickNeighbor(page, 'next', 'fishing fleet', PIER.headline);
      await neighborLink(page, PIER.headline).waitFor();
    } finally {
      page.off('request', onRequest);
    }

    assert.deepEqual(await rest.links(ids.ferry, 'draft'), { previous: null, next: PIER.headline });
    assert.deepEqual(await rest.links(ids.pier, 'draft'), { previous: FERRY.headline, next: null });

    const urls = requests.map((request) => new URL(request.url()));
    assert.ok(
      urls.some((url) => url.pathname === '/newsroom/articles/search'),
      'candidates were searched'
    );
    assert.ok(
      urls.some((url) => url.pathname === `/newsroom/articles/${ids.ferry}/links`),
      'the links were changed'
    );
    for (const url of urls.filter((candidate) => candidate.pathname !== '/newsroom/settings')) {
      assert.equal(url.searchParams.get('type'), POST_UID, url.href);
      assert.equal(url.searchParams.has('locale'), false, url.href);
    }
    for (const request of requests.filter((candidate) => candidate.method() === 'PUT')) {
      assert.equal(request.postDataJSON().locale, undefined);
    }

    // A post's edit view has no locale to name.
    assert.equal(
      await neighborLink(page, PIER.headline).getAttribute('href'),
      `/admin/content-manager/collection-types/${POST_UID}/${ids.pier}`
    );
    assert.deepEqual(await readingOrder().locator('ol > li').allTextContents(), [FERRY.headline, PIER.headline]);
    // Relation fields label themselves with how many posts they hold.
    await page.getByText('nextPost (1)', { exact: true }).waitFor();
  });

  it("counts the description against the field's own limit of 80 characters", async () => {
    const count = summaryPanel().getByTestId('newsroom-summary-count');
    await descriptionField().fill('Boats every forty minutes.');
    await waitForText(count, `26 / ${DESCRIPTION_MAX} characters`);
    await waitForText(summaryPanel().getByTestId('newsroom-summary-source'), 'Readers get your summary.');
    // 86 characters: fine for the plugin-wide limit of 600, too long for this field.
    await descriptionField().fill('Boats leave every forty minutes from the first of April, and cyclists travel for free.');
    await waitForText(count, `86 / ${DESCRIPTION_MAX} characters`);
    await summaryPanel().getByText('6 characters over the limit.', { exact: true }).waitFor();
    await descriptionField().fill('');
    await waitForText(count, `0 / ${DESCRIPTION_MAX} characters`);
  });

  it('suggests a summary that fits the description, from the text components only, and writes it into the form', async () => {
    await summaryPanel().getByRole('button', { name: 'Suggest summary' }).click();
    const suggested = summaryPanel().getByRole('region', { name: 'Suggested summary' });
    await suggested.waitFor();
    const suggestion = (await suggested.getByTestId('newsroom-suggestion-sentence').allTextContents()).join(' ');
    assert.ok(suggestion.length > 20 && suggestion.length <= DESCRIPTION_MAX, `"${suggestion}"`);
    assert.doesNotMatch(suggestion, /waited ten years/, 'the quote is not summarized');

    await suggested.getByRole('button', { name: 'Use this summary' }).click();
    await suggested.waitFor({ state: 'detached' });
    assert.equal(await descriptionField().inputValue(), suggestion);
    await waitForText(summaryPanel().getByTestId('newsroom-summary-count'), `${suggestion.length} / ${DESCRIPTION_MAX} characters`);

    // Saving stores the description with the fingerprint of the body; the panel reads both again.
    const [saved] = await Promise.all([
      page.waitForResponse(
        (response) =>
          response.request().method() === 'PUT' &&
          new URL(response.url()).pathname === `/content-manager/collection-types/${POST_UID}/${ids.ferry}`
      ),
      page.waitForResponse((response) => new URL(response.url()).pathname === `/newsroom/articles/${ids.ferry}/summary-status`),
      page.getByRole('button', { name: 'Save' }).click(),
    ]);
    assert.equal(saved.status(), 200);
    assert.equal(await rest.summary(ids.ferry, 'draft'), suggestion);
    assert.deepEqual(await rest.links(ids.ferry, 'draft'), { previous: null, next: PIER.headline });
  });

  it('warns when the text components changed substantially after the description was written, until it is rewritten', async () => {
    const stale = () => summaryPanel().getByTestId('newsroom-summary-stale');
    // The body the form holds is the one just saved: the panel reads it as the server did.
    assert.equal(await stale().count(), 0);

    await page.getByRole('button', { name: 'Rich text' }).first().click();
    await page.locator('.CodeMirror').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('The harbour festival returns in June with boats from twelve countries and music on every quay.');
    await waitForText(stale(), 'The body changed after this summary was written. Check that it still fits.');

    await descriptionField().fill('The harbour festival returns in June.');
    await stale().waitFor({ state: 'detached' });
  });

  it('shows no panel on a content type the plugin does not serve', async () => {
    const [settings] = await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname === '/newsroom/settings'),
      page.goto(`${playground.baseUrl}/admin/content-manager/collection-types/plugin::users-permissions.user/create`),
    ]);
    const served: string[] = (await settings.json()).data.contentTypes.map((type: { uid: string }) => type.uid);
    assert.ok(served.includes(POST_UID) && !served.includes('plugin::users-permissions.user'), served.join(', '));
    await page.getByRole('button', { name: 'Save' }).waitFor();
    // Nothing to wait for when nothing should appear: give the settings time to reach the panels.
    await page.waitForTimeout(1_000);
    assert.equal(await readingOrder().count(), 0);
    assert.equal(await summaryPanel().count(), 0);
  });
});
