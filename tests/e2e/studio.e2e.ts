/**
 * The studio (studio.html) in real Chromium under the strict CSP, start to finish: paste the ICC
 * article, find its dates (in the Web Worker), add them, cite an extra passage by selecting it,
 * reload (nothing lost), download the dataset, open that one file in the reader by `?data=`, and
 * check its events are drawn and their passages marked. Also axe, at desktop and phone widths.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { initialDownload } from '../../bench/initialDownload.ts';
import { compileDatasetDir } from '../../build/datasets.ts';
import { SOURCE_TEXT } from '../unit/model/fixtures.ts';
import { eventButtons, marksOf, waitForApp } from './support/app.ts';
import { axeViolations } from './support/axe.ts';
import { PHONE } from './support/browser.ts';
import type { OpenedPage } from './support/browser.ts';
import { DIST_DIR } from './support/server.ts';
import { browserSession } from './support/session.ts';

const { open } = browserSession();

const TITLE = 'The ICC issues an arrest warrant for Putin';

function expectClean(opened: OpenedPage): void {
  expect(opened.consoleProblems).toEqual([]);
  expect(opened.pageErrors).toEqual([]);
  expect(opened.failedRequests).toEqual([]);
  expect(opened.foreignRequests).toEqual([]);
}

/** Fills in the article and finds its dates; returns the proposals' dates. */
async function findIccDates(page: Page): Promise<string[]> {
  await page.getByLabel('Title', { exact: true }).fill(TITLE);
  await page.getByLabel('Published', { exact: true }).fill('2023-03-17');
  await page.getByLabel('Source text', { exact: true }).fill(SOURCE_TEXT);
  await page.getByRole('button', { name: 'Find dates' }).click();
  const list = page.getByRole('list', { name: 'Proposed events' });
  await list.locator('[data-proposal-date]').first().waitFor();
  return list
    .locator('[data-proposal-date]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-proposal-date') ?? ''));
}

describe('the studio', () => {
  it('turns the ICC article into a cited timeline that the reader opens from one file', async () => {
    const opened = await open('studio.html');
    const { page } = opened;
    const dates = await findIccDates(page);
    for (const date of ['1998', '1999', '2000', '2002', '2017', '2021', '2022', '2022-12'])
      expect(dates).toContain(date);
    expect(dates).toContain('2023-03-17');
    expect(dates).toContain('2003~');

    // Add every proposal: each Add button goes once its proposal is in the draft.
    const adds = page
      .getByRole('list', { name: 'Proposed events' })
      .getByRole('button', { name: /^Add/ });
    const count = await adds.count();
    for (let i = 0; i < count; i++) await adds.first().click();
    await expect.poll(() => eventButtons(page).count()).toBe(count);

    // Cite an extra passage by selecting it in the source text (as Shift and the arrows would).
    const passage = 'Human rights groups praised the move';
    const area = page.getByLabel('Source text', { exact: true });
    await area.evaluate((element, words) => {
      const textArea = element as HTMLTextAreaElement;
      const at = textArea.value.indexOf(words);
      textArea.focus();
      textArea.setSelectionRange(at, at + words.length);
    }, passage);
    await page.getByRole('button', { name: 'Cite the selection' }).click();
    await expect.poll(() => eventButtons(page).count()).toBe(count + 1);

    // A reload loses nothing.
    await page.reload();
    await expect.poll(() => eventButtons(page).count()).toBe(count + 1);
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(TITLE);

    // One JSON file, the source text inside it, that the validator accepts.
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download dataset' }).click(),
    ]);
    const path = await saved.path();
    const file = readFileSync(path, 'utf8');
    const dataset = JSON.parse(file) as { source: { text: string; file?: string } };
    expect(dataset.source.text).toBe(SOURCE_TEXT);
    expect(dataset.source.file).toBeUndefined();
    const validated = compileDatasetDir(copyAsJson(path));
    expect(validated.ok ? [] : validated.problems).toEqual([]);
    expectClean(opened);

    // The reader opens it by ?data=, draws its events and marks their passages.
    const reader = await open('index.html?data=./mine.json', undefined, (p) =>
      p.route(
        (url) => url.pathname.endsWith('/mine.json'),
        (route) => route.fulfill({ body: file, contentType: 'application/json' }),
      ),
    );
    await waitForApp(reader.page).catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${await reader.page.locator('body').innerText()}`);
    });
    expect(await eventButtons(reader.page).count()).toBe(count + 1);
    const firstId = await eventButtons(reader.page).first().getAttribute('data-event-id');
    expect(await marksOf(reader.page, firstId ?? '').count()).toBeGreaterThan(0);
    expectClean(reader);
  });

  it('has no axe violations with proposals and a draft: desktop, phone, dark', async () => {
    for (const [viewport, scheme] of [
      [undefined, 'light'],
      [PHONE, 'light'],
      [undefined, 'dark'],
    ] as const) {
      const opened = await open('studio.html', viewport, (p) =>
        p.emulateMedia({ colorScheme: scheme }),
      );
      const { page } = opened;
      const background = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      expect(background === 'rgb(255, 255, 255)').toBe(scheme === 'light');
      expect(await axeViolations(page)).toEqual([]);
      await findIccDates(page);
      await page
        .getByRole('list', { name: 'Proposed events' })
        .getByRole('button', { name: /^Add/ })
        .first()
        .click();
      await eventButtons(page).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // No sideways scrolling at phone width.
      const wide = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(wide).toBeLessThanOrEqual(0);
      expectClean(opened);
    }
  });
});

describe('the studio with hostile input', () => {
  it('opens an HTML file full of scripts as its words: nothing runs, nothing is rendered', async () => {
    const opened = await open('studio.html');
    const { page } = opened;
    const html =
      '<html><head><script>window.__pwned = 1</script></head><body><h1>Big story</h1>' +
      '<p>In 2000, it <img src=x onerror="window.__pwned = 2">rained.</p>' +
      '<iframe src="javascript:parent.__pwned=3"></iframe></body></html>';
    await page.getByLabel('Open a .txt or .html file').setInputFiles({
      name: 'story.html',
      mimeType: 'text/html',
      buffer: Buffer.from(html),
    });
    const area = page.getByLabel('Source text', { exact: true });
    await expect.poll(() => area.inputValue()).toBe('Big story\n\nIn 2000, it rained.');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img, iframe').count()).toBe(0);
    expectClean(opened);
  });
});

describe('the studio download (its own budget; the reader does not load any of it)', () => {
  // Measured at 134 KB (React, the reader's timeline, zod and the EDTF parser for the validator).
  const STUDIO_BUDGET = 150 * 1024;
  // Measured at 18.4 KB (chrono-node's English parsers and our rules).
  const WORKER_BUDGET = 25 * 1024;

  it('loads at most 150 KB gzipped (JS + CSS) before it can be used', () => {
    const download = initialDownload(DIST_DIR, 'studio.html');
    expect(download.totalGzip).toBeLessThanOrEqual(STUDIO_BUDGET);
  });

  it('runs the date finder from a worker of at most 25 KB gzipped, which the reader never loads', () => {
    const workers = readdirSync(join(DIST_DIR, 'assets')).filter((name) => name.includes('worker'));
    expect(workers).toHaveLength(1);
    const bytes = gzipSync(readFileSync(join(DIST_DIR, 'assets', workers[0] ?? ''))).length;
    expect(bytes).toBeLessThanOrEqual(WORKER_BUDGET);
    const reader = initialDownload(DIST_DIR).files.map((f) => f.file);
    expect(reader.filter((file) => file.includes('studio') || file.includes('findDates'))).toEqual(
      [],
    );
  });
});

/** The validator reads a dataset by a .json path: copy the download to one. */
function copyAsJson(path: string): string {
  const target = `${path}.json`;
  writeFileSync(target, readFileSync(path));
  return target;
}
