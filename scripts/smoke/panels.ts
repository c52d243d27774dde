/**
 * The edit view's side panels in Chromium: an admin logs in through the form and opens
 * the first article. Each panel must show its title and what it loaded from the plugin's
 * admin routes (the linked next article, the series state, the reading time), so a panel
 * that renders but cannot talk to the server fails too.
 */
import path from 'node:path';

import { chromium, type Page } from 'playwright-core';

import { ADMIN, FORWARDED_HTTPS, type SiteContent } from './content';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT_MS = 30_000;

/** The panels' titles and a string each shows once its data has loaded (admin/src/translations/en.json). */
const PANELS = (nextTitle: string) => [
  { title: 'Reading order', loaded: (page: Page) => page.getByRole('link', { name: `Open “${nextTitle}” in the Content Manager` }) },
  { title: 'Series', loaded: (page: Page) => page.getByText('This article is in no series.', { exact: true }) },
  { title: 'Summary', loaded: (page: Page) => page.getByTestId('newsroom-reading-time') },
];

/**
 * Strapi 5.2x and later greet a new admin with a guided tour; it overlays the page. Its
 * state lives in local storage, so a tour skipped once stays skipped. Best effort: a
 * version without a tour has no such button.
 */
const skipGuidedTour = async (page: Page) => {
  const skip = page.getByRole('button', { name: /^Skip/ });
  if (
    await skip
      .first()
      .isVisible()
      .catch(() => false)
  )
    await skip
      .first()
      .click()
      .catch(() => undefined);
};

export const checkPanels = async (baseUrl: string, { first, second }: SiteContent, logDir: string): Promise<string> => {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const screenshot = path.join(logDir, 'panels.png');
  const page = await browser.newPage({ viewport: { width: 1440, height: 1400 }, extraHTTPHeaders: FORWARDED_HTTPS });
  page.setDefaultTimeout(TIMEOUT_MS);
  try {
    await page.goto(`${baseUrl}/admin/auth/login`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForURL((url) => !url.pathname.includes('/auth/'));
    await skipGuidedTour(page);

    await page.goto(
      `${baseUrl}/admin/content-manager/collection-types/plugin::newsroom.article/${first.documentId}?plugins[i18n][locale]=en`
    );
    await page.getByRole('textbox', { name: 'title' }).waitFor();
    await skipGuidedTour(page);
    for (const { title, loaded } of PANELS(second.title)) {
      await loaded(page)
        .first()
        .waitFor()
        .catch(() => {
          throw new Error(`the "${title}" panel did not show its data within ${TIMEOUT_MS / 1000} s (screenshot: ${screenshot})`);
        });
      if ((await page.getByText(title, { exact: true }).count()) === 0)
        throw new Error(`no "${title}" panel title (screenshot: ${screenshot})`);
    }
    await page.screenshot({ path: screenshot });
    return screenshot;
  } catch (error) {
    await page.screenshot({ path: screenshot }).catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
  }
};
