/**
 * The page before and without its script: the built index.html already holds the default
 * timeline (its title, every event in time order with its date, the article with its cited
 * passages as <mark>s), readable with JavaScript off, and with no control that would do nothing;
 * with it on, React hydrates that markup without a warning and the drawn timeline takes over
 * inside its own box.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { eventButtons, waitForApp } from './support/app.ts';
import { DESKTOP } from './support/browser.ts';
import { EVENTS, SOURCE_TEXT } from './support/dataset.ts';
import { DIST_DIR } from './support/server.ts';
import { appOpener, browserSession } from './support/session.ts';

const session = browserSession();
const open = appOpener();

/** The page with JavaScript off. */
async function withoutScript(width = DESKTOP.width) {
  const context = await session
    .browser()
    .newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(inject('baseURL'));
  return { page, close: () => context.close() };
}

/**
 * The page as a reader with JavaScript sees it before the app's script has run: the same page
 * with that script withheld (its inline prefetch script runs; the app's entry never arrives).
 */
async function beforeTheScript(width = DESKTOP.width) {
  const context = await session.browser().newContext({ viewport: { width, height: 800 } });
  await context.route(/\/assets\/main-[\w-]+\.js$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(inject('baseURL'), { waitUntil: 'load' });
  // Had the entry been renamed past the route, the app would have run and replaced the list.
  expect(await page.locator('.timeline__static').count()).toBe(1);
  return { page, close: () => context.close() };
}

describe('the built index.html', () => {
  it('holds every event title and the whole article', () => {
    const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    // Tags out and white space out: marks split the article's text where they sit.
    const bare = (t: string) => t.replace(/\s+/g, '');
    const text = bare(
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&#x27;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
    for (const event of EVENTS) expect(text).toContain(bare(event.title));
    for (const paragraph of SOURCE_TEXT.split(/\n\s*\n/).filter((p) => p.trim())) {
      expect(text).toContain(bare(paragraph));
    }
  });
});

describe('with JavaScript off', () => {
  it('is a readable, cited timeline: title, every event with its date, the marked article', async () => {
    const { page, close } = await withoutScript();
    try {
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'The United States, the ICC and the warrant for Putin',
      );
      const items = await page.locator('.timeline__static li').allTextContents();
      expect(items).toHaveLength(EVENTS.length);
      items.forEach((item, i) => expect(item).toContain(EVENTS[i]?.title));
      expect(await page.locator('article mark[data-event-ids]').count()).toBeGreaterThanOrEqual(
        EVENTS.length,
      );
    } finally {
      await close();
    }
  });

  it('shows no control, list or details panel that only the script could work', async () => {
    const { page, close } = await withoutScript();
    try {
      // Every <button> is React's, so would be dead. (The article's marks keep their role: React
      // hydrates them as they are, and their titles name the events that cite them.)
      const shownButtons = await page
        .locator('button, summary')
        .evaluateAll((all) => all.filter((b) => b.getClientRects().length > 0).length);
      expect(shownButtons).toBe(0);
      expect(await page.getByRole('group', { name: 'Zoom' }).count()).toBe(0);
      expect(await page.getByText('All 19 events as a list').isVisible()).toBe(false);
      expect(await page.getByRole('heading', { name: 'No event selected' }).count()).toBe(0);
      await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it('says, only without JavaScript, that another timeline’s link needs it', async () => {
    const note = /Without JavaScript this page shows its built-in timeline/;
    const off = await withoutScript();
    try {
      // Even at an address that asks for another timeline: the page cannot read it.
      await off.page.goto(`${inject('baseURL')}?data=data/icc-in-brief/timeline.json`);
      await expect(off.page.getByText(note).isVisible()).resolves.toBe(true);
    } finally {
      await off.close();
    }
    const { page } = await open('');
    await waitForApp(page);
    expect(await page.getByText(note).count()).toBe(0);
  });

  it('shows a phone the whole description, which the script cuts to three lines', async () => {
    const { page, close } = await withoutScript(390);
    try {
      const description = page.locator('.browse__description');
      const { scrollHeight, clientHeight, lines } = await description.evaluate((element) => ({
        scrollHeight: element.scrollHeight,
        clientHeight: element.clientHeight,
        lines: element.clientHeight / parseFloat(getComputedStyle(element).lineHeight),
      }));
      expect(scrollHeight).toBeLessThanOrEqual(clientHeight);
      expect(lines).toBeGreaterThan(3);
      expect(await page.getByText('Read more').isVisible()).toBe(false);
    } finally {
      await close();
    }
    // With the script, the same phone gets the three lines and the button to read the rest.
    const cut = await beforeTheScript(390);
    try {
      const description = cut.page.locator('.browse__description');
      const { scrollHeight, clientHeight } = await description.evaluate((element) => ({
        scrollHeight: element.scrollHeight,
        clientHeight: element.clientHeight,
      }));
      expect(scrollHeight).toBeGreaterThan(clientHeight);
      expect(await cut.page.getByRole('button', { name: 'Read more' }).isVisible()).toBe(true);
    } finally {
      await cut.close();
    }
  });
});

/** The details panel's box ("No event selected"), in whole pixels. */
function detailsBox(page: Page) {
  return page.getByRole('region', { name: 'No event selected' }).evaluate((element) => {
    const r = element.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height].map(Math.round);
  });
}

describe('when the script runs', () => {
  it('hydrates without a warning, draws the timeline, and the article does not move', async () => {
    // Before the script, not without it: with JavaScript off the page shows no controls.
    const { page: plain, close } = await beforeTheScript();
    const articleBox = (page: typeof plain) =>
      page.locator('article').evaluate((element) => {
        const r = element.getBoundingClientRect();
        return [r.x, r.y, r.width].map(Math.round);
      });
    const before = await articleBox(plain);
    const detailsBefore = await detailsBox(plain);
    await close();
    const opened = await open();
    await waitForApp(opened.page);
    expect(await eventButtons(opened.page).count()).toBe(EVENTS.length);
    expect(await opened.page.locator('.timeline__static').count()).toBe(0);
    expect(await articleBox(opened.page)).toEqual(before);
    // Below the timeline on a wide screen: the list stood in the drawing's height, so the details
    // panel is where it was (it jumped about 70 px down before).
    expect(await detailsBox(opened.page)).toEqual(detailsBefore);
    // The opener fails a test on any console error or warning: a hydration mismatch logs one.
    expect(opened.consoleProblems).toEqual([]);
  });
});
