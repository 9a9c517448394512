/**
 * The built-in page is painted before the app's script is asked for (src/app/loading/prefetch.js),
 * so a reader can click its buttons and listed events before they have handlers, and open its
 * disclosures before the app can fill them. Such a click is kept and acted on, once, when the app has hydrated the
 * page (src/app/earlyClicks.ts). Here the app's script is held back until the reader has clicked.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { eventButton, eventParam, marksOf, waitForApp } from './support/app.ts';
import { DESKTOP, PHONE } from './support/browser.ts';
import type { Viewport } from './support/browser.ts';
import { browserSession, poll } from './support/session.ts';

const session = browserSession();

/** The built-in page with the app's script held until `release`, and what went wrong in it. */
async function heldPage(viewport: Viewport, path = '') {
  let release = () => undefined as void;
  const held = new Promise<void>((done) => (release = done));
  const page = await session.browser().newPage({ viewport, reducedMotion: 'reduce' });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  let asked = false;
  await page.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  // Not `load`, which a script the page asks for at once (on an address with a query) holds.
  await page.goto(new URL(path, inject('baseURL')).href, { waitUntil: 'domcontentloaded' });
  return { page, problems, release, asked: () => asked };
}

/** Whether the app has mounted: its first act sets the design tokens (src/main.tsx). */
function appStarted(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.style.getPropertyValue('--font') !== '');
}

describe('a click before the app has run', () => {
  it('on "Read more" is made again once the app has hydrated the page, once', async () => {
    const { page, problems, release } = await heldPage(PHONE);
    const toggle = page.getByRole('button', { name: 'Read more' });
    await toggle.click();
    expect(await appStarted(page)).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    release();
    await waitForApp(page);
    // Made once: twice would have closed it again.
    const shown = page.getByRole('button', { name: 'Show less' });
    await shown.waitFor();
    expect(await shown.getAttribute('aria-expanded')).toBe('true');
    // The app's own handler from now on, and nothing kept to make again.
    await shown.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => window.__sourcelineClicks)).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('twice on "Read more" leaves it closed, as two clicks would', async () => {
    const { page, problems, release } = await heldPage(PHONE);
    const toggle = page.getByRole('button', { name: 'Read more' });
    await toggle.click();
    await toggle.click();
    release();
    await waitForApp(page);
    await poll(() => page.evaluate(() => window.__sourcelineClicks)).toBeNull();
    // Made again in turn, each drawn before the next: open, then closed.
    await poll(() => page.locator('.browse__description[data-expanded]').count()).toBe(0);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('on "Present" opens the slides once the app has run', async () => {
    const { page, problems, release, asked } = await heldPage(DESKTOP);
    // After the page has painted and asked for the app, as a reader's click would come.
    await poll(() => Promise.resolve(asked())).toBe(true);
    await page.getByRole('button', { name: 'Present' }).click();
    expect(await appStarted(page)).toBe(false);
    release();
    await page.getByRole('button', { name: /Next/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('on a disclosure fills it once the app has run: it opened natively, but empty', async () => {
    const { page, problems, release } = await heldPage(DESKTOP);
    await page.locator('summary', { hasText: 'Export and cite' }).click();
    await page.locator('summary', { hasText: 'Legend' }).click();
    release();
    await waitForApp(page);
    await page.getByRole('button', { name: 'Dataset (JSON)' }).waitFor();
    await page.locator('details.legend li').first().waitFor();
    expect(await page.locator('details.export-menu[open], details.legend[open]').count()).toBe(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('on an event in the list selects it once the app has drawn the timeline', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, problems, release } = await heldPage(viewport);
      // The prerendered list, as the reader sees it before the drawing replaces it.
      await page.getByText('ICC issues arrest warrants for Putin and Lvova-Belova').click();
      release();
      await waitForApp(page);
      await eventButton(page, 'icc-warrant-putin')
        .and(page.locator('[aria-current="true"]'))
        .waitFor();
      expect(await eventParam(page)).toBe('icc-warrant-putin');
      expect(await marksOf(page, 'icc-warrant-putin').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('keeps nothing on a page that is drawn afresh rather than hydrated', async () => {
    // On any address with a query the app is asked for at once and the page replaced.
    const { page, problems, release } = await heldPage(DESKTOP, '?lang=en');
    expect(await page.evaluate(() => window.__sourcelineClicks)).toBeUndefined();
    release();
    await waitForApp(page);
    expect(problems).toEqual([]);
    await page.close();
  });
});
