/**
 * Launches the system Chromium and opens pages that record everything a clean page must not do:
 * console errors and warnings, uncaught errors, failed requests and requests to other origins.
 */
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { findChromium } from './findChromium.ts';

/**
 * Flags for a closed network: without the background-networking ones, Chromium keeps trying to
 * reach Google and those refused connections flood the logs.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts headless Chromium (Playwright gives it a fresh, empty profile). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/** A page and what it did that a test may want to forbid. */
export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** `error` and `warning` console messages, as `type: text (url)`. */
  consoleProblems: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** Requests that failed at the network level or were answered with a status of 400 or more. */
  failedRequests: string[];
  /** Requests to any origin but the server's (data: and blob: URLs are local and allowed). */
  foreignRequests: string[];
  close: () => Promise<void>;
}

/** Viewport size in CSS pixels. */
export interface Viewport {
  width: number;
  height: number;
}

export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 390, height: 844 };

function isLocalScheme(url: string): boolean {
  return url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:');
}

/** Runs on a new page before it navigates: to route (block, delay) its requests, for example. */
export type PreparePage = (page: Page) => Promise<unknown>;

/** Opens `path` (relative to `baseURL`, e.g. `?event=x`) in a new context of the given size. */
export async function openPage(
  browser: Browser,
  baseURL: string,
  path: string,
  viewport: Viewport = DESKTOP,
  prepare?: PreparePage,
): Promise<OpenedPage> {
  const origin = new URL(baseURL).origin;
  // Reduced motion: smooth scrolls and transitions end at once, so assertions wait less.
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  // Shorter than the test timeout, so a missing element fails with Playwright's own clear message.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const opened: OpenedPage = {
    page,
    context,
    consoleProblems: [],
    pageErrors: [],
    failedRequests: [],
    foreignRequests: [],
    close: () => context.close(),
  };
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warning') {
      const { url } = message.location();
      opened.consoleProblems.push(`${type}: ${message.text()}${url ? ` (${url})` : ''}`);
    }
  });
  page.on('pageerror', (error) => opened.pageErrors.push(error.stack ?? error.message));
  // How many times the page has begun to navigate, and in which of its documents each request
  // began: a navigation cuts short the requests still under way in the document it leaves. Until
  // the new document commits, requests still come from the one being left (a chunk it loads
  // when idle, say).
  let navigations = 0;
  let leaving = false;
  const startedIn = new WeakMap<Request, number>();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      navigations++;
      leaving = true;
    } else startedIn.set(request, leaving ? navigations - 1 : navigations);
    const url = request.url();
    if (!isLocalScheme(url) && new URL(url).origin !== origin) opened.foreignRequests.push(url);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) leaving = false;
  });
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? 'failed';
    // Aborted because the test navigated away (a chunk the page loads when idle, say): not the
    // page's failure. Any other failure, and an abort within one document, still counts.
    const left = (startedIn.get(request) ?? navigations) < navigations;
    if (failure === 'net::ERR_ABORTED' && left) return;
    opened.failedRequests.push(`${request.url()}: ${failure}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      opened.failedRequests.push(`${response.url()}: ${response.status()}`);
  });
  await prepare?.(page);
  const address = new URL(path, baseURL);
  await page.goto(address.href, { waitUntil: 'load' });
  if (startsAfterPaint(address)) await appStarted(page);
  return opened;
}

/**
 * Whether `address` is the app's page at its own address, where the app's script is asked for
 * only once the prerendered page is painted (src/app/loading/prefetch.js), which can be after
 * the page's `load` event: its controls are drawn, and a click on a button is kept until the
 * script has run (src/app/earlyClicks.ts), but tests act on the app itself.
 */
function startsAfterPaint(address: URL): boolean {
  return address.search === '' && /\/(index\.html)?$/.test(address.pathname);
}

/**
 * Until the app's script has run and mounted the app, as a reader would wait for it: its first
 * act is to set the design tokens on the root element (src/main.tsx), and it mounts in the same
 * task once the page is parsed.
 */
async function appStarted(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.documentElement.style.getPropertyValue('--font') !== '' &&
      document.readyState !== 'loading',
  );
}
