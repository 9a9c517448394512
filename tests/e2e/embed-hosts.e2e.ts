/**
 * The host protocols of the embed, in real Chromium: examples/pym.html, where the real pym.js
 * (from npm) is the parent that sizes the frame; examples/amp.html, an amp-iframe-style host that
 * sizes it from AMP's embed-size message; that embed.js ignores Pym.js and AMP messages and any
 * message from the right window at the wrong origin; and that an embedded presentation reports its
 * height (docs/interfaces.md, Embedding).
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config.ts';
import { DESKTOP, PHONE } from './support/browser.ts';
import { browserSession } from './support/session.ts';

const baseURL = inject('baseURL');
const session = browserSession();

/** Waits for a state, not a time: long enough for a loaded CI machine, never asserted. */
function poll<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: 15_000, interval: 50 });
}

/** The frame inside an iframe element, once its timeline (or presentation) is drawn. */
async function frameOf(iframe: Locator, drawn = 'button[data-event-id]'): Promise<Frame> {
  await iframe.waitFor({ state: 'attached' });
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  await frame.locator(drawn).first().waitFor({ state: 'attached' });
  return frame;
}

/** The iframe's height on the host, and its content's height inside. */
async function heights(iframe: Locator, frame: Frame) {
  const outside = await iframe.evaluate((element) => element.getBoundingClientRect().height);
  const inside = await frame.evaluate(() => document.documentElement.scrollHeight);
  return { outside, inside };
}

async function fits(iframe: Locator, frame: Frame): Promise<boolean> {
  const { outside, inside } = await heights(iframe, frame);
  return Math.abs(outside - inside) <= 2;
}

/** Records every message the host page receives, from before its first script runs. */
async function recordMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: { data: unknown; origin: string }[] = [];
    Object.assign(window, { seenMessages: seen });
    window.addEventListener('message', (event) =>
      seen.push({ data: event.data as unknown, origin: event.origin }),
    );
  });
}

function seenMessages(page: Page): Promise<{ data: unknown; origin: string }[]> {
  return page.evaluate(
    () => (window as unknown as { seenMessages: { data: unknown; origin: string }[] }).seenMessages,
  );
}

/** Serves `body` as an HTML page at `path` on the app's own origin, under the strict CSP or `csp`. */
async function hostPage(
  page: Page,
  path: string,
  body: string,
  csp = CONTENT_SECURITY_POLICY,
): Promise<void> {
  await page.route(new URL(path, baseURL).href, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': csp },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><main><h1>Host</h1>${body}</main></body></html>`,
    }),
  );
}

describe('the Pym.js host (examples/pym.html)', () => {
  it('pym.js, as parent, sizes the frame to the content, and follows it', async () => {
    const opened = await session.open('examples/pym.html', PHONE, recordMessages);
    const { page } = opened;
    const iframe = page.locator('#sourceline-pym iframe');
    const frame = await frameOf(iframe);
    // Pym.js made the frame and told the child its id.
    const src = new URL((await iframe.getAttribute('src')) ?? '', baseURL);
    expect(src.searchParams.get('childId')).toBe('sourceline-pym');
    expect(await iframe.getAttribute('title')).toMatch(/interactive timeline$/);
    await poll(() => fits(iframe, frame)).toBe(true);
    // Pym.js sizes by its height attribute, from our Pym.js message.
    const height = (await heights(iframe, frame)).inside;
    expect(await iframe.getAttribute('height')).toBe(`${height}px`);
    const pym = (await seenMessages(page)).map((m) => m.data).filter((d) => typeof d === 'string');
    expect(pym).toContain(`pymxPYMxsourceline-pymxPYMxheightxPYMx${height}`);

    // A selection opens the card: the frame grows with it.
    await frame.locator('[data-event-id="icc-warrant-putin"]').click();
    await poll(async () => (await heights(iframe, frame)).outside).toBeGreaterThan(height + 50);
    await poll(() => fits(iframe, frame)).toBe(true);
    expect(opened.consoleProblems).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
    expect(opened.failedRequests).toEqual([]);
  });

  it('the full-view link leaves out what Pym.js added to the address', async () => {
    const { page } = await session.open('examples/pym.html', DESKTOP);
    const frame = await frameOf(page.locator('#sourceline-pym iframe'));
    const href = await frame.getByRole('link', { name: /Open full timeline/ }).getAttribute('href');
    const url = new URL(href ?? '');
    for (const name of ['embed', 'childId', 'initialWidth', 'parentTitle', 'parentUrl']) {
      expect(url.searchParams.has(name)).toBe(false);
    }
    expect(url.searchParams.get('theme')).toBe('light');
  });
});

describe('the AMP-style host (examples/amp.html)', () => {
  it('receives AMP’s embed-size message with an integer height, and sizes the frame by it', async () => {
    const opened = await session.open('examples/amp.html', DESKTOP, recordMessages);
    const { page } = opened;
    const iframe = page.locator('.amp-iframe iframe');
    const frame = await frameOf(iframe);
    await poll(() => fits(iframe, frame)).toBe(true);
    const amp = (await seenMessages(page))
      .map((m) => m.data)
      .filter((d): d is Record<string, unknown> => typeof d === 'object' && d !== null)
      .filter((d) => d['sentinel'] === 'amp');
    expect(amp.length).toBeGreaterThan(0);
    for (const message of amp) {
      expect(Object.keys(message).sort()).toEqual(['height', 'sentinel', 'type']);
      expect(message['type']).toBe('embed-size');
      expect(Number.isInteger(message['height'])).toBe(true);
    }
    const { inside } = await heights(iframe, frame);
    expect(amp.at(-1)?.['height']).toBe(inside);
    expect(opened.consoleProblems).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
  });
});

describe('embed.js', () => {
  /** The article's first embed, drawn and sized. */
  async function firstEmbed(page: Page) {
    const iframe = page.locator('iframe[data-sourceline]').first();
    const frame = await frameOf(iframe);
    await poll(() => fits(iframe, frame)).toBe(true);
    return { iframe, frame };
  }

  it('ignores Pym.js and AMP messages, from its frame or from another window', async () => {
    const { page } = await session.open('examples/article.html', DESKTOP, recordMessages);
    const { iframe, frame } = await firstEmbed(page);
    const before = await iframe.evaluate((element) => element.getBoundingClientRect().height);
    await page.evaluate(() => {
      const intruder = document.createElement('iframe');
      intruder.name = 'intruder';
      intruder.title = 'intruder';
      document.body.append(intruder);
    });
    const intruder = page.frame({ name: 'intruder' });
    if (!intruder) throw new Error('the intruder frame did not open');
    const forged = [
      'pymxPYMxsourcelinexPYMxheightxPYMx5',
      { sentinel: 'amp', type: 'embed-size', height: 5 },
    ];
    const count = (await seenMessages(page)).length;
    for (const sender of [frame, intruder]) {
      for (const data of forged) {
        await sender.evaluate((message) => window.parent.postMessage(message, '*'), data);
      }
    }
    await poll(async () => (await seenMessages(page)).length).toBeGreaterThanOrEqual(count + 4);
    expect(await iframe.evaluate((element) => element.getBoundingClientRect().height)).toBe(before);
  });

  it('ignores a resize message from its frame’s window once that window is at another origin', async () => {
    // The same server under another name is another origin. The host page allows framing it
    // (the example article's strict policy would not); its frame starts on the app's origin and
    // then navigates itself away, so messages come from the right window (event.source) but not
    // from the iframe's origin.
    const elsewhere = new URL(baseURL);
    elsewhere.hostname = 'localhost';
    const { page } = await session.open('', DESKTOP, async (p) => {
      await recordMessages(p);
      await hostPage(
        p,
        'origin-host.html',
        `<iframe data-sourceline src="./?embed=1" title="Timeline"
          style="border:0;width:100%;height:480px"></iframe><script src="./embed.js"></script>`,
        `${CONTENT_SECURITY_POLICY}; frame-src 'self' ${elsewhere.origin}`,
      );
    });
    await page.goto(new URL('origin-host.html', baseURL).href);
    const iframe = page.locator('iframe[data-sourceline]');
    const frame = await frameOf(iframe);
    await poll(() => fits(iframe, frame)).toBe(true);
    await frame.evaluate((href) => window.location.assign(href), `${elsewhere.href}?embed=1`);
    const fromElsewhere = async () =>
      (await seenMessages(page)).filter(
        (m) =>
          m.origin === elsewhere.origin &&
          (m.data as { type?: unknown } | null)?.type === 'sourceline:resize',
      ).length;
    await poll(fromElsewhere).toBeGreaterThan(0);
    // The host squeezes the frame: the page in it says its height again, and is not believed.
    const told = await fromElsewhere();
    await iframe.evaluate((element) => {
      (element as HTMLElement).style.height = '200px';
    });
    await poll(fromElsewhere).toBeGreaterThan(told);
    expect(await iframe.evaluate((element) => element.getBoundingClientRect().height)).toBe(200);
  });
});

describe('an embedded presentation (embed=1&mode=present)', () => {
  it('reports its height, so its frame is not left at the placeholder size', async () => {
    const { page } = await session.open('', PHONE, (p) =>
      hostPage(
        p,
        'present-host.html',
        `<iframe data-sourceline src="./?embed=1&amp;mode=present" title="Presentation"
          style="border:0;width:100%;height:300px"></iframe><script src="./embed.js"></script>`,
      ),
    );
    await page.goto(new URL('present-host.html', baseURL).href);
    const iframe = page.locator('iframe[data-sourceline]');
    const frame = await frameOf(iframe, '.present');
    await poll(() => fits(iframe, frame)).toBe(true);
    expect((await heights(iframe, frame)).outside).toBeGreaterThan(300);
    // It keeps to the column: nothing runs off the frame's right edge.
    expect(
      await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
  });
});
