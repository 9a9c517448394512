/**
 * Accessibility of every mode and state, in real Chromium: axe-core reports nothing (WCAG 2.x A/AA
 * and best practices), the keyboard reaches everything with a visible focus indicator, and the
 * layout holds at 400 % reflow, in forced colours and in the dark theme.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { eventButton, eventButtons } from './support/app.ts';
import { PHONE } from './support/browser.ts';
import type { OpenedPage } from './support/browser.ts';
import { appOpener, poll } from './support/session.ts';

const open = appOpener();

async function expectNoViolations(opened: OpenedPage, state: string): Promise<void> {
  const found = await axeViolations(opened.page);
  expect(found, `axe violations in ${state}`).toEqual([]);
}

describe('axe finds no violations', () => {
  it('in browse mode with nothing selected', async () => {
    await expectNoViolations(await open(), 'browse, nothing selected');
  });

  it('with an event selected and the legend and list open', async () => {
    const opened = await open('?event=clinton-signs-rome-statute');
    await opened.page.getByText('Legend', { exact: true }).click();
    await opened.page.getByText(/events as a list/).click();
    // Both load their contents when first opened: check them once they are there.
    await opened.page.locator('.legend li').first().waitFor();
    await opened.page.locator('.event-list li').first().waitFor();
    await expectNoViolations(opened, 'browse, selected');
  });

  it('zoomed in', async () => {
    const opened = await open();
    for (let i = 0; i < 3; i++)
      await opened.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await poll(() => eventButtons(opened.page).count()).toBeLessThan(19);
    await expectNoViolations(opened, 'browse, zoomed in');
  });

  it('at phone width', async () => {
    await expectNoViolations(await open('?event=icc-warrant-putin', PHONE), 'phone');
  });

  it('in the dark theme, chosen and automatic', async () => {
    await expectNoViolations(await open('?theme=dark&event=icc-warrant-putin'), 'theme=dark');
    const auto = await open('?event=icc-warrant-putin');
    await auto.page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(auto, 'theme=auto, prefers dark');
  });

  it('in the embed', async () => {
    await expectNoViolations(await open('?embed=1&event=trump-sanctions-icc'), 'embed');
  });

  it('in the embed-code dialog', async () => {
    const opened = await open('?event=icc-warrant-putin');
    await opened.page.getByRole('button', { name: 'Embed', exact: true }).click();
    await opened.page.getByRole('dialog').waitFor();
    await expectNoViolations(opened, 'embed dialog');
  });

  it('in the list of a cluster no zoom can part', async () => {
    const opened = await open('?data=fixtures/same-year.json');
    await opened.page.getByRole('button', { name: /List them/ }).click();
    await opened.page.getByRole('dialog').waitFor();
    await expectNoViolations(opened, 'cluster list dialog');
  });

  it('on the error screen', async () => {
    const { page } = await open();
    await page.goto(`${new URL(page.url()).origin}/?data=/fixtures/hostile/quotes.json`);
    await page.getByRole('heading', { name: 'This timeline could not be shown' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each([
    ['the title slide', '?mode=present'],
    ['an event slide', '?mode=present&event=icc-warrant-putin'],
    ['an event slide, dark', '?mode=present&event=clinton-signs-rome-statute&theme=dark'],
  ])('in presentation mode: %s', async (state, query) => {
    const { page } = await open();
    await page.goto(new URL(query, page.url()).href);
    await page
      .getByText(/^(Slide )?\d+ \/ \d+$/)
      .first()
      .waitFor();
    expect(await axeViolations(page), state).toEqual([]);
  });

  it('in the cite dialog', async () => {
    const { page } = await open();
    await page.getByText('Export and cite', { exact: true }).click();
    await page.getByRole('button', { name: 'Cite this timeline' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('with the export menu open', async () => {
    const { page } = await open();
    await page.getByText('Export and cite', { exact: true }).click();
    // The panel's code loads as the menu opens: check the panel, not the menu before it comes.
    await page.getByRole('group', { name: 'Download the dataset' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('in forced colours', async () => {
    const opened = await open('?event=icc-warrant-putin');
    await opened.page.emulateMedia({ forcedColors: 'active' });
    await expectNoViolations(opened, 'forced colours');
  });
});

describe('keyboard', () => {
  it('reaches the skip link first, and it leads to the source', async () => {
    const { page } = await open();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the source' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => location.hash)).toBe('#source');
  });

  it('tabs through everything with a visible focus indicator and no trap', async () => {
    const { page } = await open('?event=clinton-signs-rome-statute');
    const seen: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const ring = style.boxShadow !== 'none';
        const label = `${el.tagName.toLowerCase()}${el.getAttribute('data-event-id') ? `[${el.getAttribute('data-event-id')}]` : ''}:${(el.textContent ?? '').trim().slice(0, 20)}`;
        return { label, visible: outline || ring };
      });
      if (!focus) continue;
      expect(focus.visible, `focus indicator on ${focus.label}`).toBe(true);
      seen.push(focus.label);
    }
    // The tab order passes the timeline's one stop (the selected event) and the article's marks.
    expect(seen.some((label) => label.startsWith('button[clinton-signs-rome-statute]'))).toBe(true);
    expect(seen.some((label) => label.startsWith('mark'))).toBe(true);
    // No trap: the same element is not focused over and over.
    expect(new Set(seen).size).toBeGreaterThan(20);
  });

  it('moves and selects with the keyboard alone, announcing the selection politely', async () => {
    const { page } = await open('?event=rome-statute-adopted');
    await eventButton(page, 'rome-statute-adopted').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const live = page.locator('[aria-live="polite"]');
    await poll(() => live.textContent()).toContain('Selected: First US law limits');
  });
});

describe('layout under stress', () => {
  it('reflows at 400 % zoom (320 CSS px) without sideways scrolling', async () => {
    const { page } = await open('?event=icc-warrant-putin', { width: 320, height: 256 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('follows prefers-color-scheme under theme=auto', async () => {
    const { page } = await open();
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
  });
});
