/**
 * The studio in the reader's languages (studio.html?lang=…), in real Chromium under the strict
 * CSP: French sets <html lang="fr">, labels the page in French, finds dates and previews them, and
 * axe finds nothing; Arabic is right to left with no sideways scrolling at phone width; and the
 * reader's "Make your own cited timeline" link carries an explicit ?lang= (only an explicit one).
 */
import { describe, expect, it } from 'vitest';
import { SOURCE_TEXT } from '../unit/model/fixtures.ts';
import { eventButtons, waitForApp } from './support/app.ts';
import { axeViolations } from './support/axe.ts';
import { PHONE } from './support/browser.ts';
import type { OpenedPage } from './support/browser.ts';
import { browserSession } from './support/session.ts';

const { open } = browserSession();

function expectClean(opened: OpenedPage): void {
  expect(opened.consoleProblems).toEqual([]);
  expect(opened.pageErrors).toEqual([]);
  expect(opened.failedRequests).toEqual([]);
  expect(opened.foreignRequests).toEqual([]);
}

describe('the studio in French (?lang=fr)', () => {
  it('says lang="fr", is labelled in French, finds and previews dates, and axe finds nothing', async () => {
    const opened = await open('studio.html?lang=fr');
    const { page } = opened;
    await page.getByRole('heading', { name: 'Vos brouillons' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await page.title()).toBe('Sourceline Studio — créez une frise sourcée');
    expect(await page.getByRole('link', { name: 'Ouvrir le lecteur' }).getAttribute('href')).toBe(
      './index.html?lang=fr',
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Titre', { exact: true }).fill('Un article');
    await page.getByLabel('Publié le', { exact: true }).fill('2023-03-17');
    await page.getByLabel('Texte source', { exact: true }).fill(SOURCE_TEXT);
    await page.getByRole('button', { name: 'Trouver les dates' }).click();
    const list = page.getByRole('list', { name: 'Événements proposés' });
    await list
      .getByRole('button', { name: /^Ajouter / })
      .first()
      .waitFor();
    await list
      .getByRole('button', { name: /^Ajouter / })
      .first()
      .click();
    await eventButtons(page).first().waitFor();
    await page.getByText(/^Valide : 1 événement/).waitFor();
    // The reader's own controls in the preview speak French too.
    await page.getByRole('button', { name: 'Zoomer' }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expectClean(opened);
  });
});

describe('the studio in Arabic (?lang=ar)', () => {
  it('is right to left, in Arabic, with no sideways scrolling at 390 px, and axe finds nothing', async () => {
    const opened = await open('studio.html?lang=ar', PHONE);
    const { page } = opened;
    await page.getByRole('heading', { name: 'مسوداتك' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByRole('button', { name: 'ابحث عن التواريخ' }).waitFor();
    await page.getByLabel('نص المصدر', { exact: true }).fill(SOURCE_TEXT);
    await page.getByLabel('تاريخ النشر', { exact: true }).fill('2023-03-17');
    await page.getByRole('button', { name: 'ابحث عن التواريخ' }).click();
    await page
      .getByRole('list', { name: 'الأحداث المقترحة' })
      .getByRole('button', { name: /^أضف / })
      .first()
      .click();
    await eventButtons(page).first().waitFor();
    const wide = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(wide).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    expectClean(opened);
  });
});

describe('the reader’s link to the studio', () => {
  it('carries an explicit ?lang=, and is plain studio.html otherwise', async () => {
    for (const [address, href] of [
      ['index.html?lang=uk', 'studio.html?lang=uk'],
      ['index.html?lang=en', 'studio.html?lang=en'],
      ['index.html', 'studio.html'],
      ['index.html?lang=auto', 'studio.html'],
    ] as const) {
      const opened = await open(address);
      await waitForApp(opened.page);
      const link = opened.page.locator('.browse__footer a');
      expect(await link.getAttribute('href')).toBe(href);
      expectClean(opened);
    }
  });
});
