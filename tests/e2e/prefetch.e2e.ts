/**
 * A dataset by `?data=` starts downloading at once, beside the app's script (the inline
 * src/app/loading/prefetch.js starts the worker that downloads and compiles it), not after the
 * script has run, and so does the app's loader; each is fetched once, and the dataset drawn.
 * Meanwhile the prerendered built-in timeline, which is not the one asked for, is not shown.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { eventButtons, waitForApp } from './support/app.ts';
import { browserSession, poll } from './support/session.ts';

const session = browserSession();
/** Each page is ready once its events are drawn. */
const open: typeof session.open = async (...args) => {
  const opened = await session.open(...args);
  await waitForApp(opened.page);
  return opened;
};

describe('a dataset by ?data=', () => {
  it('is requested before the main bundle has finished downloading, once, and drawn', async () => {
    const events: string[] = [];
    // The main bundle is held back until the data has been asked for (or ten seconds have gone),
    // as a real network's slower download of it would: on this machine's loopback the bundle can
    // arrive before the worker that asks for the data has even started, which says nothing
    // about whether the request waits for the bundle. If it did wait, the order below would say.
    let requested = () => undefined as void;
    const dataRequested = new Promise<void>((done) => (requested = done));
    const opened = await open('?data=fixtures/timelinejs-sample.json', undefined, (page) => {
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.endsWith('/timelinejs-sample.json')) {
          events.push('data requested');
          requested();
        }
        if (/\/compileDataset\.worker-[\w-]+\.js$/.test(path)) events.push('worker requested');
        if (/\/dataLoading-[\w-]+\.js$/.test(path)) events.push('loader requested');
      });
      page.on('requestfinished', (request) => {
        if (/\/assets\/main-[\w-]+\.js$/.test(request.url())) events.push('main bundle finished');
      });
      return page.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
        await Promise.race([dataRequested, new Promise((done) => setTimeout(done, 10_000))]);
        await route.continue();
      });
    });
    await waitForApp(opened.page);
    expect(await eventButtons(opened.page).count()).toBeGreaterThan(0);
    expect(events.filter((e) => e === 'data requested')).toHaveLength(1);
    expect(events.indexOf('data requested')).toBeLessThan(events.indexOf('main bundle finished'));
    expect(events.filter((e) => e === 'worker requested')).toHaveLength(1);
    expect(events.indexOf('worker requested')).toBeLessThan(events.indexOf('main bundle finished'));
    // The app's loader is preloaded by prefetch.js, and the app's own import takes that download.
    expect(events.filter((e) => e === 'loader requested')).toHaveLength(1);
    const preloaded = await opened.page
      .locator('head link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(preloaded.filter((href) => /\/dataLoading-[\w-]+\.js$/.test(href))).toHaveLength(1);
  });

  it('is asked for by the worker’s first module, before the compiler’s code has arrived', async () => {
    const events: string[] = [];
    let requested = () => undefined as void;
    const dataRequested = new Promise<void>((done) => (requested = done));
    const service = /\/assets\/workerService-[\w-]+\.js$/;
    const opened = await open('?data=fixtures/timelinejs-sample.json', undefined, (page) => {
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.endsWith('/timelinejs-sample.json')) {
          events.push('data requested');
          requested();
        }
      });
      page.on('requestfinished', (request) => {
        if (service.test(request.url())) events.push('compiler finished');
      });
      // The compiler's chunk is held back until the data has been asked for (or ten seconds).
      return page.route(service, async (route) => {
        await Promise.race([dataRequested, new Promise((done) => setTimeout(done, 10_000))]);
        await route.continue();
      });
    });
    expect(await eventButtons(opened.page).count()).toBeGreaterThan(0);
    expect(events).toEqual(['data requested', 'compiler finished']);
  });

  it('asks for the app’s script only once the built-in page has painted, and elsewhere at once', async () => {
    /** When the page first painted its content, and when it asked for the app's modules. */
    const order = (page: Page) =>
      page.evaluate(() => {
        const painted = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        const asked = performance
          .getEntriesByType('resource')
          .filter((entry) =>
            /\/assets\/(main|shared|rolldown-runtime)-[\w-]+\.js$/.test(entry.name),
          )
          .map((entry) => entry.startTime);
        return { painted, asked };
      });
    // The page's controls work: the app's script has run (the opener waits for it).
    const builtIn = await open('');
    await eventButtons(builtIn.page).first().click();
    await builtIn.page.locator('[data-event-id][aria-current="true"]').first().waitFor();
    const atHome = await order(builtIn.page);
    expect(atHome.asked).toHaveLength(3);
    expect(atHome.painted).toBeDefined();
    expect(atHome.asked.every((at) => at >= (atHome.painted ?? Infinity))).toBe(true);
    expect(builtIn.consoleProblems).toEqual([]);
    // The page does not name the app's script: only the start script asks for it.
    expect(await builtIn.page.locator('script[type="module"]').count()).toBe(1);
    const elsewhere = await open('?event=icc-warrant-putin');
    const there = await order(elsewhere.page);
    expect(there.asked).toHaveLength(3);
    expect(there.asked.every((at) => at < (there.painted ?? -Infinity))).toBe(true);
  });

  it('mounts the app that arrives while the page is still being parsed, once it is', async () => {
    // The page's parser is held at a script of its own before the app's root, until the app's
    // script (asked for at once on this address) has run: that script must wait for the page.
    const address = /\/(index\.html)?$/;
    let ranWhileParsing: unknown;
    const opened = await session.open('?event=icc-warrant-putin', undefined, async (page) => {
      await page.route(
        (url) => address.test(url.pathname),
        async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace(
            '<div id="root"',
            '<script src="./held-parser.js"></script><div id="root"',
          );
          await route.fulfill({ response, body });
        },
      );
      await page.route(/\/held-parser\.js$/, async (route) => {
        await poll(() =>
          page.evaluate(() => document.documentElement.style.getPropertyValue('--font')),
        ).not.toBe('');
        ranWhileParsing = await page.evaluate(() => document.readyState === 'loading');
        await route.fulfill({ contentType: 'text/javascript', body: '' });
      });
    });
    expect(ranWhileParsing).toBe(true);
    await waitForApp(opened.page);
    await opened.page
      .locator('[data-event-id="icc-warrant-putin"][aria-current="true"]')
      .first()
      .waitFor();
    expect(opened.pageErrors).toEqual([]);
  });

  it('leaves the worker and the loader alone on a page without ?data=', async () => {
    const requested: string[] = [];
    await open('', undefined, (page) => {
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      return Promise.resolve();
    });
    expect(requested.some((path) => path.endsWith('.js'))).toBe(true);
    expect(requested.filter((path) => /\/(dataLoading|compileDataset)\b/.test(path))).toEqual([]);
  });

  it('does not show the prerendered built-in timeline, which is not the one asked for', async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((done) => (release = done));
    // The app's script and the data are held back: the page is what the HTML and prefetch.js make.
    const holdBack = /\/(assets\/main-[\w-]+\.js|fixtures\/timelinejs-sample\.json)$/;
    const page = await session.browser().newPage();
    await page.route(
      (url) => holdBack.test(url.pathname),
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.goto(new URL('?data=fixtures/timelinejs-sample.json', inject('baseURL')).href, {
      waitUntil: 'commit',
    });
    const prerendered = page.locator('#root[data-prerendered] h1');
    await prerendered.waitFor({ state: 'attached' });
    expect(await prerendered.textContent()).toMatch(/warrant for Putin/);
    expect(await prerendered.isVisible()).toBe(false);
    const builtIn = page.getByRole('heading', { level: 1, name: /warrant for Putin/ });
    expect(await builtIn.count()).toBe(0);
    // What it says instead, before the app's script has run.
    const said = await page.evaluate(
      () => getComputedStyle(document.getElementById('root')!, '::before').content,
    );
    expect(said).toBe('"Loading the timeline…"');
    release();
    await waitForApp(page);
    expect(await eventButtons(page).count()).toBeGreaterThan(0);
    expect(await builtIn.count()).toBe(0);
    await page.close();
  });

  it('is not fetched early when it is on another origin: the app refuses it, with its message', async () => {
    const requested: string[] = [];
    const opened = await open('?data=https://elsewhere.invalid/x.json', undefined, (page) => {
      page.on('request', (request) => requested.push(request.url()));
      return Promise.resolve();
    });
    await opened.page.getByRole('status').first().waitFor();
    expect(requested.some((url) => new URL(url).hostname === 'elsewhere.invalid')).toBe(false);
  });
});
