/**
 * The built app on generated timelines of 10,000 and 100,000 events (bench/generate.ts), loaded by
 * `?data=`: the page stays small (DOM nodes bounded zoomed out and zoomed in), crowded stretches
 * are counted clusters that are real, named, focusable buttons, and activating one zooms into it;
 * and on 1,000 events, where many labels are shortened, none is cut to a few letters nor drawn
 * over another event.
 * Structure only: the timings are the benchmark's (npm run bench, docs/performance.md).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate.ts';
import { eventButtons } from './support/app.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import type { OpenedPage } from './support/browser.ts';
import { DIST_DIR, startStaticServer } from './support/server.ts';
import type { StaticServer } from './support/server.ts';

const SIZES = [10_000, 100_000];
/** Where labels are crowded at every width: many are shortened in the fitted view. */
const CROWDED = 1_000;
const MAX_DOM_NODES = 3000;
/** A cluster's accessible name: "214 events, 1 March 1990 to 4 May 1994. Zoom in to see them." */
const CLUSTER_NAME = /^([\d,]+) events, .+ to .+\. Zoom in to see them\.$/;

let folder = '';
let server: StaticServer | undefined;
let browser: Browser | undefined;
const pages: OpenedPage[] = [];

beforeAll(async () => {
  // The datasets are written for this run only (100,000 events is 33 MB) and served beside a
  // copy of the app's routes by a second server, so the shared fixtures folder stays small.
  folder = await mkdtemp(join(tmpdir(), 'sourceline-scale-'));
  for (const count of [CROWDED, ...SIZES]) {
    await writeFile(
      join(folder, `events-${count}.json`),
      JSON.stringify(generateDataset({ count })),
    );
  }
  server = await startStaticServer({
    mounts: [
      { prefix: '/', dir: DIST_DIR },
      { prefix: '/scale/', dir: folder },
    ],
  });
  browser = await launchBrowser();
});
afterEach(async () => {
  await Promise.all(pages.splice(0).map((opened) => opened.close()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

function clusters(page: Page): Locator {
  return page.getByRole('button', { name: CLUSTER_NAME });
}

function domNodes(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length);
}

/** Each drawn cluster's count, read from its accessible name. */
async function clusterCounts(page: Page): Promise<number[]> {
  const names = await clusters(page).evaluateAll((buttons) =>
    buttons.map((button) => button.getAttribute('aria-label') ?? ''),
  );
  return names.map((name) => Number(CLUSTER_NAME.exec(name)?.[1]?.replace(/,/g, '') ?? NaN));
}

/** Opens the generated timeline of `count` events and waits until it is drawn. */
async function open(
  count: number,
  viewport?: { width: number; height: number },
): Promise<OpenedPage> {
  if (!browser || !server) throw new Error('The browser or the server did not start');
  const opened = await openPage(browser, server.url, `?data=scale/events-${count}.json`, viewport);
  pages.push(opened);
  await clusters(opened.page).first().waitFor({ state: 'attached', timeout: 60_000 });
  return opened;
}

/** Activates the cluster with the most events; returns its count and the drawn counts after. */
async function zoomIntoLargest(
  page: Page,
): Promise<{ count: number; after: () => Promise<number[]> }> {
  const counts = await clusterCounts(page);
  const count = Math.max(...counts);
  const largest = clusters(page).nth(counts.indexOf(count));
  await largest.focus();
  await page.keyboard.press('Enter');
  return { count, after: () => clusterCounts(page) };
}

describe.each(SIZES)('a timeline of %i events', (count) => {
  it('draws counted clusters as named, focusable buttons, and few DOM nodes', async () => {
    const { page, pageErrors } = await open(count);
    expect(await domNodes(page)).toBeLessThan(MAX_DOM_NODES);
    const counts = await clusterCounts(page);
    expect(counts.length).toBeGreaterThan(20);
    // Clusters and drawn events together stand for (nearly) every event: none are dropped.
    const drawn = await eventButtons(page).count();
    expect(counts.reduce((sum, n) => sum + n, 0) + drawn).toBeGreaterThan(count * 0.9);
    const first = clusters(page).first();
    await first.focus();
    expect(await first.evaluate((button) => button === document.activeElement)).toBe(true);
    // Arrow keys move through the drawn items in time order.
    await page.keyboard.press('ArrowRight');
    const moved = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(moved).toMatch(/events,|, /);
    expect(pageErrors).toEqual([]);
  });

  it('zooms into a cluster when it is activated, until events are drawn one by one', async () => {
    const { page, pageErrors } = await open(count);
    for (let step = 0; step < 12 && (await eventButtons(page).count()) < 10; step++) {
      const { count: before, after } = await zoomIntoLargest(page);
      // What was one cluster is now spread out: no cluster is as large as it was.
      await expect
        .poll(async () => Math.max(0, ...(await after())), { timeout: 15_000 })
        .toBeLessThan(before);
      expect(await domNodes(page)).toBeLessThan(MAX_DOM_NODES);
    }
    expect(await eventButtons(page).count()).toBeGreaterThanOrEqual(10);
    // The events drawn are real buttons named by their title and date.
    const name = await eventButtons(page).first().getAttribute('aria-label');
    expect(name).toMatch(/\(\d+\), /);
    expect(pageErrors).toEqual([]);
  });

  it('stays under the DOM budget when zoomed in with the wheel', async () => {
    const { page } = await open(count);
    const box = await page.getByRole('list', { name: /events in time order/ }).boundingBox();
    if (!box) throw new Error('no timeline');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const sizes: number[] = [];
    // Five rounds of five wheel steps, each zooming in by 2^0.4: from two centuries to months.
    for (let step = 0; step < 5; step++) {
      for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
      // One frame, so the last wheel step is drawn (waitForFunction would need eval, which the
      // app's Content-Security-Policy forbids).
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
      sizes.push(await domNodes(page));
    }
    expect(Math.max(...sizes)).toBeLessThan(MAX_DOM_NODES);
    expect(await eventButtons(page).count()).toBeGreaterThan(0);
  });
});

/**
 * Pairs of drawn boxes that intersect, as "id(part) × id(part)": each event's mark and each
 * label line as it shows, its text cut to the line's box where the line is shortened (the text's
 * own box runs on under the ellipsis), and clusters' marks. Touching edges do not count.
 */
function visibleOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes: { id: string; part: string; r: DOMRect }[] = [];
    for (const button of document.querySelectorAll<HTMLElement>('.timeline button')) {
      const id = button.dataset.eventId ?? button.getAttribute('aria-label') ?? '?';
      const shape = button.querySelector('.event-mark__shape');
      boxes.push({ id, part: 'mark', r: (shape ?? button).getBoundingClientRect() });
      for (const line of button.querySelectorAll<HTMLElement>('.event-mark__line')) {
        const range = document.createRange();
        range.selectNodeContents(line);
        const text = range.getBoundingClientRect();
        const box = line.getBoundingClientRect();
        const left = Math.max(text.left, box.left);
        const right = Math.min(text.right, box.right);
        boxes.push({
          id,
          part: 'label',
          r: new DOMRect(left, text.top, right - left, text.height),
        });
      }
    }
    const found: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (!a || !b || (a.id === b.id && a.part === b.part)) continue;
        // A span that runs off the view holds its own label, by design (layout/placeLane.ts);
        // a dot is 12 px wide.
        const own = a.id === b.id ? (a.part === 'mark' ? a : b) : null;
        if (own && own.r.width > 12.5) continue;
        const apart =
          a.r.right <= b.r.left + 0.5 ||
          b.r.right <= a.r.left + 0.5 ||
          a.r.bottom <= b.r.top + 0.5 ||
          b.r.bottom <= a.r.top + 0.5;
        if (!apart) found.push(`${a.id}(${a.part}) × ${b.id}(${b.part})`);
      }
    }
    return found;
  });
}

describe('a crowded timeline of 1,000 events, fitted', () => {
  for (const width of [1280, 1920]) {
    it(`cuts no label to a few letters, and draws nothing over anything (${width} px)`, async () => {
      const { page } = await open(CROWDED, { width, height: 900 });
      await eventButtons(page).first().waitFor();
      // The width each cut line shows, as drawn: its box, where the text overflows it.
      const cut = await page
        .locator('.event-mark__line')
        .evaluateAll((lines) =>
          lines
            .filter((line) => line.scrollWidth > line.clientWidth + 0.5)
            .map((line) => line.getBoundingClientRect().width),
        );
      expect(cut.length).toBeGreaterThan(10);
      // Nothing drawn over anything: no label over another event's mark or label, nor a dot's
      // label over its dot.
      expect(await visibleOverlaps(page)).toEqual([]);
      // 60 px is about "Report o…" at the label size; 30 px, the old floor, showed "Ac…".
      expect(Math.min(...cut)).toBeGreaterThanOrEqual(55);
    });
  }
});
