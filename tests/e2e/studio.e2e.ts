/**
 * The studio (studio.html) in real Chromium under the strict CSP, start to finish: paste the ICC
 * article, find its dates (in the Web Worker), add them, cite an extra passage by selecting it,
 * reload (nothing lost), download the dataset, open that one file in the reader by `?data=`, and
 * check its events are drawn and their passages marked. Several drafts kept in IndexedDB; the
 * zip, the Web Annotations and the embed snippet, reached by keyboard; bad input (HTML full of
 * scripts, a 5 MB paste, a binary file, a text with no dates). Also axe, at desktop and phone
 * widths, and the studio's own download budget.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
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

  it('keeps several drafts in IndexedDB: a reload finds the typing, and both drafts are listed', async () => {
    const opened = await open('studio.html');
    const { page } = opened;
    await page.getByLabel('Title', { exact: true }).fill('First story');
    await page.getByLabel('Source text', { exact: true }).fill('It began in 2001.');
    await page.reload();
    expect(await page.getByLabel('Source text', { exact: true }).inputValue()).toBe(
      'It began in 2001.',
    );
    await page.getByRole('button', { name: 'New draft' }).click();
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('');
    await page.getByLabel('Title', { exact: true }).fill('Second story');
    await page.reload();
    const drafts = page.getByRole('list', { name: 'Drafts' });
    await expect.poll(() => drafts.getByRole('listitem').count()).toBe(2);
    expect(await drafts.innerText()).toMatch(/Second story \(open\)[\s\S]*First story/);
    // This tab's draft reopens; the other one is a button away.
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Second story');
    await drafts.getByRole('button', { name: 'Open “First story”' }).click();
    await expect
      .poll(() => page.getByLabel('Title', { exact: true }).inputValue())
      .toBe('First story');
    expectClean(opened);
  });

  it('publishes by keyboard alone: zip, Web Annotations and the embed snippet', async () => {
    const opened = await open('studio.html');
    const { page } = opened;
    await findIccDates(page);
    await page
      .getByRole('list', { name: 'Proposed events' })
      .getByRole('button', { name: /^Add/ })
      .first()
      .click();
    await eventButtons(page).first().waitFor();

    const [zip] = await Promise.all([
      page.waitForEvent('download'),
      pressWhenFocused(page, page.getByRole('button', { name: 'Download zip' })),
    ]);
    expect(zip.suggestedFilename()).toMatch(/^[a-z0-9-]+\.zip$/);
    const files = unzipSync(readFileSync(await zip.path()));
    const slug = zip.suggestedFilename().replace(/\.zip$/, '');
    expect(Object.keys(files).sort()).toEqual(
      [`${slug}/README.md`, `${slug}/source.txt`, `${slug}/timeline.json`].sort(),
    );
    expect(strFromU8(files[`${slug}/source.txt`] ?? new Uint8Array())).toContain(
      'Human rights groups praised the move',
    );

    const [annotations] = await Promise.all([
      page.waitForEvent('download'),
      pressWhenFocused(page, page.getByRole('button', { name: 'Download annotations' })),
    ]);
    const collection = JSON.parse(readFileSync(await annotations.path(), 'utf8')) as {
      '@context': string;
      type: string;
      first: { items: { type: string; target: { selector: { type: string } } }[] };
    };
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.items[0]?.target.selector.type).toBe('TextQuoteSelector');

    const address = page.getByLabel('Address the dataset will be published at');
    await pressWhenFocused(page, address, null);
    const origin = new URL(page.url()).origin;
    await page.keyboard.type(`${origin}/timelines/mine.json`);
    const snippet = await page.getByLabel('Embed snippet').inputValue();
    expect(snippet).toContain(
      `?embed=1&amp;data=${encodeURIComponent(`${origin}/timelines/mine.json`)}`,
    );
    expect(snippet).toContain(`<script src="${origin}/embed.js" async></script>`);
    await pressWhenFocused(page, page.getByRole('button', { name: 'Copy the embed snippet' }));
    await expect
      .poll(() => page.getByText(/^(Copied|Selected: press Ctrl\+C)/).count())
      .toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expectClean(opened);
  });

  it('puts the publication day’s hint under its own field, on a desktop and a phone', async () => {
    for (const viewport of [undefined, PHONE]) {
      const { page } = await open('studio.html', viewport);
      const input = page.getByLabel('Published', { exact: true });
      const hint = page.getByText(/^The publication day:/);
      expect(await input.getAttribute('aria-describedby')).toBe(await hint.getAttribute('id'));
      const [field, words] = await Promise.all([input.boundingBox(), hint.boundingBox()]);
      if (!field || !words) throw new Error('the field or its hint is not drawn');
      // Just below the input, from its left edge: a phone's one column put it under "Address".
      expect(words.y - (field.y + field.height)).toBeGreaterThanOrEqual(0);
      expect(words.y - (field.y + field.height)).toBeLessThan(12);
      expect(Math.abs(words.x - field.x)).toBeLessThan(1);
    }
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
      // The publishing controls and the snippet, shown.
      await page
        .getByLabel('Address the dataset will be published at')
        .fill(new URL('/mine.json', page.url()).href);
      await page.getByLabel('Embed snippet').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // No sideways scrolling at phone width, and one column there.
      const wide = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(wide).toBeLessThanOrEqual(0);
      if (viewport === PHONE) {
        const columns = await page
          .locator('.studio__column')
          .evaluateAll((cols) => new Set(cols.map((c) => c.getBoundingClientRect().left)).size);
        expect(columns).toBe(1);
      }
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

  it('takes a 5 MB paste, a binary file and a text with no dates, each with a clear message', async () => {
    const opened = await open('studio.html');
    const { page } = opened;
    await page.getByLabel('Title', { exact: true }).fill('Bad input');
    await page.getByLabel('Published', { exact: true }).fill('2023-03-17');
    const area = page.getByLabel('Source text', { exact: true });

    await page.getByLabel('Open a .txt or .html file').setInputFiles({
      name: 'photo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(Uint8Array.from({ length: 4000 }, (_, i) => (i * 31) % 256)),
    });
    await page.getByText(/looks like binary data\); nothing was changed/).waitFor();
    expect(await area.inputValue()).toBe('');

    await area.fill('Nothing in this text is dated.');
    await page.getByRole('button', { name: 'Find dates' }).click();
    await page.getByText(/No date expressions found/).waitFor();

    const huge = 'In 2000 a long story went on and on. '.repeat(145_000);
    await area.fill(huge);
    await page.getByText(/The text is too long: at most 5,000,000 characters/).waitFor();
    await page.getByRole('button', { name: 'Find dates' }).click();
    await page.getByText(/too long to find dates in/).waitFor();
    // Still usable: the other fields answer, and the title is kept across a reload.
    await page.getByLabel('Title', { exact: true }).fill('Bad input, still here');
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Title', { exact: true }).inputValue())
      .toBe('Bad input, still here');
    expect((await area.inputValue()).length).toBe(huge.length);
    expectClean(opened);
  });
});

describe('the studio download (its own budget; the reader does not load any of it)', () => {
  // Measured at 144.2 KB (React, the reader's timeline, zod and the EDTF parser for the
  // validator, the drafts in IndexedDB and the publishing panel; the zip library and the
  // importers load on demand).
  const STUDIO_BUDGET = 150 * 1024;
  // Measured at 18.4 KB (chrono-node's English parsers and our rules).
  const WORKER_BUDGET = 25 * 1024;

  it('loads at most 150 KB gzipped (JS + CSS) before it can be used', () => {
    const download = initialDownload(DIST_DIR, 'studio.html');
    expect(download.totalGzip).toBeLessThanOrEqual(STUDIO_BUDGET);
  });

  it('runs the date finder from a worker of at most 25 KB gzipped, which the reader never loads', () => {
    const workers = readdirSync(join(DIST_DIR, 'assets')).filter((name) =>
      name.startsWith('findDates.worker'),
    );
    expect(workers).toHaveLength(1);
    const bytes = gzipSync(readFileSync(join(DIST_DIR, 'assets', workers[0] ?? ''))).length;
    expect(bytes).toBeLessThanOrEqual(WORKER_BUDGET);
    const reader = initialDownload(DIST_DIR).files.map((f) => f.file);
    expect(reader.filter((file) => file.includes('studio') || file.includes('findDates'))).toEqual(
      [],
    );
  });
});

/**
 * Moves the keyboard focus to `target` with Tab alone (as a keyboard user would reach it), then
 * presses `key` on it (none when null).
 */
async function pressWhenFocused(
  page: Page,
  target: ReturnType<Page['getByRole']>,
  key: string | null = 'Enter',
): Promise<void> {
  await page.locator('body').focus();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) {
      if (key) await page.keyboard.press(key);
      return;
    }
  }
  throw new Error('not reachable with Tab');
}

/** The validator reads a dataset by a .json path: copy the download to one. */
function copyAsJson(path: string): string {
  const target = `${path}.json`;
  writeFileSync(target, readFileSync(path));
  return target;
}
