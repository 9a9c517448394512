/**
 * Making your own timeline, in the built app in real Chromium: a TimelineJS3 file and a
 * TimelineJS sheet CSV loaded by `?data=` (BCE dates on the axis, no source pane), a located error
 * list for a broken file, the dataset picker, and the exports (SVG and PNG checked by parsing
 * them, JSON and CSV by reading them), all under the app's strict Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { drawnIds, eventButton, eventButtons, waitForApp } from './support/app.ts';
import type { OpenedPage } from './support/browser.ts';
import { pageOpener } from './support/session.ts';

const openRaw = pageOpener();

const TIMELINEJS = '?data=fixtures/timelinejs-sample.json';
const SHEET = '?data=fixtures/sheet-sample.csv';

async function open(path: string, drawn = true): Promise<OpenedPage> {
  const opened = await openRaw(path);
  if (drawn) await waitForApp(opened.page);
  return opened;
}

/** Nothing a clean page must not do: console errors, page errors, failed or foreign requests. */
function expectClean(opened: OpenedPage): void {
  expect(opened.consoleProblems).toEqual([]);
  expect(opened.pageErrors).toEqual([]);
  expect(opened.failedRequests).toEqual([]);
  expect(opened.foreignRequests).toEqual([]);
}

/** Opens the export menu and saves what `button` offers; returns its name and bytes. */
async function download(page: Page, button: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.getByText('Export and cite', { exact: true });
  if (!(await page.getByRole('button', { name: button }).isVisible())) await menu.click();
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await saved.path();
  return { name: saved.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width and height of a PNG, from its IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('?data= with a TimelineJS3 file', () => {
  it('draws its events in lanes by group, with BCE dates and labels', async () => {
    const opened = await open(TIMELINEJS);
    const { page } = opened;
    expect((await drawnIds(page)).sort()).toEqual(
      [
        'battle-of-marathon',
        'caesar-is-assassinated',
        'first-punic-war',
        'republic-founded',
        'the-first-year-of-the-common-era',
        'the-last-year-before-the-common-era',
      ].sort(),
    );
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Rome & its neighbours, 509–27 BCE',
    );
    for (const [id, name] of [
      ['republic-founded', '509 BCE (traditional date)'],
      ['caesar-is-assassinated', '15 March 44 BCE'],
      ['the-last-year-before-the-common-era', '1 BCE'],
      ['the-first-year-of-the-common-era', '1 CE'],
    ] as const) {
      expect(await eventButton(page, id).getAttribute('aria-label')).toContain(name);
    }
    // Time order is document order: 509 BCE first, 1 CE last.
    const ids = await drawnIds(page);
    expect(ids[0]).toBe('republic-founded');
    expect(ids.at(-1)).toBe('the-first-year-of-the-common-era');
    expectClean(opened);
  });

  it('draws a TimelineJS2 file too, told apart by its shape', async () => {
    const opened = await open('?data=fixtures/timelinejs2-sample.json');
    const { page } = opened;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'The Rome Statute, in TimelineJS2',
    );
    expect(await drawnIds(page)).toEqual([
      'the-ides-of-march',
      'rome-statute-adopted',
      'the-statute-enters-into-force',
      'warrant-for-putin',
    ]);
    expect(await eventButton(page, 'the-ides-of-march').getAttribute('aria-label')).toContain(
      '15 March 44 BCE',
    );
    expect(await eventButton(page, 'warrant-for-putin').getAttribute('aria-label')).toContain(
      '17 March 2023, 10:30 UTC',
    );
    expectClean(opened);
  });

  it('labels the axis in round historical years: "500 BCE", …, "1 CE"', async () => {
    const { page } = await open(TIMELINEJS);
    // The axis is drawn in SVG; the event list repeats dates as text, so look only there.
    const axis = page.locator('svg');
    for (const label of ['500 BCE', '100 BCE', '1 CE']) {
      expect(await axis.getByText(label, { exact: true }).count(), label).toBe(1);
    }
    expect(await axis.getByText('501 BCE', { exact: true }).count()).toBe(0);
  });

  it('shows no source pane, and says the timeline has no source text', async () => {
    const { page } = await open(TIMELINEJS);
    expect(await page.locator('article').count()).toBe(0);
    expect(await page.getByText(/imported without a source text/).isVisible()).toBe(true);
    await eventButton(page, 'battle-of-marathon').click();
    const details = page.getByRole('region', { name: 'Battle of Marathon' });
    // The link's http(s) address survives as text; the javascript: one does not.
    expect(await details.textContent()).toContain(
      'Read more (https://en.wikipedia.org/wiki/Battle_of_Marathon) click me',
    );
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  });

  it('lists the problems of an invalid file, each located, instead of drawing', async () => {
    const opened = await open('?data=fixtures/timelinejs-invalid.json', false);
    const { page } = opened;
    await page.getByRole('heading', { name: 'This timeline could not be shown' }).waitFor();
    const items = await page.getByRole('listitem').allTextContents();
    expect(items).toEqual([
      'events[1] › start_date.month: must be 1 to 12 (got 13)',
      'events[2] › start_date.year: is missing: a date needs at least a year',
      'events[3] › start_date.year: is 0, but there is no year 0: 1 BCE is -1 and 1 CE is 1 in TimelineJS',
    ]);
    expect(await eventButtons(page).count()).toBe(0);
  });
});

describe('?data= with a TimelineJS sheet saved as CSV', () => {
  it('draws its rows as events in lanes, with times and BCE years', async () => {
    const opened = await open(SHEET);
    const { page } = opened;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'A spreadsheet timeline, "quoted" and multi-line',
    );
    expect(await eventButtons(page).count()).toBe(5);
    expect(await eventButton(page, 'apollo-11-lands-on-the-moon').getAttribute('aria-label')).toBe(
      'Apollo 11 lands on the Moon, 20 July 1969, 20:17 UTC, Space',
    );
    expect(await eventButton(page, 'rome-founded-legend').getAttribute('aria-label')).toContain(
      '753 BCE',
    );
    expect(await page.locator('article').count()).toBe(0);
    expectClean(opened);
  });
});

describe('exports of the current view', () => {
  it('saves an SVG with the view’s size, title and event titles, and no script', async () => {
    const opened = await open(TIMELINEJS);
    const { page } = opened;
    const svg = await download(page, /This view \(SVG\)/);
    expect(svg.name).toMatch(/\.svg$/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        tag: root.tagName,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        scripts: doc.getElementsByTagName('script').length,
        text: [...doc.querySelectorAll('text, title')].map((el) => el.textContent ?? ''),
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed).toMatchObject({ errors: 0, tag: 'svg', scripts: 0 });
    expect(Number(parsed.width)).toBeGreaterThan(600);
    expect(Number(parsed.height)).toBeGreaterThan(200);
    expect(parsed.text).toContain('Rome & its neighbours, 509–27 BCE');
    for (const title of ['Battle of Marathon', 'Caesar is assassinated', 'First Punic War']) {
      expect(parsed.text.some((t) => t.startsWith(title))).toBe(true);
    }
    expect(parsed.text).toEqual(expect.arrayContaining(['500 BCE', '1 CE']));
    expectClean(opened);
  });

  it('saves a PNG at twice the size of the SVG of the same view', async () => {
    const opened = await open(TIMELINEJS);
    const { page } = opened;
    const svg = (await download(page, /This view \(SVG\)/)).bytes.toString('utf8');
    const png = await download(page, /This view \(PNG/);
    expect(png.name).toMatch(/\.png$/);
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    expect(pngSize(png.bytes)).toEqual({ width: 2 * width, height: 2 * height });
    // Drawn on a canvas, not through an <img>: the CSP would block a blob: or data: image.
    expectClean(opened);
  });

  it('saves the dataset as JSON in our format and as a TimelineJS sheet CSV', async () => {
    const opened = await open(SHEET);
    const { page } = opened;
    const json = JSON.parse((await download(page, /Dataset \(JSON\)/)).bytes.toString('utf8')) as {
      events: { title: string }[];
    };
    expect(json.events.map((e) => e.title)).toContain('Apollo 11 lands on the Moon');
    const csv = (await download(page, /Dataset \(CSV/)).bytes.toString('utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
    );
    expect(csv).toContain('1969,7,20,20:17,');
    expect(csv).toContain('-44,3,15,');
    expectClean(opened);
  });

  it('gives a ready citation of the timeline and its source article', async () => {
    const { page } = await open('');
    await page.getByText('Export and cite', { exact: true }).click();
    await page.getByRole('button', { name: 'Cite this timeline' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this timeline' });
    expect(await dialog.getByLabel('The timeline').inputValue()).toContain(
      'Interactive timeline, made with Sourceline.',
    );
    expect(await dialog.getByLabel('Its source article').inputValue()).toContain(
      'The New York Times.',
    );
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('loads its panel only once asked: when the focus reaches the menu, before it is opened', async () => {
    const { page } = await open('');
    const panel = /\/assets\/ExportPanel-[\w-]+\.js$/;
    const asked: string[] = [];
    page.on('request', (request) => {
      if (panel.test(request.url())) asked.push(request.url());
    });
    expect(await page.getByRole('button', { name: 'Dataset (JSON)' }).count()).toBe(0);
    expect(asked).toEqual([]);
    await Promise.all([
      page.waitForResponse((response) => panel.test(response.url())),
      page.getByText('Export and cite', { exact: true }).focus(),
    ]);
    // Asked for, and still closed: opening it now draws the panel from the code already here.
    expect(asked).toHaveLength(1);
    const menu = page.getByText('Export and cite', { exact: true }).locator('..');
    expect(await menu.getAttribute('open')).toBeNull();
  });
});

describe('the dataset picker', () => {
  it('lists the datasets of data/ and opens another, with its source', async () => {
    const opened = await open('?theme=dark');
    const { page } = opened;
    await page.getByText('Timelines', { exact: true }).click();
    const list = page.getByRole('list', { name: 'Timelines' });
    expect(await list.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining([
        'The United States, the ICC and the warrant for Putin',
        'The International Criminal Court in brief (an example timeline)',
      ]),
    );
    await Promise.all([
      page.waitForURL(/data=/),
      list
        .getByRole('link', {
          name: 'The International Criminal Court in brief (an example timeline)',
        })
        .click(),
    ]);
    await waitForApp(page);
    const params = new URL(page.url()).searchParams;
    expect(params.get('data')).toBe('data/icc-in-brief/timeline.json');
    // The page's other parameters go along (the hydrated page's links are given them after).
    expect(params.get('theme')).toBe('dark');
    expect(await eventButton(page, 'rome-statute-adopted').count()).toBe(1);
    expect(await page.locator('article mark[data-event-ids~="warrant-for-putin"]').count()).toBe(1);
    // And back: the built-in timeline is a link from there.
    await page.getByText('Timelines', { exact: true }).click();
    await Promise.all([
      page.waitForURL((url) => !url.searchParams.has('data')),
      page
        .getByRole('link', { name: 'The United States, the ICC and the warrant for Putin' })
        .click(),
    ]);
    await waitForApp(page);
    expect(await eventButton(page, 'icc-warrant-putin').count()).toBe(1);
    expectClean(opened);
  });
});
