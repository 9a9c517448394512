/**
 * The built app as a well-behaved page: a clean console and network under the strict
 * Content-Security-Policy, an icon that exists, and a layout that fits a phone and a desktop.
 */
import { describe, expect, it } from 'vitest';
import { currentIds, eventButton, iconURLs, marksOf } from './support/app.ts';
import { DESKTOP, PHONE } from './support/browser.ts';
import type { OpenedPage } from './support/browser.ts';
import { poll, appOpener } from './support/session.ts';

const open = appOpener();

describe('a clean page', () => {
  it('logs no error or warning and makes no failed or foreign request', async () => {
    const sessions = [await open(), await open('?event=trump-sanctions-icc', PHONE)];
    const [desktop] = sessions;
    if (!desktop) throw new Error('unreachable');
    const { page } = desktop;
    await eventButton(page, 'bush-withdraws-signature').click();
    const mark = marksOf(page, 'icc-warrant-putin').first();
    const first = ((await mark.getAttribute('data-event-ids')) ?? '').split(' ')[0] ?? '';
    await mark.click();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await poll(() => currentIds(page)).toEqual([first]);
    for (const opened of sessions) {
      expect(opened.consoleProblems).toEqual([]);
      expect(opened.pageErrors).toEqual([]);
      expect(opened.failedRequests).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    }
  });
});

describe('the icon', () => {
  it('is served, so browsers asking for it get no 404', async () => {
    const { page } = await open();
    const { declared, urls } = await iconURLs(page);
    for (const url of urls.filter((candidate) => !candidate.startsWith('data:'))) {
      const why = declared
        ? ''
        : ' (the page declares no <link rel="icon">, so browsers ask for it)';
      expect((await page.request.get(url)).status(), `${url}${why}`).toBeLessThan(400);
    }
  });
});

/** How far the page scrolls sideways: 0 when it fits the window. */
function sidewaysOverflow(opened: OpenedPage): Promise<number> {
  return opened.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('layout', () => {
  it('on a phone (390×844) nothing scrolls sideways and the article is below the timeline', async () => {
    const opened = await open('', PHONE);
    const { page } = opened;
    expect(await sidewaysOverflow(opened)).toBeLessThanOrEqual(0);
    // The timeline is the smallest element holding every event.
    const placement = await page.evaluate(() => {
      const buttons = [
        ...document.querySelectorAll('button[data-event-id], [role="button"][data-event-id]'),
      ];
      let timeline = buttons[0]?.parentElement ?? null;
      while (timeline && !buttons.every((button) => timeline?.contains(button))) {
        timeline = timeline.parentElement;
      }
      const article = document.querySelector('article');
      if (!timeline || !article) return null;
      return {
        nested: timeline.contains(article),
        timelineBottom: timeline.getBoundingClientRect().bottom,
        articleTop: article.getBoundingClientRect().top,
      };
    });
    expect(placement).not.toBeNull();
    expect(placement?.nested, 'the article lies outside the timeline').toBe(false);
    expect(placement?.articleTop).toBeGreaterThanOrEqual((placement?.timelineBottom ?? 0) - 1);

    await marksOf(page, 'clinton-signs-rome-statute').first().click();
    await poll(() => currentIds(page)).toEqual(['clinton-signs-rome-statute']);
    expect(await sidewaysOverflow(opened)).toBeLessThanOrEqual(0);
  });

  it('on a desktop (1280×800) nothing scrolls sideways', async () => {
    const opened = await open('', DESKTOP);
    expect(await sidewaysOverflow(opened)).toBeLessThanOrEqual(0);
    await eventButton(opened.page, 'icc-warrant-putin').click();
    await poll(() => currentIds(opened.page)).toEqual(['icc-warrant-putin']);
    expect(await sidewaysOverflow(opened)).toBeLessThanOrEqual(0);
  });
});
