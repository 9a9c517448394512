/**
 * Every event readable, measured as a reader sees it: at 1280×800, 1920×1080, in a 640 px embed
 * and on a 390×844 phone, every drawn event's label is whole (each line's scrollWidth within its
 * clientWidth, inside the timeline's box, the full title) and no mark or label line intersects
 * another. Choosing an event in view moves nothing, the page included.
 */
import { describe, expect, it } from 'vitest';
import { eventButton, waitForApp } from './support/app.ts';
import { rulesCrossed } from './support/frameRules.ts';
import { measureLegibility } from './support/legibility.ts';
import { poll, appOpener } from './support/session.ts';

const open = appOpener();

const VIEWS = [
  { name: 'desktop', query: '', viewport: { width: 1280, height: 800 } },
  { name: 'wide desktop', query: '', viewport: { width: 1920, height: 1080 } },
  { name: 'embed', query: '?embed=1', viewport: { width: 640, height: 800 } },
  { name: 'phone', query: '', viewport: { width: 390, height: 844 } },
] as const;

describe('the ICC timeline, fitted', () => {
  for (const { name, query, viewport } of VIEWS) {
    for (const theme of ['light', 'dark'] as const) {
      it(`shows all 19 titles whole, nothing overlapping: ${name}, ${theme}`, async () => {
        const sep = query ? '&' : '?';
        const { page } = await open(`${query}${sep}theme=${theme}`, viewport);
        const m = await measureLegibility(page);
        expect(m.events).toBe(19);
        expect(m.cut).toEqual([]);
        expect(m.whole).toBe(19);
        expect(m.clusters).toBe(0);
        expect(m.overlaps).toEqual([]);
        // No sideways scrolling of the page.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }

  it('runs down the page on a phone, and across it on a desktop', async () => {
    const phone = await open('', { width: 390, height: 844 });
    expect(await phone.page.locator('.timeline').getAttribute('data-orientation')).toBe('vertical');
    const desktop = await open('', { width: 1280, height: 800 });
    expect(await desktop.page.locator('.timeline').getAttribute('data-orientation')).toBe(
      'horizontal',
    );
  });
});

describe('choosing an event that is in view', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`moves no mark and does not scroll the page (${viewport.width} px)`, async () => {
      const { page } = await open('', viewport);
      const positions = () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.event-mark__shape')].map((shape) => {
            const r = shape.getBoundingClientRect();
            return `${Math.round(r.left)},${Math.round(r.top + window.scrollY)}`;
          }),
        );
      // In view first: Playwright scrolls what it clicks into view, and that is not the app.
      const warrant = eventButton(page, 'icc-warrant-putin');
      await warrant.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      const before = await positions();
      const scrollBefore = await page.evaluate(() => window.scrollY);
      await warrant.click();
      await poll(() => page.evaluate(() => new URL(location.href).searchParams.get('event'))).toBe(
        'icc-warrant-putin',
      );
      await page.waitForTimeout(400);
      expect(await positions()).toEqual(before);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
      // Selected, and still whole: its label is not made bolder than the room it was given.
      const m = await measureLegibility(page);
      expect(m.cut).toEqual([]);
    });
  }
});

describe('a chosen event whose title wraps', () => {
  // The selected label's colour (base.css, --event-selected), light and dark.
  for (const [theme, frame] of [
    ['light', '#b3261e'],
    ['dark', '#ff8a80'],
  ] as const) {
    it(`is framed once round all its lines, not line by line (phone, ${theme})`, async () => {
      const { page } = await open(`?event=icc-afghanistan-probe&theme=${theme}`, {
        width: 390,
        height: 844,
      });
      const label = eventButton(page, 'icc-afghanistan-probe').locator('.event-mark__label');
      const lines = label.locator('.event-mark__line');
      expect(await lines.count()).toBeGreaterThan(1);
      await label.scrollIntoViewIfNeeded();
      // The lines alone, from the first one's top to the last one's bottom (not the date under).
      const first = await lines.first().boundingBox();
      const last = await lines.last().boundingBox();
      if (!first || !last) throw new Error('the lines are not drawn');
      const crossed = await rulesCrossed(
        page,
        {
          x: first.x,
          y: first.y,
          width: first.width,
          height: last.y + last.height - first.y,
        },
        frame,
      );
      expect(crossed).toBe(2);
    });
  }
});

describe('an unevenly spread timeline (129 BCE, 1609, 1957–2023)', () => {
  it('shows all 12 events one by one, with breaks in the axis', async () => {
    const { page } = await open('?data=fixtures/uneven-timelinejs.json', {
      width: 1280,
      height: 800,
    });
    await waitForApp(page);
    const m = await measureLegibility(page);
    expect(m.drawn).toBe(12);
    expect(m.clusters).toBe(0);
    expect(m.cut).toEqual([]);
    expect(m.overlaps).toEqual([]);
    expect(await page.locator('.timeline-axis__break').count()).toBe(2);
  });
});

describe('a timeline with eras (events that begin as their eras do)', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 640, height: 800 },
  ]) {
    it(`draws each era's name clear of every event's mark and label (${viewport.width} px)`, async () => {
      const { page } = await open('?data=fixtures/eras.json', viewport);
      await waitForApp(page);
      const clashes = await page.evaluate(() => {
        const boxes = (selector: string) =>
          [...document.querySelectorAll(selector)].map((element) => ({
            text: element.textContent ?? '',
            box: element.getBoundingClientRect(),
          }));
        const eras = boxes('.timeline__era text');
        const marks = boxes(
          '.event-mark__shape, .event-mark__label, .event-mark__line, .cluster-mark',
        );
        return eras.flatMap((era) =>
          marks
            .filter(
              ({ box }) =>
                box.width > 0 &&
                box.left < era.box.right &&
                era.box.left < box.right &&
                box.top < era.box.bottom &&
                era.box.top < box.bottom,
            )
            .map((mark) => `${era.text} over ${mark.text}`),
        );
      });
      expect(await page.locator('.timeline__era text').count()).toBeGreaterThan(0);
      expect(clashes).toEqual([]);
    });
  }
});

describe('eras narrower than their names', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 640, height: 800 },
  ]) {
    it(`draws each era's name inside its band: whole, shortened with "…", or left out (${viewport.width} px)`, async () => {
      const { page } = await open('?data=fixtures/eras-narrow.json', viewport);
      await waitForApp(page);
      const eras = await page.evaluate(() =>
        [...document.querySelectorAll('.timeline__era')].map((era) => {
          const band = era.querySelector('rect')?.getBoundingClientRect();
          const name = era.querySelector('text');
          const box = name?.getBoundingClientRect();
          return {
            whole: era.querySelector('title')?.textContent ?? name?.textContent ?? '',
            drawn: name?.textContent ?? '',
            inside:
              band !== undefined &&
              (box === undefined || (box.left >= band.left - 0.5 && box.right <= band.right + 0.5)),
          };
        }),
      );
      expect(eras.map((era) => era.whole)).toEqual([
        'A month with a name far longer than its band',
        'A decade, named at some length',
        'The long era',
      ]);
      for (const era of eras) {
        expect(era, era.whole).toMatchObject({ inside: true });
        // Whole, or a start of the name and "…", or nothing.
        if (era.drawn !== era.whole && era.drawn !== '') {
          expect(era.drawn.endsWith('…')).toBe(true);
          expect(era.whole.startsWith(era.drawn.slice(0, -1))).toBe(true);
        }
      }
      // The month's band is a few pixels wide: nothing of its name shows. The long era's is whole.
      expect(eras[0]?.drawn).toBe('');
      expect(eras[2]?.drawn).toBe('The long era');
    });
  }
});

describe('the eras on a phone', () => {
  it('are named whole, with their dates, in the legend (390 px)', async () => {
    const { page } = await open('?data=fixtures/eras-narrow.json', { width: 390, height: 844 });
    await waitForApp(page);
    expect(await page.locator('.timeline').getAttribute('data-orientation')).toBe('vertical');
    await page.getByText('Legend', { exact: true }).click();
    const eras = page.getByRole('list', {
      name: 'Eras, shaded behind the events of their time:',
    });
    await eras.waitFor();
    const items = await eras.getByRole('listitem').evaluateAll((elements) =>
      elements.map((item) => ({
        text: item.textContent?.trim() ?? '',
        clipped: item.scrollWidth > item.clientWidth,
        inside: item.getBoundingClientRect().right <= document.documentElement.clientWidth,
      })),
    );
    expect(items.map((item) => item.text.split(',')[0])).toEqual([
      'A month with a name far longer than its band',
      'A decade',
      'The long era',
    ]);
    for (const item of items)
      expect(item, item.text).toMatchObject({ clipped: false, inside: true });
  });

  it('are bands behind their events, each named on a line of its own (390 px)', async () => {
    const { page } = await open('?data=fixtures/eras-narrow.json', { width: 390, height: 844 });
    await waitForApp(page);
    const drawn = await page.evaluate(() => {
      const box = (element: Element) => {
        const { left, right, top, bottom } = element.getBoundingClientRect();
        return { left, right, top, bottom };
      };
      const timeline = box(document.querySelector('.timeline') as Element);
      const labels = [...document.querySelectorAll('.event-mark')].map((mark) => ({
        title: mark.getAttribute('title') ?? '',
        label: box(mark.querySelector('.event-mark__label') as Element),
        mark: box(mark.querySelector('.event-mark__shape') as Element),
      }));
      const eras = [...document.querySelectorAll('.timeline__era')].map((era) => ({
        name: era.querySelector('text')?.textContent ?? '',
        band: box(era.querySelector('rect') as Element),
        text: box(era.querySelector('text') as Element),
      }));
      return { timeline, labels, eras };
    });
    // The era with no event (1970 to 1995; the events are in 1900, 1950, 1965 and 2000) has none.
    expect(drawn.eras.map((era) => era.name)).toEqual([
      'A month with a name far longer than its band',
      'A decade, named at some length',
    ]);
    const overlaps = (a: typeof drawn.timeline, b: typeof drawn.timeline) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const [era, year] of [
      [drawn.eras[0], '1950'],
      [drawn.eras[1], '1965'],
    ] as const) {
      expect(era?.text.right).toBeLessThanOrEqual(drawn.timeline.right);
      const inside = drawn.labels.find((label) => label.title.includes(year));
      expect(inside, year).toBeDefined();
      // Its event's mark is in the band, and no event's title is under the era's name.
      expect(inside?.mark.top).toBeGreaterThanOrEqual(era?.band.top ?? Infinity);
      expect(inside?.mark.bottom).toBeLessThanOrEqual(era?.band.bottom ?? -Infinity);
      for (const label of drawn.labels)
        expect(overlaps(label.label, era?.text ?? label.label), label.title).toBe(false);
    }
  });
});

describe('the dataset picker', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`names every timeline whole, on its own lines (${viewport.width} px)`, async () => {
      const { page } = await open('', viewport);
      await page.getByText('Timelines', { exact: true }).click();
      const list = page.getByRole('list', { name: 'Timelines' });
      await list.waitFor();
      const items = await list.getByRole('listitem').evaluateAll((elements) =>
        elements.map((item) => {
          // Each line of the title as laid out: none may reach past the list or the page.
          const range = document.createRange();
          range.selectNodeContents(item);
          const lines = [...range.getClientRects()];
          const box = item.closest('ul')?.getBoundingClientRect();
          const inside = lines.every(
            (line) =>
              box !== undefined &&
              line.left >= box.left - 0.5 &&
              line.right <= box.right + 0.5 &&
              line.right <= document.documentElement.clientWidth,
          );
          return {
            text: item.textContent,
            inside,
            lines: lines.length,
            clipped: item.scrollWidth > item.clientWidth,
          };
        }),
      );
      expect(items.map((item) => item.text)).toEqual([
        'The International Criminal Court in brief (an example timeline)',
        'The United States, the ICC and the warrant for Putin',
      ]);
      for (const item of items) {
        expect(item, item.text ?? '').toMatchObject({ inside: true, clipped: false });
        expect(item.lines).toBeGreaterThan(0);
      }
      // Opening it does not make the page scroll sideways.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
