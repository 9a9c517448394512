/**
 * Presentation mode and the printed handout of the built app in real Chromium, found through the
 * public surfaces of docs/interfaces.md: a slide's level-1 heading is its event's title, its quotes are
 * <blockquote>s, a visible counter reads `N / M`, the URL's `event` follows the slide, and browse
 * mode's event buttons carry `data-event-id` and `aria-current`.
 *
 * The handout's PDF is read with a small parser of Chromium's own PDF output (./pdfText.ts), as
 * pdftotext is not installed everywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { currentIds, eventParam, historyLength, visibleShare, waitForApp } from './support/app.ts';
import { PHONE } from './support/browser.ts';
import type { OpenedPage, Viewport } from './support/browser.ts';
import { DEFAULT_DATASET_DIR, EVENTS, knownEvent, squash } from './support/dataset.ts';
import type { KnownEvent } from './support/dataset.ts';
import { pdfPages } from './pdfText.ts';
import { pictureProblems } from './support/pictureLegibility.ts';
import { drawnRightToLeft, wordLefts } from './support/readingOrder.ts';
import { browserSession } from './support/session.ts';

const PROJECTOR: Viewport = { width: 1920, height: 1080 };
const SMALL_PROJECTOR: Viewport = { width: 1280, height: 720 };
const OLD_PROJECTOR: Viewport = { width: 1024, height: 768 };

const TITLE = (
  JSON.parse(readFileSync(join(DEFAULT_DATASET_DIR, 'timeline.json'), 'utf8')) as { title: string }
).title;
/** Slides: the title slide and one per event (the counter's M). */
const SLIDES = EVENTS.length + 1;

const baseURL = inject('baseURL');
const session = browserSession();

/** Waits for a state, not a time: long enough for a loaded CI machine, never asserted. */
function poll<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: 10_000 });
}

function byTitle(title: string): KnownEvent {
  const found = EVENTS.filter((event) => event.title === title);
  if (found.length !== 1) throw new Error(`${found.length} events titled "${title}"`);
  return found[0] as KnownEvent;
}

/** Opens `path` and waits for a slide: a level-1 heading and the counter. */
async function present(path: string, viewport: Viewport = SMALL_PROJECTOR): Promise<OpenedPage> {
  const opened = await session.open(path, viewport);
  await counter(opened.page).waitFor({ timeout: 20_000 });
  return opened;
}

/** Opens `path` in browse mode and waits for the timeline's event buttons. */
async function browse(path: string, viewport: Viewport = SMALL_PROJECTOR): Promise<OpenedPage> {
  const opened = await session.open(path, viewport);
  await waitForApp(opened.page);
  return opened;
}

/** The visible `N / M` counter (screen readers hear "Slide N / M"). */
function counter(page: Page) {
  return page.getByText(/^(Slide )?\d+ \/ \d+$/);
}

/** What the current slide shows, as a person sees it. */
async function slide(page: Page) {
  const count = /(\d+) \/ (\d+)/.exec(await counter(page).innerText());
  return {
    heading: squash(await page.getByRole('heading', { level: 1 }).innerText()),
    n: Number(count?.[1]),
    m: Number(count?.[2]),
    quotes: (await page.locator('blockquote').allInnerTexts()).map(squash),
    event: await eventParam(page),
  };
}

/** Waits until the slide shows `id` (null: the title slide), then checks all it shows. */
async function expectSlide(page: Page, id: string | null, n: number): Promise<void> {
  await poll(() => eventParam(page)).toBe(id);
  const shown = await slide(page);
  expect(shown.n, 'counter N').toBe(n);
  expect(shown.m, 'counter M').toBe(SLIDES);
  if (id === null) {
    expect(shown.heading).toBe(squash(TITLE));
    expect(shown.quotes).toEqual([]);
  } else {
    const event = knownEvent(id);
    expect(shown.heading).toBe(squash(event.title));
    expect(shown.quotes).toEqual(event.quotes.map(squash));
  }
}

describe('walking the slides', () => {
  it('shows a title slide, then every event once, in time order, each with its verbatim quotes', async () => {
    const { page, consoleProblems, pageErrors, failedRequests, foreignRequests } =
      await present('?mode=present');
    await expectSlide(page, null, 1);
    const before = await historyLength(page);
    const visited: KnownEvent[] = [];
    for (let n = 2; n <= SLIDES; n += 1) {
      await page.keyboard.press('ArrowRight');
      await poll(async () => (await slide(page)).n).toBe(n);
      const shown = await slide(page);
      const event = byTitle(shown.heading);
      visited.push(event);
      expect(shown.event, `URL of slide ${n}`).toBe(event.id);
      expect(shown.quotes, `quotes of ${event.id}`).toEqual(event.quotes.map(squash));
      expect(shown.quotes.length, `${event.id} quotes something`).toBeGreaterThan(0);
    }
    expect(visited.map((e) => e.id).sort()).toEqual(EVENTS.map((e) => e.id).sort());
    // Dates never go backwards (events of one day may come in any order).
    const starts = visited.map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
    // The URL is kept with replaceState: walking adds no history entries.
    expect(await historyLength(page)).toBe(before);
    expect(consoleProblems).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('Space and PageDown go forward, ArrowLeft and PageUp back, Home and End to the ends', async () => {
    const first = EVENTS[0];
    const second = EVENTS[1];
    const last = EVENTS[EVENTS.length - 1];
    if (!first || !second || !last) throw new Error('too few events');
    const { page } = await present(`?mode=present&event=${first.id}`);
    await expectSlide(page, first.id, 2);
    await page.keyboard.press('PageDown');
    await expectSlide(page, second.id, 3);
    await page.keyboard.press('PageUp');
    await expectSlide(page, first.id, 2);
    await page.keyboard.press('Space');
    await expectSlide(page, second.id, 3);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, first.id, 2);
    await page.keyboard.press('End');
    await expectSlide(page, last.id, SLIDES);
    // The ends do not wrap round: a clicker pressed once too often stays on the last slide.
    await page.keyboard.press('PageDown');
    await expectSlide(page, last.id, SLIDES);
    await page.keyboard.press('Home');
    await expectSlide(page, null, 1);
    await page.keyboard.press('PageUp');
    await expectSlide(page, null, 1);
  });

  it('the strip under the slide jumps to the event clicked, and keys go on from there', async () => {
    const { page } = await present('?mode=present');
    const strip = page.getByRole('navigation', { name: /All events/ });
    // The strip's buttons are no event buttons of the main timeline (docs/interfaces.md).
    expect(await page.locator('[data-event-id]').count()).toBe(0);
    await strip.locator('[data-slide-event="trump-sanctions-icc"]').click();
    const at = 1 + EVENTS.findIndex((e) => e.id === 'trump-sanctions-icc') + 1;
    await expectSlide(page, 'trump-sanctions-icc', at);
    expect(await strip.locator('[aria-current="step"]').getAttribute('data-slide-event')).toBe(
      'trump-sanctions-icc',
    );
    await page.keyboard.press('Space');
    await poll(async () => (await slide(page)).n).toBe(at + 1);
  });
});

describe('the URL', () => {
  it('a reload returns to the same slide', async () => {
    const { page } = await present('?mode=present');
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
    await poll(async () => (await slide(page)).n).toBe(5);
    const before = await slide(page);
    expect(before.event).not.toBeNull();
    await page.reload({ waitUntil: 'load' });
    await counter(page).waitFor();
    await expectSlide(page, before.event, 5);
    expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
    // And keys work at once after the reload.
    await page.keyboard.press('ArrowLeft');
    await poll(async () => (await slide(page)).n).toBe(4);
  });
});

describe('leaving and entering', () => {
  it('Escape returns to browse mode with the same event selected and focused', async () => {
    const { page } = await present('?mode=present&event=rome-statute-adopted');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const id = (await slide(page)).event;
    if (id === null) throw new Error('no event on the third slide');
    await page.keyboard.press('Escape');
    await waitForApp(page);
    await poll(() => currentIds(page)).toEqual([id]);
    expect(await eventParam(page)).toBe(id);
    expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
    await poll(() =>
      page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null),
    ).toBe(id);
  });

  it('the Present button in browse mode starts at the selected event', async () => {
    const opened = await browse('?event=biden-revokes-sanctions');
    const { page } = opened;
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const at = 1 + EVENTS.findIndex((e) => e.id === 'biden-revokes-sanctions') + 1;
    await counter(page).waitFor();
    await expectSlide(page, 'biden-revokes-sanctions', at);
    expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
    await page.keyboard.press('ArrowRight');
    await poll(async () => (await slide(page)).n).toBe(at + 1);
    expect(opened.consoleProblems).toEqual([]);
  });
});

describe('keys are scoped', () => {
  it('keys typed into a text field, on the page or inside the presentation, do nothing', async () => {
    const { page } = await present('?mode=present&event=clinton-signs-rome-statute');
    const at = 1 + EVENTS.findIndex((e) => e.id === 'clinton-signs-rome-statute') + 1;
    // One field elsewhere on the page (as a host page's would be), one inside the presentation.
    await page.evaluate(() => {
      const outside = document.createElement('input');
      outside.id = 'outside-field';
      outside.setAttribute('aria-label', 'Outside field');
      document.body.prepend(outside);
      const inside = document.createElement('textarea');
      inside.id = 'inside-field';
      inside.setAttribute('aria-label', 'Inside field');
      document.activeElement?.append(inside);
    });
    for (const field of ['#outside-field', '#inside-field']) {
      await page.locator(field).focus();
      for (const key of [
        'ArrowRight',
        'PageDown',
        'Space',
        'End',
        'Home',
        'ArrowLeft',
        'PageUp',
        'f',
        'Escape',
      ]) {
        await page.keyboard.press(key);
      }
      await page.keyboard.type('abc');
      expect(await page.locator(field).inputValue()).toContain('abc');
      await expectSlide(page, 'clinton-signs-rome-statute', at);
      expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    }
    expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
  });
});

describe('full screen', () => {
  it('f puts the presentation full screen and takes it out again', async () => {
    const { page } = await present('?mode=present');
    const isFull = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await poll(isFull).toBe(true);
    // Keys still move slides while full screen.
    await page.keyboard.press('ArrowRight');
    await poll(async () => (await slide(page)).n).toBe(2);
    await page.keyboard.press('f');
    await poll(isFull).toBe(false);
  });
});

describe('motion', () => {
  it('slides animate in, except for people who prefer reduced motion', async () => {
    const animated = async (page: Page) =>
      page.getByRole('heading', { level: 1 }).evaluate((heading) => {
        for (let a: Element | null = heading; a; a = a.parentElement) {
          if (getComputedStyle(a).animationName !== 'none') return true;
        }
        return false;
      });
    const reduced = await present('?mode=present&event=rome-statute-adopted');
    expect(await animated(reduced.page)).toBe(false);
    const context = await session.browser().newContext({
      viewport: SMALL_PROJECTOR,
      reducedMotion: 'no-preference',
    });
    try {
      const page = await context.newPage();
      await page.goto(new URL('?mode=present&event=rome-statute-adopted', baseURL).href);
      await counter(page).waitFor();
      expect(await animated(page)).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('readable from the back of the room', () => {
  // A phone too: a teacher may check the slides on one; nothing may spill off its edge.
  for (const viewport of [PROJECTOR, SMALL_PROJECTOR, OLD_PROJECTOR, PHONE]) {
    it(`at ${viewport.width}×${viewport.height} every line of the longest slide can be seen`, async () => {
      const { page } = await present('?mode=present&event=icc-warrant-putin', viewport);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
      ).toBeLessThanOrEqual(0);
      const parts = [
        page.getByRole('heading', { level: 1 }),
        ...(await page.locator('blockquote').all()),
        counter(page),
      ];
      for (const part of parts) {
        // Scrolled into view if the slide is taller than the screen, then wholly visible.
        await part.evaluate((element) => element.scrollIntoView({ block: 'nearest' }));
        expect(await visibleShare(part, 'both')).toBeGreaterThan(0.99);
      }
      if (viewport === PROJECTOR) {
        const px = (part: (typeof parts)[number]) =>
          part.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
        expect(await px(page.getByRole('heading', { level: 1 }))).toBeGreaterThanOrEqual(40);
        for (const quote of await page.locator('blockquote').all()) {
          expect(await px(quote)).toBeGreaterThanOrEqual(24);
        }
      }
    });
  }
});

/** Letters only, as compatibility forms (PDF fonts draw "ff" as one ligature glyph). */
function letters(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

describe('an English source in Arabic', () => {
  // The day is the chrome's, in Arabic: "17 مارس 2023" reads from the right, the day first.
  // Inside the English citation's <bdi> it was drawn left to right, "17 2023 مارس".
  const DAY = ['17', 'مارس', '2023'];

  it('dates its source right to left on the slides and in the handout', async () => {
    const { page } = await present('?mode=present&lang=ar');
    const titleSlide = page.locator('.slide__source');
    await titleSlide.waitFor();
    const onSlides = await wordLefts(titleSlide, DAY);
    await page.keyboard.press('End');
    const quoted = page.locator('.slide figcaption');
    await quoted.first().waitFor();
    onSlides.push(...(await wordLefts(quoted, DAY)));
    await page.emulateMedia({ media: 'print' });
    await poll(() => page.locator('.handout__event').count()).toBe(EVENTS.length);
    const inHandout = await wordLefts(page.locator('.handout__meta, .handout figcaption'), DAY);
    const all = [...onSlides, ...inHandout];
    expect(all.length).toBeGreaterThan(2 + EVENTS.length);
    for (const lefts of all) expect(drawnRightToLeft(lefts), lefts.join(' ')).toBe(true);
  });
});

describe('the printed handout', () => {
  for (const [mode, path] of [
    ['presentation', '?mode=present&event=clinton-signs-rome-statute'],
    ['browse', '?event=clinton-signs-rome-statute'],
  ] as const) {
    it(`prints from ${mode} mode on A4 and Letter: every event, none split, no blank page`, async () => {
      const { page } = await (mode === 'browse' ? browse(path) : present(path));
      // The handout's contents load once the page is idle; then it is ready to print.
      await page.locator('[data-handout-ready]').waitFor({ state: 'attached' });
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = pdfPages(await page.pdf({ format }));
        // It opens with the whole timeline: the picture's lane names (capitals, found nowhere
        // else in the handout) are on page 1. Titles would not do: the picture wraps them.
        for (const lane of ['UNITED NATIONS', 'INTERNATIONAL CRIMINAL COURT', 'UKRAINE']) {
          expect(letters(pdf[0]?.text ?? ''), `${format}: ${lane} on page 1`).toContain(
            letters(lane),
          );
        }
        expect(pdf.length).toBeGreaterThanOrEqual(1);
        const texts = pdf.map((p) => letters(p.text));
        pdf.forEach((p, i) => {
          expect(p.contentLength, `${format} page ${i + 1} content`).toBeGreaterThan(0);
          expect(texts[i]?.length, `${format} page ${i + 1} text`).toBeGreaterThan(0);
        });
        const all = texts.join('');
        expect(all).toContain(letters(TITLE));
        expect(all).toContain(letters('The New York Times, 17 March 2023'));
        for (const event of EVENTS) {
          // Title and every quote on one page: the event is not split across pages. The last
          // page with the title: the timeline's picture, first, holds every title too.
          const page = texts.findLastIndex((t) => t.includes(letters(event.title)));
          expect(page, `${format}: ${event.title}`).toBeGreaterThanOrEqual(0);
          for (const quote of event.quotes) {
            expect(texts[page], `${format}: quote of ${event.id} on its title's page`).toContain(
              letters(quote),
            );
          }
        }
        for (const chrome of ['Print handout', 'Previous', 'Zoom in', 'Skip to the source']) {
          expect(all, `${format}: no "${chrome}"`).not.toContain(letters(chrome));
        }
      }
    });
  }

  it('opens with a picture whose every text is inside it and clear of the marks', async () => {
    const { page } = await browse('?event=clinton-signs-rome-statute');
    await page.locator('[data-handout-ready]').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const picture = page.getByRole('img', {
      name: `The whole timeline: ${EVENTS.length} events`,
    });
    await picture.waitFor();
    expect(await pictureProblems(picture)).toEqual([]);
    // The source line whole, wrapped inside the picture rather than cut off at its edge.
    const texts = await picture.locator('text').allTextContents();
    expect(texts.join(' ')).toContain('The New York Times, 2023-03-17');
    expect(texts.join(' ')).toMatch(/Made with Sourceline\.$/);
  });

  for (const [language, path] of [
    ['English', '?event=clinton-signs-rome-statute'],
    ['Arabic, right to left', '?lang=ar&event=clinton-signs-rome-statute'],
  ] as const) {
    it(`numbers every event whole, beside its text and inside the page (${language})`, async () => {
      const { page } = await browse(path);
      await page.locator('[data-handout-ready]').waitFor({ state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      const events = page.locator('.handout__event');
      await poll(() => events.count()).toBe(EVENTS.length);
      // The drawn text of each number (a range's box, not its element's), its event's text and
      // the list, whose box the page's margins bound: a list's own markers hung outside it, and
      // the page cut "11." to ".1." in print.
      const boxes = await events.evaluateAll((items) =>
        items.map((item) => {
          const number = item.querySelector('.handout__number');
          const body = item.querySelector('.handout__body');
          const range = document.createRange();
          if (number) range.selectNodeContents(number);
          const ink = range.getBoundingClientRect();
          const text = body?.getBoundingClientRect();
          const list = item.parentElement?.getBoundingClientRect();
          return {
            number: number?.textContent ?? '',
            ink: { left: ink.left, right: ink.right },
            text: { left: text?.left ?? NaN, right: text?.right ?? NaN },
            list: { left: list?.left ?? NaN, right: list?.right ?? NaN },
            rtl: getComputedStyle(item).direction === 'rtl',
          };
        }),
      );
      expect(boxes.map((box) => box.number)).toEqual(EVENTS.map((_, i) => `${i + 1}.`));
      for (const box of boxes) {
        expect(box.ink.left, box.number).toBeGreaterThanOrEqual(box.list.left - 0.5);
        expect(box.ink.right, box.number).toBeLessThanOrEqual(box.list.right + 0.5);
        if (box.rtl) expect(box.ink.left, box.number).toBeGreaterThanOrEqual(box.text.right);
        else expect(box.ink.right, box.number).toBeLessThanOrEqual(box.text.left);
      }
      // One column: every event's text starts at the same line.
      const starts = boxes.map((box) => Math.round(box.rtl ? box.text.right : box.text.left));
      expect(new Set(starts).size, starts.join(' ')).toBe(1);
    });
  }

  it('in print media the handout is shown and the interface hidden', async () => {
    const { page } = await present('?mode=present&event=clinton-signs-rome-statute');
    await page.emulateMedia({ media: 'print' });
    const handoutTitles = page.getByRole('heading', { level: 2 });
    await poll(() => handoutTitles.allInnerTexts()).toEqual(
      expect.arrayContaining(EVENTS.map((event) => event.title)),
    );
    expect(await handoutTitles.count()).toBe(EVENTS.length);
    expect(await page.getByRole('button').count()).toBe(0);
    expect(await counter(page).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await poll(() => handoutTitles.count()).toBe(0);
    expect(await counter(page).isVisible()).toBe(true);
  });
});
