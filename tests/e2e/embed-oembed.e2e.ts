/**
 * oEmbed, in real Chromium: the build wrote one oEmbed 1.0 `rich` document per built-in dataset
 * (dist/oembed/<name>.json) and the discovery link into index.html; each document validates, and
 * its `html`, pasted by a CMS into a page on another origin, loads the timeline and sizes it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listDatasets, DEFAULT_DATASET } from '../../build/datasets.ts';
import { PREVIEW_URL } from '../../build/oembedPlugin.ts';
import { DESKTOP } from './support/browser.ts';
import { DIST_DIR, PROJECT_ROOT } from './support/server.ts';
import { browserSession } from './support/session.ts';

const baseURL = inject('baseURL');
const session = browserSession();
const DATASETS = listDatasets(join(PROJECT_ROOT, 'data'));

function poll<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: 15_000, interval: 50 });
}

function documentOf(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(DIST_DIR, 'oembed', `${name}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

describe('the oEmbed documents', () => {
  it('index.html names the default dataset’s document in its discovery link', () => {
    const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    const links = [...html.matchAll(/<link\b[^>]*type="application\/json\+oembed"[^>]*>/g)];
    expect(links).toHaveLength(1);
    expect(links[0]?.[0]).toContain('rel="alternate"');
    expect(links[0]?.[0]).toContain(`href="${PREVIEW_URL}oembed/${DEFAULT_DATASET}.json"`);
  });

  it.each(DATASETS)('%s: oEmbed 1.0, type rich, with the iframe, width, height, title', (name) => {
    const doc = documentOf(name);
    expect(doc['version']).toBe('1.0');
    expect(doc['type']).toBe('rich');
    expect(doc['provider_name']).toBe('Sourceline');
    expect(typeof doc['title']).toBe('string');
    for (const key of ['width', 'height'] as const) {
      expect(Number.isInteger(doc[key]) && (doc[key] as number) > 0).toBe(true);
    }
    const parsed = new DOMParserLike(String(doc['html']));
    expect(parsed.iframeSrc?.startsWith(`${PREVIEW_URL}?embed=1`)).toBe(true);
    expect(parsed.has('data-sourceline')).toBe(true);
    if (name === DEFAULT_DATASET) expect(parsed.iframeSrc).not.toContain('data=');
    else expect(parsed.iframeSrc).toContain(encodeURIComponent(`data/${name}/timeline.json`));
  });

  it.each(DATASETS)(
    '%s: its html, pasted into a page elsewhere, loads and sizes the timeline',
    async (name) => {
      const doc = documentOf(name);
      // A CMS on another origin pastes the html; the documents name the preview's address, which
      // the test serves from the built app.
      const opened = await session.open('', DESKTOP, async (page) => {
        await page.route('http://cms.localhost/**', (route) =>
          route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: `<!doctype html><html lang="en"><title>CMS</title><main><h1>Story</h1>${String(doc['html'])}</main></html>`,
          }),
        );
        await page.route(`${PREVIEW_URL}**`, async (route) => {
          const url = new URL(route.request().url());
          try {
            const response = await route.fetch({
              url: new URL(url.pathname.slice(1) + url.search, baseURL).href,
            });
            await route.fulfill({ response });
          } catch (error) {
            // The test can end, closing the page, while a chunk loaded after the first draw is
            // still on its way: the fetched answer is then disposed of with the page's context
            // ("Fetch response has been disposed"). Only that is nothing; any other failure fails.
            const closing = page.isClosed() || /has been disposed/.test(String(error));
            if (!closing) throw error;
          }
        });
      });
      const { page } = opened;
      await page.goto('http://cms.localhost/story');
      const iframe = page.locator('iframe[data-sourceline]');
      await iframe.scrollIntoViewIfNeeded();
      const frame = await (await iframe.elementHandle())?.contentFrame();
      if (!frame) throw new Error('no frame');
      await frame.locator('button[data-event-id]').first().waitFor();
      expect(await frame.locator('h1').textContent()).toBe(doc['title']);
      // embed.js, from the document too, sizes the frame and hides the fallback line.
      await poll(() => iframe.evaluate((e) => e.getBoundingClientRect().height)).not.toBe(480);
      await poll(() => page.locator('[data-sourceline-fallback]').isHidden()).toBe(true);
    },
  );
});

/** Just enough HTML reading for the checks above (Node has no DOMParser). */
class DOMParserLike {
  constructor(private readonly html: string) {}
  get iframeSrc(): string | undefined {
    const src = /<iframe\b[^>]*\ssrc="([^"]*)"/.exec(this.html)?.[1];
    return src?.replace(/&amp;/g, '&');
  }
  has(attribute: string): boolean {
    return new RegExp(`<iframe\\b[^>]*\\s${attribute}[\\s=>]`).test(this.html);
  }
}
