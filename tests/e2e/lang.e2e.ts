/**
 * `?lang=` in real Chromium: each language sets `<html lang dir>`, shows its chrome and its event
 * dates, keeps a clean console under the strict CSP, and axe finds nothing; Arabic is right to left
 * and does not scroll sideways.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { PHONE } from './support/browser.ts';
import { appOpener, poll } from './support/session.ts';

const open = appOpener();

const LANGUAGES = [
  { lang: 'fr', dir: 'ltr', zoomIn: 'Zoomer', date: '17 mars 2023' },
  { lang: 'es', dir: 'ltr', zoomIn: 'Ampliar', date: '17 de marzo de 2023' },
  { lang: 'de', dir: 'ltr', zoomIn: 'Vergrößern', date: '17. März 2023' },
  { lang: 'uk', dir: 'ltr', zoomIn: 'Наблизити', date: '17 березня 2023' },
  { lang: 'ar', dir: 'rtl', zoomIn: 'تكبير', date: '17 مارس 2023' },
] as const;

describe('the page in another language', () => {
  it.each(LANGUAGES)('$lang: lang, dir, chrome, dates, a clean console and axe', async (l) => {
    const opened = await open(`?lang=${l.lang}&event=icc-warrant-putin`);
    const { page } = opened;
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe(l.lang);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(l.dir);
    await page.getByRole('button', { name: l.zoomIn, exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Zoom in', exact: true }).count()).toBe(0);
    await poll(() => page.locator('.event-details__date').innerText()).toContain(l.date);
    expect(await axeViolations(page)).toEqual([]);
    expect(opened.consoleProblems).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.failedRequests).toEqual([]);
  });

  it('ar on a phone does not scroll sideways', async () => {
    const { page } = await open('?lang=ar', PHONE);
    await page.getByRole('button', { name: 'تكبير', exact: true }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('an unknown language is a polite notice, and the page stays in the browser’s language', async () => {
    const { page } = await open('?lang=xx');
    await page.getByText(/asks for a language this page does not have/).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Zoom in', exact: true }).waitFor();
  });

  it('the language picker opens this same view in another language', async () => {
    const { page } = await open('?event=icc-warrant-putin');
    await page.locator('summary', { hasText: 'Language:' }).click();
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await page.getByRole('button', { name: 'Vergrößern', exact: true }).waitFor();
    const params = new URL(page.url()).searchParams;
    expect(params.get('lang')).toBe('de');
    expect(params.get('event')).toBe('icc-warrant-putin');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await poll(() => page.locator('.event-details__date').innerText()).toContain('17. März 2023');
  });
});
