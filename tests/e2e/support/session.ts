/**
 * The browser and pages of one test file: one Chromium for the file, a fresh context per page, and
 * every page closed after its test, so no test sees another's state.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { waitForApp } from './app.ts';
import { DESKTOP, launchBrowser, openPage } from './browser.ts';
import type { OpenedPage, PreparePage, Viewport } from './browser.ts';

/**
 * Opens `path` (e.g. `?event=x`) in a fresh context, without waiting for anything; `prepare` runs
 * before the page navigates.
 */
export type OpenPage = (
  path?: string,
  viewport?: Viewport,
  prepare?: PreparePage,
) => Promise<OpenedPage>;

/** Opens the app at `path` (e.g. `?event=x`) and waits for its events to be drawn. */
export type OpenApp = OpenPage;

/** One test file's browser and its page opener. */
export interface BrowserSession {
  /** Opens `path` (e.g. `?event=x`) in a fresh context, without waiting for anything. */
  open: OpenPage;
  /** The file's browser, for contexts the opener does not make (file:// pages, other media). */
  browser: () => Browser;
}

/**
 * Registers the file's hooks (one browser for the file, every page closed after its test); call
 * once at the top of a test file.
 */
export function browserSession(): BrowserSession {
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
  const started = (): Browser => {
    if (!browser) throw new Error('The browser did not start');
    return browser;
  };
  return {
    browser: started,
    open: async (path = '', viewport = DESKTOP, prepare) => {
      const opened = await openPage(started(), baseURL, path, viewport, prepare);
      pages.push(opened);
      return opened;
    },
  };
}

/**
 * A page opener that waits for nothing: for pages that draw no events (an error screen, a
 * slide, an article with embeds). Registers the file's hooks; call once per file.
 */
export function pageOpener(): OpenPage {
  return browserSession().open;
}

/** Like pageOpener, but each page is ready only once the timeline's events are drawn. */
export function appOpener(): OpenApp {
  const openRaw = pageOpener();
  return async (path = '', viewport = DESKTOP, prepare) => {
    const opened = await openRaw(path, viewport, prepare);
    await waitForApp(opened.page);
    return opened;
  };
}

/** Waits for a state, not a time: long enough for a loaded CI machine, never asserted. */
export function poll<T>(read: () => Promise<T>, message?: string) {
  return expect.poll(read, { timeout: 10_000, ...(message === undefined ? {} : { message }) });
}
