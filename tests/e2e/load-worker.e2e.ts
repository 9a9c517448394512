/**
 * A `?data=` dataset is compiled in a Web Worker, and where no worker can run the main thread
 * gives the very same timeline; a long load shows a determinate progress bar; a load left for
 * another dataset never draws. Structural only: no timings are asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate.ts';
import { drawnIds, waitForApp } from './support/app.ts';
import { pageOpener } from './support/session.ts';

const open = pageOpener();

const GENERATED = join(import.meta.dirname, 'fixtures', 'generated');
const LARGE = 'events-100000.json';
mkdirSync(GENERATED, { recursive: true });
writeFileSync(join(GENERATED, LARGE), JSON.stringify(generateDataset({ count: 100_000 })));

/** What the page drew: every event's id and accessible name, and the page's heading. */
async function drawing(page: Page) {
  await waitForApp(page);
  const names = await page
    .locator('[data-event-id]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')));
  return {
    title: await page.getByRole('heading', { level: 1 }).textContent(),
    ids: await drawnIds(page),
    names,
  };
}

/** Opens `path` with or without Worker, and says which script URLs ran as workers. */
async function openWith(path: string, workers: boolean) {
  const started: string[] = [];
  const opened = await open(path, undefined, async (page) => {
    page.on('worker', (worker) => started.push(worker.url()));
    if (!workers) await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
  });
  return { ...opened, started };
}

describe('compiling a ?data= dataset', () => {
  for (const file of ['timelinejs-sample.json', 'sheet-sample.csv', 'same-year.json']) {
    it(`draws ${file} the same from the worker as from the main thread`, async () => {
      const path = `?data=fixtures/${file}`;
      const inWorker = await openWith(path, true);
      const fromWorker = await drawing(inWorker.page);
      expect(inWorker.started.some((url) => /compileDataset\.worker/.test(url))).toBe(true);
      const onMain = await openWith(path, false);
      const fromMain = await drawing(onMain.page);
      expect(onMain.started).toEqual([]);
      expect(fromWorker.ids.length).toBeGreaterThan(0);
      expect(fromWorker).toEqual(fromMain);
      for (const opened of [inWorker, onMain]) {
        expect(opened.consoleProblems).toEqual([]);
        expect(opened.pageErrors).toEqual([]);
      }
    });
  }

  it('loads the importers and the schema only for a file that needs them', async () => {
    /** How often the importers' and the schema's chunks were requested while `file` was shown. */
    const chunks = async (file: string, shown: (page: Page) => Promise<void>) => {
      const requested: string[] = [];
      const opened = await open(`?data=fixtures/${file}`, undefined, (page) =>
        Promise.resolve(
          page.on('request', (request) => requested.push(new URL(request.url()).pathname)),
        ),
      );
      await shown(opened.page);
      expect(opened.pageErrors).toEqual([]);
      const named = (name: string) =>
        requested.filter((path) => new RegExp(`/assets/${name}-[^/]*\\.js$`).test(path)).length;
      return { importers: named('convertImport'), schema: named('compileTimeline') };
    };
    const problems = (page: Page) =>
      page.getByRole('heading', { name: 'This timeline could not be shown' }).waitFor();
    // A well-formed file of our format: the hand-written check is sure, so zod never loads.
    expect(await chunks('same-year.json', waitForApp)).toEqual({ importers: 0, schema: 0 });
    expect(await chunks('timelinejs-sample.json', waitForApp)).toMatchObject({ importers: 1 });
    // Problems with dates are compileChecked's to find; the wrong types need zod's messages.
    expect(await chunks('hostile/bad-dates.json', problems)).toEqual({ importers: 0, schema: 0 });
    expect(await chunks('hostile/wrong-types.json', problems)).toEqual({ importers: 0, schema: 1 });
  });

  it('falls back to the main thread when the worker script cannot be downloaded', async () => {
    const path = '?data=fixtures/timelinejs-sample.json';
    const expected = await drawing((await openWith(path, true)).page);
    const opened = await open(path, undefined, (page) =>
      page.route(/\/assets\/compileDataset\.worker-[^/]*\.js$/, (route) => route.abort('failed')),
    );
    expect(await drawing(opened.page)).toEqual(expected);
    expect(opened.failedRequests.some((r) => r.includes('compileDataset.worker'))).toBe(true);
    expect(opened.pageErrors).toEqual([]);
  });

  it('falls back to the main thread when the compiler, the worker’s second chunk, cannot be downloaded', async () => {
    const path = '?data=fixtures/timelinejs-sample.json';
    const expected = await drawing((await openWith(path, true)).page);
    const opened = await open(path, undefined, (page) =>
      page.route(/\/assets\/workerService-[^/]*\.js$/, (route) => route.abort('failed')),
    );
    expect(await drawing(opened.page)).toEqual(expected);
    expect(opened.failedRequests.some((r) => r.includes('workerService'))).toBe(true);
    expect(opened.pageErrors).toEqual([]);
  });

  it('shows a determinate progress bar while 100,000 events load, then draws them', async () => {
    const { page, consoleProblems, pageErrors } = await open(`?data=fixtures/generated/${LARGE}`);
    const bar = page.getByRole('progressbar', { name: 'Loading the timeline' });
    await bar.waitFor();
    // The file is read in parts, its events counted as they come: the total is reckoned from
    // how much has been read, said as "about" and rounded, and the bar's end is that reckoning.
    await expect
      .poll(() => page.getByRole('status').first().textContent(), { timeout: 20_000 })
      .toMatch(/^Checking [\d,]+ of about 100,000 events$/);
    const max = Number(await bar.getAttribute('max'));
    expect(Math.abs(max - 100_000)).toBeLessThan(1_000);
    expect(Number(await bar.getAttribute('value'))).toBeLessThan(max);
    // Fitted, 100,000 events are all clusters: the heading says the timeline is there.
    await page
      .getByRole('heading', { level: 1, name: /100,000 events/ })
      .waitFor({ timeout: 30_000 });
    expect(await bar.count()).toBe(0);
    expect(consoleProblems).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('never draws a load the reader left for another dataset', async () => {
    // Every event element ever added to any page of this tab, kept across the navigation.
    const { page } = await open(`?data=fixtures/generated/${LARGE}`, undefined, (page) =>
      page.addInitScript(() => {
        new MutationObserver(() => {
          const ids = [...document.querySelectorAll('[data-event-id]')].map(
            (element) => element.getAttribute('data-event-id') ?? '',
          );
          const seen = new Set([...(sessionStorage.getItem('drawn') ?? '').split(' '), ...ids]);
          sessionStorage.setItem('drawn', [...seen].join(' ').trim());
        }).observe(document, { childList: true, subtree: true });
      }),
    );
    await page.getByRole('progressbar', { name: 'Loading the timeline' }).waitFor();
    // Leaving mid-load for another dataset, as the dataset picker does (a new address).
    await page.evaluate(() => location.assign('?data=fixtures/timelinejs-sample.json'));
    await page.waitForURL(/timelinejs-sample/);
    await waitForApp(page);
    const drawn = (await page.evaluate(() => sessionStorage.getItem('drawn') ?? '')).split(' ');
    expect(drawn).toContain('republic-founded');
    expect(drawn.filter((id) => /^e-\d{6}$/.test(id))).toEqual([]);
  });
});
