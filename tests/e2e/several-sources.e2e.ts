/**
 * A timeline citing two documents, loaded by `?data=` in real Chromium: the switch between the
 * sources, the article following the selected event, each passage naming its source and linking
 * to itself on the publisher's page, the declared languages on the elements, and axe.
 */
import { describe, expect, it } from 'vitest';
import { eventButton, marksOf } from './support/app.ts';
import { axeViolations } from './support/axe.ts';
import { appOpener } from './support/session.ts';

const open = appOpener();
const TWO = '?data=fixtures/two-sources.json';

describe('a timeline with two sources', () => {
  it('switches the article between its sources, and follows the selected event', async () => {
    const { page, pageErrors, consoleProblems } = await open(TWO);
    const sources = page.getByRole('navigation', { name: 'Sources' });
    const courier = sources.getByRole('button', { name: 'The Valley Courier' });
    const mairie = sources.getByRole('button', { name: 'Mairie de Valbourg' });
    expect(await courier.getAttribute('aria-pressed')).toBe('true');
    const article = page.locator('article');
    expect(await article.innerText()).toContain('The old bridge was closed');

    await mairie.click();
    expect(await mairie.getAttribute('aria-pressed')).toBe('true');
    expect(await article.innerText()).toContain('Le conseil municipal');
    expect(await marksOf(page, 'council-votes').count()).toBe(1);

    await eventButton(page, 'bridge-closed').click();
    expect(await article.innerText()).toContain('The old bridge was closed');
    expect(await marksOf(page, 'bridge-closed').getAttribute('data-active')).toBe('true');
    expect(pageErrors).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('names each passage’s source, links it on the publisher’s page, and shows it on request', async () => {
    const { page } = await open(`${TWO}&event=bridge-reopens`);
    const details = page.getByRole('region', { name: 'The bridge reopens to cars' });
    const [report, notice] = await details.getByRole('figure').all();
    if (!report || !notice) throw new Error('the event cites two passages');
    expect(await report.innerText()).toContain('The Valley Courier');
    expect(await notice.innerText()).toContain('Mairie de Valbourg');
    expect(
      await report.getByRole('link', { name: 'Open on the publisher’s page' }).getAttribute('href'),
    ).toBe(
      'https://example.org/valley-courier/bridge-reopens#:~:text=The%20bridge%20reopened%20to%20cars%20on%20Friday',
    );
    await notice.getByRole('button', { name: 'Show in the article' }).click();
    const focused = page.locator('article mark:focus');
    expect(await focused.innerText()).toBe(
      'Le pont sera rouvert à la circulation le vendredi 14 juin 2024.',
    );
    // The page's chrome is English; the notice's words are French, and say so.
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await focused.evaluate((mark) => mark.closest('[lang]')?.getAttribute('lang'))).toBe(
      'fr',
    );
  });

  it('passes axe with the switch shown', async () => {
    const { page } = await open(`${TWO}&event=council-votes`);
    expect(await axeViolations(page)).toEqual([]);
  });
});
