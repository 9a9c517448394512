/**
 * `?lang=` in real Chromium: each language sets `<html lang dir>`, shows its chrome and its event
 * dates, keeps a clean console under the strict CSP, and axe finds nothing; Arabic is right to left
 * and does not scroll sideways. Presentation mode likewise: its buttons, counter and slide in
 * the language, axe clean, and in Arabic no sideways scroll on a desktop or a phone.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { PHONE } from './support/browser.ts';
import { appOpener, pageOpener, poll } from './support/session.ts';

const open = appOpener();
// Presentation mode draws no event buttons, which appOpener waits for.
const openPage = pageOpener();

const LANGUAGES = [
  {
    lang: 'fr',
    dir: 'ltr',
    zoomIn: 'Zoomer',
    date: '17 mars 2023',
    next: 'Suivante',
    exit: 'Quitter',
  },
  {
    lang: 'es',
    dir: 'ltr',
    zoomIn: 'Ampliar',
    date: '17 de marzo de 2023',
    next: 'Siguiente',
    exit: 'Salir',
  },
  {
    lang: 'de',
    dir: 'ltr',
    zoomIn: 'Vergrößern',
    date: '17. März 2023',
    next: 'Weiter',
    exit: 'Beenden',
  },
  {
    lang: 'uk',
    dir: 'ltr',
    zoomIn: 'Наблизити',
    date: '17 березня 2023',
    next: 'Далі',
    exit: 'Вийти',
  },
  { lang: 'ar', dir: 'rtl', zoomIn: 'تكبير', date: '17 مارس 2023', next: 'التالية', exit: 'خروج' },
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

describe('presentation mode in another language', () => {
  it.each(LANGUAGES)('$lang: lang, dir, buttons, slide date, strip and axe', async (l) => {
    const opened = await openPage(`?lang=${l.lang}&mode=present&event=icc-warrant-putin`);
    const { page } = opened;
    await page.getByRole('button', { name: l.next, exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(l.lang);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(l.dir);
    await page.getByRole('button', { name: l.exit, exact: true }).waitFor();
    for (const english of ['Next', 'Previous', 'Exit', 'Full screen', 'Print handout'])
      expect(await page.getByRole('button', { name: english, exact: true }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: /All events/ }).count()).toBe(0);
    await poll(() => page.locator('.slide__date').innerText()).toContain(l.date);
    // The counter is heard as a whole sentence in the language, not "Slide 3 / 20".
    expect(await page.locator('.present__counter .visually-hidden').innerText()).not.toMatch(
      /Slide/,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(opened.consoleProblems).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });

  it('the title slide’s count, years and keys are in the language', async () => {
    const { page } = await openPage('?lang=de&mode=present');
    await page.getByRole('button', { name: 'Weiter', exact: true }).waitFor();
    // textContent: the kicker is set in capitals by CSS, which innerText would show.
    await poll(async () => page.locator('.slide__kicker').textContent()).toMatch(
      /^\d+ Ereignisse, \d{4} bis \d{4}$/,
    );
    expect(await page.locator('.slide__hint').innerText()).toContain('weiter');
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each([
    ['a desktop', undefined],
    ['a phone', PHONE],
  ] as const)('ar on %s does not scroll sideways', async (_, viewport) => {
    const { page } = await openPage('?lang=ar&mode=present&event=icc-warrant-putin', viewport);
    await page.getByRole('button', { name: 'التالية', exact: true }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('entering presentation keeps the language in the address', async () => {
    const { page } = await open('?lang=uk');
    await page.getByRole('button', { name: /Презентувати/ }).click();
    await page.getByRole('button', { name: 'Далі', exact: true }).waitFor();
    const params = new URL(page.url()).searchParams;
    expect(params.get('lang')).toBe('uk');
    expect(params.get('mode')).toBe('present');
  });
});
