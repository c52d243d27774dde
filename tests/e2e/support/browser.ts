import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

import { ADMIN } from './api';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

/** Logs in through the admin's login form. */
export const logIn = async (page: Page, baseUrl: string, credentials = ADMIN) => {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
};

export const articleUrl = (baseUrl: string, documentId: string, locale = 'en') =>
  `${baseUrl}/admin/content-manager/collection-types/plugin::newsroom.article/${documentId}?plugins[i18n][locale]=${locale}`;

/**
 * One edit-view side panel, found by its title. Matched by text, not by role:
 * an open combobox hides the rest of the page from the accessibility tree.
 */
export const panel = (page: Page, title: string): Locator =>
  page.locator('aside').filter({ has: page.locator('h2', { hasText: new RegExp(`^${title}$`) }) });

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
