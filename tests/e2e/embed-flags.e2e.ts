/**
 * The embed's render flags and the Embed dialog that offers them, in real Chromium: plain=1,
 * transparent=1 and static=1 each render as docs/interfaces.md and docs/embedding.md describe,
 * with nothing for axe to find; the static picture stays out of the first download; the dialog's
 * options change both the snippet and its live preview.
 */
import { describe, expect, it } from 'vitest';
import { initialDownload } from '../../bench/initialDownload.ts';
import { axeViolations } from './support/axe.ts';
import { DESKTOP, PHONE } from './support/browser.ts';
import { EVENTS } from './support/dataset.ts';
import { pictureProblems } from './support/pictureLegibility.ts';
import { DIST_DIR } from './support/server.ts';
import { browserSession } from './support/session.ts';

const session = browserSession();

function poll<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: 15_000, interval: 50 });
}

describe('render flags', () => {
  it('plain=1: only the timeline and the details, no other chrome', async () => {
    const opened = await session.open('?embed=1&plain=1&event=icc-warrant-putin');
    const { page } = opened;
    await page.locator('button[data-event-id]').first().waitFor();
    expect(await page.getByRole('region', { name: 'Timeline' }).isVisible()).toBe(true);
    const title = EVENTS.find((e) => e.id === 'icc-warrant-putin')?.title ?? '';
    expect(await page.getByRole('region', { name: title }).isVisible()).toBe(true);
    // No header, zoom buttons, hint or footer.
    expect(await page.getByRole('button', { name: 'Zoom in', exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Open full timeline/ }).count()).toBe(0);
    expect(await page.getByText(/Drag to pan/).count()).toBe(0);
    // The page still has its heading, for screen readers.
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(opened.consoleProblems).toEqual([]);
  });

  it('transparent=1: no page background, so the article’s shows through', async () => {
    const opened = await session.open('?embed=1&transparent=1&theme=light');
    const { page } = opened;
    await page.locator('button[data-event-id]').first().waitFor();
    const backgrounds = await page.evaluate(() =>
      ['html', 'body', '.app'].map(
        (selector) =>
          getComputedStyle(document.querySelector(selector) ?? document.body).backgroundColor,
      ),
    );
    expect(backgrounds).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    // Without the flag the page has its own.
    const plain = await session.open('?embed=1&theme=light');
    await plain.page.locator('button[data-event-id]').first().waitFor();
    expect(
      await plain.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe('rgb(255, 255, 255)');
    expect(await axeViolations(page)).toEqual([]);
    expect(opened.consoleProblems).toEqual([]);
  });

  for (const viewport of [DESKTOP, PHONE]) {
    it(`static=1 at ${viewport.width} px: a still picture of every event and a link to the full view`, async () => {
      const opened = await session.open('?embed=1&static=1&event=icc-warrant-putin', viewport);
      const { page } = opened;
      const picture = page.getByRole('img', { name: /a picture of the whole timeline, 19 events/ });
      await picture.waitFor();
      // Nothing to operate but the way out: no event buttons, no zoom, one link.
      expect(await page.locator('button').count()).toBe(0);
      expect(await page.locator('a[href]').count()).toBe(1);
      const link = page.getByRole('link', { name: /Open full timeline/ });
      expect(await link.getAttribute('target')).toBe('_blank');
      const href = new URL((await link.getAttribute('href')) ?? '');
      expect(href.searchParams.has('static')).toBe(false);
      expect(href.searchParams.has('embed')).toBe(false);
      // The picture fits the column and shows every event's title.
      const box = await picture.boundingBox();
      expect(box?.width).toBeLessThanOrEqual(viewport.width);
      const text = await picture.evaluate((svg) => svg.textContent ?? '');
      for (const event of EVENTS) {
        expect(text.replace(/\s+/g, ' ')).toContain(event.title.split(' ').slice(0, 2).join(' '));
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      // Every text inside the picture, none over a dot or a bar, as drawn in this font.
      expect(await pictureProblems(picture)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(opened.consoleProblems).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    });
  }

  it('the static picture is not part of the first download', () => {
    const files = initialDownload(DIST_DIR).files.map((f) => f.file);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => /StaticPicture|exportScene/.test(file))).toEqual([]);
  });
});

describe('the Embed dialog’s render flags and preview', () => {
  it('keeps the preview as tall as it was while an option reloads it, so nothing jumps', async () => {
    const opened = await session.open('');
    const { page } = opened;
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    const previewFrame = page.frameLocator('iframe[title="Preview of the embed"]');
    await previewFrame.locator('button[data-event-id]').first().waitFor();
    // Every height the frame is given from here on, and where the checkboxes are.
    await page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>(
        'iframe[title="Preview of the embed"]',
      );
      const record: number[] = [];
      (window as unknown as { heights: number[] }).heights = record;
      if (frame)
        new MutationObserver(() => record.push(parseFloat(frame.style.height))).observe(frame, {
          attributes: true,
          attributeFilter: ['style'],
        });
    });
    const boxes = () =>
      dialog
        .getByRole('checkbox')
        .evaluateAll((inputs) =>
          inputs.map((input) => Math.round(input.getBoundingClientRect().top)),
        );
    const before = await boxes();
    await dialog.getByRole('checkbox', { name: /Plain/ }).check();
    await poll(async () =>
      previewFrame.locator('.embed--plain button[data-event-id]').first().count(),
    ).toBe(1);
    const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    // The plain embed is as tall, give or take its header, never one line of "Loading…".
    expect(Math.min(...heights, Infinity)).toBeGreaterThan(200);
    expect(await boxes()).toEqual(before);
    expect(opened.consoleProblems).toEqual([]);
  });

  it('offers the flags; each changes the snippet and the live preview; axe finds nothing', async () => {
    const opened = await session.open('?event=icc-warrant-putin');
    const { page } = opened;
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    await dialog.waitFor();
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    const preview = dialog.locator('iframe[title="Preview of the embed"]');
    const previewFrame = page.frameLocator('iframe[title="Preview of the embed"]');
    await previewFrame.locator('button[data-event-id]').first().waitFor();
    expect(await code.inputValue()).not.toContain('plain=1');

    for (const [name, flag] of [
      [/Plain/, 'plain'],
      [/Transparent/, 'transparent'],
      [/Still picture/, 'static'],
    ] as const) {
      const box = dialog.getByRole('checkbox', { name });
      await box.check();
      await poll(() => code.inputValue()).toContain(`${flag}=1`);
      await poll(async () =>
        new URL((await preview.getAttribute('src')) ?? '').searchParams.get(flag),
      ).toBe('1');
    }
    // With static on, the preview shows the picture, and is as tall as it.
    await previewFrame.getByRole('img', { name: /a picture of the whole timeline/ }).waitFor();
    await poll(() =>
      preview.evaluate(
        (frame) =>
          Math.abs(
            frame.getBoundingClientRect().height -
              ((frame as HTMLIFrameElement).contentDocument?.body.getBoundingClientRect().height ??
                0),
          ) <= 2,
      ),
    ).toBe(true);
    // The snippet still carries the fallback line and the script.
    const snippet = await code.inputValue();
    expect(snippet).toContain('<p data-sourceline-fallback><a href=');
    expect(snippet).toContain('embed.js" async></script>');
    expect(await axeViolations(page)).toEqual([]);
    expect(opened.consoleProblems).toEqual([]);
  });
});
