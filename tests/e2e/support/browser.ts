import { chromium, type Browser, type Locator, type Page, type Request } from 'playwright-core';

import { ADMIN } from './api';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

/**
 * A browser and a page logged in to the admin, wide enough for the Content Manager's
 * desktop layout, where panels sit beside the form (`deviceScaleFactor` 2 for screenshots).
 */
export const openAdmin = async (baseUrl: string, deviceScaleFactor = 1): Promise<{ browser: Browser; page: Page }> => {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1440, height: 1400 }, deviceScaleFactor });
  page.setDefaultTimeout(15_000);
  await logIn(page, baseUrl);
  return { browser, page };
};

/** Logs in through the admin's login form. */
export const logIn = async (page: Page, baseUrl: string, credentials = ADMIN) => {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
};

/** The Content Manager's edit view of a document; `locale` only for a localized type. */
export const editUrl = (baseUrl: string, uid: string, documentId: string, locale?: string) =>
  `${baseUrl}/admin/content-manager/collection-types/${uid}/${documentId}${locale ? `?plugins[i18n][locale]=${locale}` : ''}`;

export const articleUrl = (baseUrl: string, documentId: string, locale = 'en') =>
  editUrl(baseUrl, 'plugin::newsroom.article', documentId, locale);

/**
 * One edit-view side panel, found by its title. Matched by text, not by role:
 * an open combobox hides the rest of the page from the accessibility tree.
 */
export const panel = (page: Page, title: string): Locator =>
  page.locator('aside').filter({ has: page.locator('h2', { hasText: new RegExp(`^${title}$`) }) });

/** Picks an article in the Reading order panel's "Set previous" / "Set next" by typing part of its title. */
export const pickNeighbor = async (page: Page, side: 'previous' | 'next', search: string, title: string) => {
  const combobox = panel(page, 'Reading order').getByRole('combobox', { name: side === 'previous' ? 'Set previous' : 'Set next' });
  await combobox.click();
  await combobox.fill(search);
  await page.getByRole('option', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
};

/** The Reading order panel's link to a neighbor, which opens it in the Content Manager. */
export const neighborLink = (page: Page, title: string): Locator =>
  panel(page, 'Reading order').getByRole('link', { name: `Open “${title}” in the Content Manager` });

/** Waits until the locator's text is exactly `text` (whitespace trimmed). */
export const waitForText = async (locator: Locator, text: string, timeout = 10_000) => {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = ((await locator.textContent({ timeout }).catch(() => null)) ?? '').trim();
    if (last === text) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`expected text "${text}", last saw "${last}"`);
};

/** Retries an assertion until it holds (the server and the admin settle asynchronously). */
export const eventually = async <T>(check: () => Promise<T>, timeout = 10_000): Promise<T> => {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
};

/** Runs `steps`, handing them the URLs of the requests the page sends to `pathname` meanwhile, as they go out. */
export const watchingRequests = async (page: Page, pathname: string, steps: (sent: URL[]) => Promise<void>) => {
  const sent: URL[] = [];
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname === pathname) sent.push(url);
  };
  page.on('request', onRequest);
  try {
    await steps(sent);
  } finally {
    page.off('request', onRequest);
  }
};
