/**
 * Queries of the Sourceline page through its public surfaces only (docs/interfaces.md): roles, names,
 * `data-event-id`, `data-event-ids`, `data-active` and `aria-current`. Nothing here knows the app's
 * class names or component structure.
 */
import type { Locator, Page } from 'playwright-core';

/** The timeline element of one event. */
export function eventButton(page: Page, id: string): Locator {
  return page.getByRole('button').and(page.locator(`[data-event-id="${id}"]`));
}

/** Every event element drawn on the timeline. */
export function eventButtons(page: Page): Locator {
  return page.getByRole('button').and(page.locator('[data-event-id]'));
}

/** The cited passages of one event in the article. */
export function marksOf(page: Page, id: string): Locator {
  return page.locator(`article mark[data-event-ids~="${id}"]`);
}

/** Waits until the app has drawn its events, so a blank page fails here with a clear reason. */
export async function waitForApp(page: Page): Promise<void> {
  await eventButtons(page).first().waitFor({ state: 'attached', timeout: 20_000 });
}

/** Ids of the drawn events, in document order. */
export function drawnIds(page: Page): Promise<string[]> {
  return eventButtons(page).evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('data-event-id') ?? ''),
  );
}

/** Ids of the events marked `aria-current="true"`. */
export function currentIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-event-id][aria-current="true"]')
    .evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-event-id') ?? ''),
    );
}

/** The `data-event-ids` of every mark with `data-active="true"`. */
export function activeMarkIds(page: Page): Promise<string[]> {
  return page
    .locator('article mark[data-active="true"]')
    .evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-event-ids') ?? ''),
    );
}

/** The `event` parameter of the page's current URL. */
export async function eventParam(page: Page): Promise<string | null> {
  const href = await page.evaluate(() => location.href);
  return new URL(href).searchParams.get('event');
}

/** `history.length`, which selecting must not grow. */
export function historyLength(page: Page): Promise<number> {
  return page.evaluate(() => history.length);
}

/** Which edges of the window also clip, besides every ancestor that clips its overflow. */
export type ViewportClip = 'none' | 'x' | 'both';

/**
 * The share (0 to 1) of an element's box that can be seen: not clipped by any ancestor with
 * `overflow` other than `visible` (an SVG root clips by default), nor by the window's edges as
 * `viewport` says, nor hidden by `visibility` or `opacity: 0`. Written inline without helpers,
 * because Playwright runs its source text in the page.
 */
export async function visibleShare(locator: Locator, viewport: ViewportClip): Promise<number> {
  // An element that is not drawn at all is not visible; evaluate() would wait for it instead.
  if ((await locator.count()) === 0) return 0;
  return locator.evaluate((element, clip) => {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return 0;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return 0;
    let { left, top, right, bottom } = box;
    const root = document.documentElement;
    for (let a = element.parentElement; a && a !== root && a !== document.body;) {
      const style = getComputedStyle(a);
      const edges = a.getBoundingClientRect();
      if (style.overflowX !== 'visible') {
        left = Math.max(left, edges.left);
        right = Math.min(right, edges.right);
      }
      if (style.overflowY !== 'visible') {
        top = Math.max(top, edges.top);
        bottom = Math.min(bottom, edges.bottom);
      }
      a = a.parentElement;
    }
    if (clip !== 'none') {
      left = Math.max(left, 0);
      right = Math.min(right, window.innerWidth);
    }
    if (clip === 'both') {
      top = Math.max(top, 0);
      bottom = Math.min(bottom, window.innerHeight);
    }
    const seen = Math.max(0, right - left) * Math.max(0, bottom - top);
    return seen / (box.width * box.height);
  }, viewport);
}

/**
 * Ids of the events whose element is at least half visible in the timeline's visible area: inside
 * every clipping ancestor and the window's width (the timeline may sit above the scrolled page).
 */
export async function idsInView(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (const button of await eventButtons(page).all()) {
    if ((await visibleShare(button, 'x')) >= 0.5) {
      seen.push((await button.getAttribute('data-event-id')) ?? '');
    }
  }
  return seen;
}

/**
 * The icons a browser will fetch for the page: those its `<link rel="icon">` elements name or, when
 * it names none, `/favicon.ico` at the site root. Chromium fetches these on its own schedule and
 * outside Playwright's request events, so a test checks them directly instead of waiting for them.
 */
export async function iconURLs(page: Page): Promise<{ declared: boolean; urls: string[] }> {
  const urls = await page
    .locator('link[rel~="icon" i]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  if (urls.length > 0) return { declared: true, urls };
  return { declared: false, urls: [new URL('/favicon.ico', page.url()).href] };
}
