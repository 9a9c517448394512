/**
 * The default page's download budget: the JS and CSS that dist/index.html loads before
 * the timeline can draw, gzipped, must stay within the 90 KB budget (KB = 1024 bytes, as in
 * docs/performance.md, which has the breakdown by package). React and react-dom are about half of
 * it, which is why the app uses React 18 (docs/performance.md, "Why React 18"). The embed's own
 * budget is size.e2e.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { initialDownload } from '../../bench/initialDownload.ts';
import { COMPILE_HINT, HINTED_FROM } from '../../build/compileHintsPlugin.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { DIST_DIR } from './support/server.ts';

/** What the default page may weigh, JS + CSS gzipped: the performance target (docs/performance.md). */
const BUDGET_BYTES = 90 * 1024;

const baseURL = inject('baseURL');
const download = initialDownload(DIST_DIR);
const report = download.files.map((f) => `${f.file}: ${f.gzipBytes} B`).join(', ');

describe('the default page download', () => {
  it(`is within the budget of ${BUDGET_BYTES / 1024} KB gzipped`, () => {
    expect(download.files.some((f) => f.file.endsWith('.js'))).toBe(true);
    // The style sheet and the prefetch script are inline (build/startupPlugin.ts,
    // build/prefetchPlugin.ts), and counted all the same.
    expect(download.files.some((f) => f.file.endsWith('.css') && f.inline)).toBe(true);
    expect(download.files.some((f) => f.file.endsWith('.js') && f.inline)).toBe(true);
    expect(download.totalGzip, `${download.totalGzip} B in all (${report})`).toBeLessThanOrEqual(
      BUDGET_BYTES,
    );
  });
});

describe('the compile hint (build/compileHintsPlugin.ts)', () => {
  const startsWithHint = (file: string) =>
    readFileSync(join(DIST_DIR, file), 'utf8').startsWith(`${COMPILE_HINT}\n`);

  it('heads every script of the initial download long enough for it, on its first line', () => {
    const scripts = download.files
      .filter((f) => f.file.endsWith('.js') && f.bytes >= HINTED_FROM)
      .map((f) => f.file);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((file) => !startsWithHint(file))).toEqual([]);
  });

  it('heads no chunk loaded on demand', () => {
    // Initial to some page: the app's, the studio's or an example host's.
    const pages = [
      'index.html',
      'studio.html',
      'examples/article.html',
      'examples/pym.html',
      'examples/amp.html',
    ];
    const initial = new Set(
      pages.flatMap((page) => initialDownload(DIST_DIR, page).files.map((f) => f.file)),
    );
    const onDemand = readdirSync(join(DIST_DIR, 'assets'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => `assets/${name}`)
      .filter((file) => !initial.has(file));
    expect(onDemand.length).toBeGreaterThan(0);
    expect(onDemand.filter(startsWithHint)).toEqual([]);
  });
});

describe('the files measured', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('are exactly the scripts and style sheets the page fetches before it starts', async () => {
    if (!browser) throw new Error('The browser did not start');
    // When the app's script ran: its first act is to set the design tokens on the root element
    // (src/main.tsx), seen here once that script's synchronous part is done.
    const opened = await openPage(browser, baseURL, '', undefined, (page) =>
      page.addInitScript(() => {
        // Before the page is parsed: there is no root element yet.
        new MutationObserver((_, observer) => {
          if (document.documentElement.style.getPropertyValue('--font') === '') return;
          (window as unknown as { appRan: number }).appRan = performance.now();
          observer.disconnect();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
      }),
    );
    try {
      const { page } = opened;
      await page.getByRole('list', { name: /events in time order/ }).waitFor();
      // A module script runs once it and every module it imports have arrived, so everything
      // fetched by then is what the app needs to start; chunks it imports on demand (zoom,
      // dialogs) come after. (The page names no module script: its start script asks for the
      // app's once the page is painted, src/app/loading/prefetch.js.)
      const early = await page.evaluate(() => {
        const started = (window as unknown as { appRan: number }).appRan;
        return performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime < started && /\.(js|css)$/.test(entry.name))
          .map((entry) => new URL(entry.name).pathname.replace(/^\//, ''))
          .sort();
      });
      const fetched = download.files.filter((f) => !f.inline).map((f) => f.file);
      expect(early).toEqual(fetched.sort());
    } finally {
      await opened.close();
    }
  });
});
