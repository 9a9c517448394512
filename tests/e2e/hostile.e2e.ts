/**
 * Bad input gets a clear, located answer and breaks nothing: malformed datasets give one screen
 * listing every problem with its place; markup in any field of a dataset, in the source text or
 * in the URL is shown as text and never runs.
 */
import type { Page } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventButtons } from './support/app.ts';
import type { OpenedPage } from './support/browser.ts';
import { FIXTURES_DIR } from './support/server.ts';
import { appOpener, pageOpener, poll } from './support/session.ts';

const GENERATED = join(FIXTURES_DIR, 'generated');

const open = appOpener();

beforeAll(() => {
  // Too large to commit: a dataset whose title and summary are a million characters each.
  const huge = 'x'.repeat(1_000_000);
  mkdirSync(GENERATED, { recursive: true });
  writeFileSync(
    join(GENERATED, 'megabyte.json'),
    JSON.stringify({
      title: huge,
      events: [
        {
          id: 'huge',
          title: 'Huge',
          summary: huge,
          date: '2001',
          dateInArticle: null,
          dateSource: { kind: 'article' },
          actors: ['A'],
          citations: [],
        },
      ],
    }),
  );
});

const openPlain = pageOpener();

/** Opens a page without waiting for events (an error screen draws none), noting any dialog. */
async function openRaw(path: string): Promise<OpenedPage & { dialogs: string[] }> {
  const opened = await openPlain(path);
  const dialogs: string[] = [];
  opened.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { ...opened, dialogs };
}

/** What hostile data would have set had any of it run. */
const pwned = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);

/** The located problems listed on the error screen. */
async function listedProblems(page: Page): Promise<string[]> {
  await page.getByRole('heading', { name: 'This timeline could not be shown' }).waitFor();
  return page.locator('.error-screen__problems li').allTextContents();
}

describe('malformed datasets', () => {
  it.each([
    ['not-json', ['file: is not valid JSON']],
    [
      'wrong-types',
      [
        'title: should be text, not a number',
        'events[0] "Not Kebab" › date: should be text, not a number',
        'events[1]: should be an object, not text',
      ],
    ],
    [
      'bad-dates',
      [
        'events[0] "leap" › date: "2023-02-29" is not a real date',
        'events[1] "month-13" › date:',
        'events[3] "open" › date:',
      ],
    ],
    [
      'quotes',
      [
        'events[0] "missing" › citations[0].exact: the quote is not in the source text',
        'events[1] "ambiguous" › citations[0].exact: the quote occurs 2 times',
        'events[2] "uncited" › citations: cites no passage',
      ],
    ],
    ['duplicate-ids', ['events[1] "same" › id: duplicates the id of an earlier event']],
    ['empty-events', ['events: must hold at least one event']],
    ['javascript-media', ['events[0] "media" › media.url: must be an http(s) URL']],
    ['missing-file', ['missing-file.json: could not be loaded (the server answered 404)']],
  ])('%s gives one screen listing every problem with its place', async (name, expected) => {
    const opened = await openRaw(`?data=/fixtures/hostile/${name}.json`);
    const problems = await listedProblems(opened.page);
    for (const words of expected)
      expect(
        problems.some((p) => p.includes(words)),
        `${words} in ${problems.join(' | ')}`,
      ).toBe(true);
    expect(await eventButtons(opened.page).count()).toBe(0);
    expect(opened.pageErrors).toEqual([]);
  });

  it('lists the problems of a dataset with megabyte-long strings, briefly', async () => {
    const opened = await openRaw('?data=/fixtures/generated/megabyte.json');
    const problems = await listedProblems(opened.page);
    expect(problems).toContain('title: must be at most 200 characters');
    expect(problems.some((p) => p.startsWith('events[0] "huge" › summary: must be at most'))).toBe(
      true,
    );
    // The screen names the problems; it does not repeat the megabytes.
    const length = await opened.page.evaluate(() => document.body.textContent?.length ?? 0);
    expect(length).toBeLessThan(10_000);
  });
});

describe('markup in data is text', () => {
  it('shows every field of a dataset full of markup as text, and runs none of it', async () => {
    const opened = await openRaw('?data=/fixtures/hostile/markup-everywhere.json&event=met');
    const { page } = opened;
    await eventButtons(page).first().waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      `<img src=x onerror="window.__pwned='title'">Markup <b>everywhere</b>`,
    );
    const details = page.getByRole('region', { name: /The court meets/ });
    expect(await details.textContent()).toContain("<script>window.__pwned='summary'</script>");
    const article = page.locator('article');
    expect(await article.textContent()).toContain("<script>window.__pwned = 'source';</script>");
    // Nothing from the data became an element or a handler.
    const injected = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '#root img, #root script, #root iframe, #root svg[onload], #root b, #root i, #root u, #root style, #root [onerror], #root [onmouseover]',
        ),
      ].map((el) => el.outerHTML.slice(0, 60)),
    );
    expect(injected).toEqual([]);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
    );
    expect(links.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    await page.mouse.move(10, 10);
    await eventButtons(page).first().hover();
    expect(await pwned(page)).toBeNull();
    expect(opened.dialogs).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.consoleProblems).toEqual([]);
  });
});

describe('hostile URLs', () => {
  it.each([
    ['?event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', /event that is not valid/],
    ['?data=javascript%3Aalert(1)', /can only be loaded from this site/],
    ['?data=https%3A%2F%2Fevil.example%2Fx.json', /can only be loaded from this site/],
    ['?theme=%3Cscript%3E&mode=%22%3E%3Cscript%3E&embed=%3Cb%3E', null],
  ])(
    '%s falls back to the defaults with a polite message and runs nothing',
    async (query, message) => {
      const opened = await open(query);
      const { page } = opened;
      if (message)
        await poll(() => page.getByRole('status').first().textContent()).toMatch(message);
      expect(await eventButtons(page).count()).toBe(19);
      expect(await pwned(page)).toBeNull();
      expect(opened.pageErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    },
  );

  it('a huge event id (15,000 characters) gets a short notice and the default view', async () => {
    // Servers refuse much longer addresses (Node's limit is 16 KB of headers): the app's own
    // limit on the whole query is unit-tested.
    const opened = await open(`?event=${'a'.repeat(15_000)}`);
    const { page } = opened;
    const status = page.getByRole('status').first();
    await poll(() => status.textContent()).toMatch(/not valid/);
    expect(((await status.textContent()) ?? '').length).toBeLessThan(300);
    expect(await eventButtons(page).count()).toBe(19);
    expect(opened.pageErrors).toEqual([]);
  });

  it('acts on no message posted to it, whatever its shape', async () => {
    const opened = await open('?event=icc-warrant-putin');
    const { page } = opened;
    const before = await page.evaluate(() => ({
      url: location.href,
      html: document.body.innerHTML.length,
    }));
    await page.evaluate(() => {
      for (const message of [
        { type: 'sourceline:resize', height: 5 },
        { type: 'sourceline:select', id: 'clinton-signs-rome-statute' },
        { event: 'clinton-signs-rome-statute' },
        '<img src=x onerror="window.__pwned=1">',
      ])
        window.postMessage(message, '*');
    });
    // Messages are delivered as tasks: let them all arrive before looking.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const after = await page.evaluate(() => ({
      url: location.href,
      html: document.body.innerHTML.length,
    }));
    expect(after).toEqual(before);
    expect(await pwned(page)).toBeNull();
  });
});
