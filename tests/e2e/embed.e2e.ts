/**
 * Embedding, in real Chromium: the example article (dist/examples/article.html) with its two
 * embeds, the "Embed" dialog of browse mode, and the single-file standalone build opened from disk.
 * Everything is found through the public surfaces of docs/interfaces.md.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE } from './support/browser.ts';
import type { OpenedPage, Viewport } from './support/browser.ts';
import { EVENTS } from './support/dataset.ts';
import { PROJECT_ROOT } from './support/server.ts';
import { browserSession } from './support/session.ts';

const baseURL = inject('baseURL');
const ARTICLE = 'examples/article.html';
const RESIZE = 'sourceline:resize';
const session = browserSession();

/** Waits for a state, not a time: long enough for a loaded CI machine, never asserted. */
function poll<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: 15_000, interval: 50 });
}

function open(path: string, viewport: Viewport = DESKTOP): Promise<OpenedPage> {
  return session.open(path, viewport);
}

/** What a test needs of one embed: the host's iframe element and the frame inside it. */
interface Embed {
  iframe: Locator;
  frame: Frame;
}

/** The `index`th Sourceline iframe of the article, scrolled near (it loads lazily) and drawn. */
async function embedAt(page: Page, index: number): Promise<Embed> {
  const iframe = page.locator('iframe[data-sourceline]').nth(index);
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`iframe ${index} has no frame`);
  await frame.locator('button[data-event-id]').first().waitFor({ state: 'attached' });
  return { iframe, frame };
}

/** The event buttons of a frame (docs/interfaces.md: role button with data-event-id). */
function eventIn(frame: Frame, id: string): Locator {
  return frame.getByRole('button').and(frame.locator(`[data-event-id="${id}"]`));
}

function currentIn(frame: Frame): Promise<string[]> {
  return frame
    .locator('[data-event-id][aria-current="true"]')
    .evaluateAll((elements) => elements.map((e) => e.getAttribute('data-event-id') ?? ''));
}

function focusedIn(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
}

/** The iframe's height on the host, and the content and viewport heights inside the frame. */
async function fit(embed: Embed) {
  const iframe = await embed.iframe.evaluate((element) => element.getBoundingClientRect().height);
  const inside = await embed.frame.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    viewport: window.innerHeight,
    content: document.body.getBoundingClientRect().height,
  }));
  return { iframe, ...inside };
}

/** True when the frame is exactly its content's height: no inner scrolling, no gap. */
async function fitsContent(embed: Embed): Promise<boolean> {
  const { iframe, scroll, viewport, content } = await fit(embed);
  return (
    Math.abs(iframe - scroll) <= 2 &&
    Math.abs(viewport - scroll) <= 2 &&
    Math.abs(viewport - content) <= 2
  );
}

/** Heights of every Sourceline iframe on the host, in CSS pixels. */
function iframeHeights(page: Page): Promise<number[]> {
  return page
    .locator('iframe[data-sourceline]')
    .evaluateAll((frames) => frames.map((f) => f.getBoundingClientRect().height));
}

describe('the example article', () => {
  it('sizes both embeds to their content: no inner scrollbar, no gap', async () => {
    const { page } = await open(ARTICLE);
    for (const index of [0, 1]) {
      const embed = await embedAt(page, index);
      await poll(() => fitsContent(embed)).toBe(true);
      // The snippet's placeholder height must have been replaced by the real one.
      expect((await fit(embed)).iframe).not.toBe(480);
      // Headless Chromium draws no scrollbars, so check what prevents one: while the height is
      // catching up, the framed document must not scroll (and a wheel goes to the article).
      const overflow = await embed.frame.evaluate(() =>
        [document.documentElement, document.body].map((e) => getComputedStyle(e).overflowY),
      );
      expect(overflow).toEqual(['hidden', 'hidden']);
    }
    expect(await iframeHeights(page)).toHaveLength(2);
  });

  it('follows a selection change: the card grows and the iframe with it', async () => {
    const { page } = await open(ARTICLE, PHONE);
    const embed = await embedAt(page, 0);
    await poll(() => fitsContent(embed)).toBe(true);
    const before = (await fit(embed)).iframe;
    await eventIn(embed.frame, 'icc-warrant-putin').click();
    await poll(() => currentIn(embed.frame)).toEqual(['icc-warrant-putin']);
    await poll(async () => (await fit(embed)).iframe).toBeGreaterThan(before + 50);
    await poll(() => fitsContent(embed)).toBe(true);
    const card = embed.frame.getByRole('region', {
      name: EVENTS.find((e) => e.id === 'icc-warrant-putin')?.title ?? '',
    });
    expect(await card.isVisible()).toBe(true);
    // Every passage the event quotes is on screen inside the embed.
    expect(await card.locator('blockquote').count()).toBeGreaterThan(0);
    for (const quote of await card.locator('blockquote').all()) {
      expect(await quote.isVisible()).toBe(true);
    }

    // Escape clears the selection: the card goes, and the iframe shrinks back.
    await page.keyboard.press('Escape');
    await poll(() => currentIn(embed.frame)).toEqual([]);
    await poll(async () => (await fit(embed)).iframe).toBeLessThan(before + 2);
    await poll(() => fitsContent(embed)).toBe(true);
  });

  it('when the host sizes an embed otherwise, the embed reports its height again', async () => {
    const { page } = await open(ARTICLE);
    const embed = await embedAt(page, 0);
    await poll(() => fitsContent(embed)).toBe(true);
    const height = (await fit(embed)).iframe;
    await embed.iframe.evaluate((element) => {
      (element as HTMLElement).style.height = '200px';
    });
    await poll(async () => (await fit(embed)).iframe).toBe(height);
    await poll(() => fitsContent(embed)).toBe(true);
  });

  it('ignores forged resize messages from the host page, another frame, or of the wrong shape', async () => {
    const { page } = await open(ARTICLE);
    const embeds = [await embedAt(page, 0), await embedAt(page, 1)];
    for (const embed of embeds) await poll(() => fitsContent(embed)).toBe(true);
    const before = await iframeHeights(page);
    // The host records what reaches it; embed.js's listener, registered earlier, sees it first.
    await page.evaluate(() => {
      const seen: unknown[] = [];
      Object.assign(window, { seenMessages: seen });
      window.addEventListener('message', (event) => seen.push(event.data));
      const intruder = document.createElement('iframe');
      intruder.name = 'intruder';
      document.body.append(intruder);
    });
    const intruder = page.frame({ name: 'intruder' });
    if (!intruder) throw new Error('the intruder frame did not open');
    const forged = { type: RESIZE, height: 5 };

    await page.evaluate((data) => window.postMessage(data, '*'), forged);
    await intruder.evaluate((data) => window.parent.postMessage(data, '*'), forged);
    const other = embeds[1]?.frame;
    if (!other) throw new Error('no second embed');
    for (const data of [
      { type: RESIZE, height: 5, extra: true },
      { type: RESIZE, height: '5' },
      { type: RESIZE, height: -5 },
      { type: RESIZE, height: 1e6 },
      { type: 'other', height: 5 },
      JSON.stringify(forged),
    ]) {
      await other.evaluate((message) => window.parent.postMessage(message, '*'), data);
    }
    await poll(() =>
      page.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages.length),
    ).toBeGreaterThanOrEqual(8);
    expect(await iframeHeights(page)).toEqual(before);
  });

  it('links leave in a new tab with rel="noopener", to the full view of the same state', async () => {
    const opened = await open(ARTICLE);
    const { page, context } = opened;
    const dark = await embedAt(page, 1);
    const link = dark.frame.getByRole('link', { name: /Open full timeline/ });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect((await link.getAttribute('rel'))?.split(/\s+/)).toContain('noopener');
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect(href.searchParams.get('event')).toBe('icc-warrant-putin');
    expect(href.searchParams.get('theme')).toBe('dark');
    expect(href.searchParams.has('embed')).toBe(false);

    // Every link in either embed leaves the same way.
    const light = await embedAt(page, 0);
    await eventIn(light.frame, 'trump-sanctions-icc').click();
    for (const { frame } of [light, dark]) {
      const links = await frame
        .locator('a[href]')
        .evaluateAll((anchors) =>
          anchors.map((a) => ({ target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
        );
      expect(links.length).toBeGreaterThan(0);
      for (const { target, rel } of links) {
        expect(target).toBe('_blank');
        expect(rel?.split(/\s+/)).toContain('noopener');
      }
    }
    const lightLink = light.frame.getByRole('link', { name: /Open full timeline/ });
    await poll(async () =>
      new URL((await lightLink.getAttribute('href')) ?? '').searchParams.get('event'),
    ).toBe('trump-sanctions-icc');

    // Following it opens the full view in a new tab that cannot reach back to the article.
    const [tab] = await Promise.all([context.waitForEvent('page'), lightLink.click()]);
    await tab.waitForLoadState('load');
    expect(new URL(tab.url()).searchParams.get('event')).toBe('trump-sanctions-icc');
    expect(new URL(tab.url()).searchParams.has('embed')).toBe(false);
    expect(await tab.evaluate(() => window.opener === null)).toBe(true);
    await tab.locator('article').waitFor();
    expect(page.url()).toBe(new URL(ARTICLE, baseURL).href);
  });

  it('two embeds do not react to each other’s keys, nor move the host page', async () => {
    const { page } = await open(ARTICLE);
    const a = await embedAt(page, 0);
    const b = await embedAt(page, 1);
    await poll(() => currentIn(b.frame)).toEqual(['icc-warrant-putin']);
    await page.evaluate(() => {
      const keys: string[] = [];
      Object.assign(window, { hostKeys: keys });
      window.addEventListener('keydown', (event) => keys.push(event.key));
    });
    await a.iframe.scrollIntoViewIfNeeded();
    const first = EVENTS[0]?.id ?? '';
    await eventIn(a.frame, first).focus();
    expect(await focusedIn(a.frame)).toBe(first);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const bFocus = await b.frame.evaluate(() => document.activeElement?.tagName);

    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
    const moved = await focusedIn(a.frame);
    expect(moved).not.toBeNull();
    expect(moved).not.toBe(first);
    await page.keyboard.press('Enter');
    await poll(() => currentIn(a.frame)).toEqual([moved]);

    expect(await currentIn(b.frame)).toEqual(['icc-warrant-putin']);
    expect(await b.frame.evaluate(() => document.activeElement?.tagName)).toBe(bFocus);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    expect(
      await page.evaluate(() => (window as unknown as { hostKeys: string[] }).hostKeys),
    ).toEqual([]);

    // And the other way: keys on the article scroll it and reach neither embed.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const selected = await currentIn(a.frame);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('PageDown');
    await poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    await page.keyboard.press('ArrowRight');
    expect(await currentIn(a.frame)).toEqual(selected);
    expect(await currentIn(b.frame)).toEqual(['icc-warrant-putin']);
  });

  it('a plain wheel over an embed scrolls the article; Ctrl + wheel zooms the timeline', async () => {
    const { page } = await open(ARTICLE);
    const embed = await embedAt(page, 0);
    await poll(() => fitsContent(embed)).toBe(true);
    // Put the embed's timeline in the middle of the window, with article left to scroll.
    const timeline = embed.frame.getByRole('region', { name: 'Timeline' });
    await timeline.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const box = await timeline.boundingBox();
    if (!box) throw new Error('the timeline has no box');
    const positions = () =>
      embed.frame
        .locator('button[data-event-id]')
        .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().left)));
    const drawn = await positions();
    const scrollBefore = await page.evaluate(() => window.scrollY);

    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    await page.mouse.wheel(0, 240);
    await poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore + 100);
    expect(await positions()).toEqual(drawn);

    // The same wheel with Ctrl held zooms instead, and leaves the article where it is.
    const moved = await timeline.boundingBox();
    if (!moved) throw new Error('the timeline has no box');
    await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 3);
    const scrollAfter = await page.evaluate(() => window.scrollY);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -240);
    await page.keyboard.up('Control');
    await poll(positions).not.toEqual(drawn);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollAfter);
  });

  it('logs no error or warning under the strict CSP and requests nothing from elsewhere', async () => {
    const opened = await open(ARTICLE);
    const { page } = opened;
    const light = await embedAt(page, 0);
    await eventIn(light.frame, 'icc-warrant-putin').click();
    await light.frame.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const dark = await embedAt(page, 1);
    await poll(() => fitsContent(dark)).toBe(true);
    await poll(() => fitsContent(light)).toBe(true);
    expect(opened.consoleProblems).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.failedRequests).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
  });
});

describe('embed mode outside a frame', () => {
  it('still scrolls when opened directly in a tab', async () => {
    const { page } = await open('?embed=1&event=icc-warrant-putin', PHONE);
    await page.locator('button[data-event-id]').first().waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(
      PHONE.height,
    );
    await page.mouse.move(PHONE.width / 2, PHONE.height / 2);
    await page.mouse.wheel(0, 400);
    await poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  });
});

describe('the Embed dialog', () => {
  it('opens as a labelled modal, and Escape closes it and returns focus to the button', async () => {
    const { page } = await open('?event=icc-warrant-putin&theme=dark');
    const button = page.getByRole('button', { name: 'Embed', exact: true });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    await dialog.waitFor();
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    // The page as it was opened (here the server's root), with only the embed's parameters.
    expect(code).toContain(`src="${baseURL}?embed=1&amp;event=icc-warrant-putin&amp;theme=dark"`);
    expect(code).toContain(`<script src="${baseURL}embed.js" async></script>`);
    // Modal: the page behind is inert.
    expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});

describe('the standalone file', () => {
  let dir = '';
  let file = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sourceline-standalone-e2e-'));
    file = join(dir, 'sourceline.html');
    // Built here, so the test can never pass on a stale file.
    await promisify(execFile)(
      join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
      ['scripts/build-standalone.ts', file],
      { cwd: PROJECT_ROOT },
    );
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('works in an LMS-style sandboxed iframe without allow-same-origin', async () => {
    // Such a frame has an opaque origin: the hosted build's module scripts are then cross-origin
    // and blocked (docs/embedding.md), but the one-file build has nothing to fetch. Both pages are
    // served from a made-up origin by the test itself, with no headers, as an LMS might.
    const context = await session.browser().newContext({ viewport: DESKTOP });
    try {
      const host = `<!doctype html><html lang="en"><title>Course page</title>
        <iframe title="Timeline" sandbox="allow-scripts allow-popups" width="900" height="900"
          src="https://lms.example/files/sourceline.html?embed=1"></iframe></html>`;
      const standalone = await readFile(file, 'utf8');
      await context.route('https://lms.example/**', (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: new URL(route.request().url()).pathname === '/course' ? host : standalone,
        }),
      );
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      await page.goto('https://lms.example/course');
      const frame = page.frameLocator('iframe');
      const buttons = frame.getByRole('button').and(frame.locator('[data-event-id]'));
      await buttons.first().waitFor();
      expect(await buttons.count()).toBe(19);
      expect(await frame.locator('body').evaluate(() => self.origin)).toBe('null'); // sandboxed
      // Selecting works although the frame may not touch its own address (opaque origin).
      await frame.locator('[data-event-id="clinton-signs-rome-statute"]').click();
      await frame
        .getByRole('heading', { level: 2, name: 'Clinton signs the Rome Statute' })
        .waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('offers only the timeline it holds: no picker of datasets it cannot load', async () => {
    const context = await session.browser().newContext({ viewport: DESKTOP });
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.locator('button[data-event-id]').first().waitFor();
      // The web build offers its datasets here (import-export.e2e.ts); a single file has no
      // data/ beside it.
      expect(await page.locator('.browse__toolbar').count()).toBe(1);
      expect(await page.getByText('Timelines', { exact: true }).count()).toBe(0);
      expect(await page.getByRole('list', { name: 'Timelines' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('its Embed dialog gives a snippet without embed.js, which it has not, and says why', async () => {
    const context = await session.browser().newContext({ viewport: DESKTOP });
    try {
      // Served from a web address, as an LMS would serve the uploaded file.
      const standalone = await readFile(file, 'utf8');
      await context.route('https://lms.example/**', (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: standalone }),
      );
      const page = await context.newPage();
      await page.goto('https://lms.example/files/sourceline.html');
      await page.getByRole('button', { name: 'Embed', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
      await dialog.waitFor();
      const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
      expect(code).not.toContain('<script');
      expect(code).not.toContain('embed.js');
      expect(code).toContain('src="https://lms.example/files/sourceline.html?embed=1"');
      expect(code).toContain('height:760px');
      expect(await dialog.textContent()).toMatch(/single-file copy.*no embed\.js beside it/s);
      // The snippet's frame works: the file in it draws the timeline.
      const preview = page.frameLocator('iframe[title="Preview of the embed"]');
      await preview.locator('button[data-event-id]').first().waitFor();
    } finally {
      await context.close();
    }
  });

  it('opens from file:// with every event and makes no request', async () => {
    const context = await session
      .browser()
      .newContext({ viewport: DESKTOP, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      const url = pathToFileURL(file).href;
      await page.goto(url, { waitUntil: 'load' });
      const ids = await page
        .getByRole('button')
        .and(page.locator('[data-event-id]'))
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-event-id')));
      expect(ids.sort()).toEqual(EVENTS.map((e) => e.id).sort());
      expect(ids).toHaveLength(19);
      // The source text is inlined too, and selecting works (the URL follows, even on disk).
      await page.locator('article mark[data-event-ids]').first().waitFor();
      await page
        .getByRole('button')
        .and(page.locator('[data-event-id="icc-warrant-putin"]'))
        .click();
      await poll(() => page.evaluate(() => new URL(location.href).searchParams.get('event'))).toBe(
        'icc-warrant-putin',
      );
      const elsewhere = requests.filter(
        (request) => !request.startsWith('file:') && !request.startsWith('data:'),
      );
      expect(elsewhere).toEqual([]);
      expect(requests.filter((request) => request.startsWith('file:'))).toEqual([url]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
