/**
 * The browser and pages of one test file: one Chromium for the file, a fresh context per page, and
 * every page closed after its test, so no test sees another's state.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { waitForApp } from './app.ts';
import { DESKTOP, launchBrowser, openPage } from './browser.ts';
import type { OpenedPage, Viewport } from './browser.ts';

/** Opens the app at `path` (e.g. `?event=x`) and waits for its events to be drawn. */
export type OpenApp = (path?: string, viewport?: Viewport) => Promise<OpenedPage>;

/** Registers the file's hooks; call once at the top of a test file. */
export function appOpener(): OpenApp {
  const baseURL = inject('baseURL');
  let browser: Browser | undefined;
  const pages: OpenedPage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((opened) => opened.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (path = '', viewport = DESKTOP) => {
    if (!browser) throw new Error('The browser did not start');
    const opened = await openPage(browser, baseURL, path, viewport);
    pages.push(opened);
    await waitForApp(opened.page);
    return opened;
  };
}

/** Waits for a state, not a time: long enough for a loaded CI machine, never asserted. */
export function poll<T>(read: () => Promise<T>, message?: string) {
  return expect.poll(read, { timeout: 10_000, ...(message === undefined ? {} : { message }) });
}
