// prefetch.js (src/app/loading/; run here minified, as the page carries it, in a context of its
// own as the browser runs it) asks for the app's modules itself: on the built-in page's own
// address only once the prerendered timeline is painted, elsewhere at once, the entry's imports
// beside it, and once only.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { minifiedPrefetch } from '../../../build/prefetchPlugin.ts';

const PREFETCH = minifiedPrefetch();
const PAGE = 'https://site.test/index.html';
const BUILT = {
  main: './assets/main-a1.js',
  preload: './assets/runtime-b2.js ./assets/shared-c3.js',
  worker: './assets/compileDataset.worker-d4.js',
  loader: './assets/dataLoading-e5.js',
};
type PaintCallback = (list: { getEntriesByName: (name: string) => unknown[] }) => void;

/** Runs prefetch.js for the page at `href`, with a page whose paints and timers the test drives. */
function runPrefetch(href: string, dataset: Record<string, string> = BUILT, paints = true) {
  const added: Record<string, string>[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const observers: { callback: PaintCallback; options: unknown }[] = [];
  const listeners: { type: string; listener: (event: unknown) => void }[] = [];
  const window: { __sourcelineClicks?: unknown[] | null } = {};
  class PerformanceObserver {
    constructor(private readonly callback: PaintCallback) {}
    observe(options: unknown) {
      observers.push({ callback: this.callback, options });
    }
  }
  runInNewContext(PREFETCH, {
    window,
    location: { href, origin: new URL(href).origin, toString: () => href },
    URL,
    fetch: () => new Promise(() => undefined),
    // A module worker that is started and told what to load, and does nothing more here.
    Worker: class {
      postMessage() {}
    },
    setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
    ...(paints && { PerformanceObserver }),
    document: {
      currentScript: { dataset },
      documentElement: { dataset: {} },
      createElement: (tagName: string) => ({ tagName }),
      head: { append: (element: Record<string, string>) => added.push({ ...element }) },
      addEventListener: (type: string, listener: (event: unknown) => void) =>
        listeners.push({ type, listener }),
    },
  });
  const paint = (...names: string[]) =>
    observers.forEach(({ callback }) =>
      callback({ getEntriesByName: (name) => names.filter((n) => n === name) }),
    );
  /** What the clicks asked `closest` for. */
  const selectors: string[] = [];
  /** A click on an element inside `control` (or on none, for `null`). */
  const click = (control: object | null) =>
    listeners.forEach(({ listener }) =>
      listener({
        target: {
          closest: (selector: string) => (selectors.push(selector), control),
        },
      }),
    );
  return { added, timers, observers, paint, listeners, window, click, selectors };
}

/** What the page asks for of the app's own, in order. */
const APP = [
  { tagName: 'link', rel: 'modulepreload', crossOrigin: '', href: './assets/runtime-b2.js' },
  { tagName: 'link', rel: 'modulepreload', crossOrigin: '', href: './assets/shared-c3.js' },
  { tagName: 'script', type: 'module', crossOrigin: '', src: './assets/main-a1.js' },
];

describe('prefetch.js starting the app', () => {
  it('on the built-in page, asks for the app once the first contentful paint is reported', () => {
    const page = runPrefetch(PAGE);
    expect(page.added).toEqual([]);
    expect(page.observers.map((o) => o.options)).toEqual([{ type: 'paint', buffered: true }]);
    // A first paint may be the background alone: it waits for the content.
    page.paint('first-paint');
    expect(page.added).toEqual([]);
    page.paint('first-paint', 'first-contentful-paint');
    expect(page.added).toEqual(APP);
    // Once only: neither a later report nor the timer asks again.
    page.paint('first-contentful-paint');
    page.timers.forEach((timer) => timer.run());
    expect(page.added).toEqual(APP);
  });

  it('on the built-in page, asks for the app after half a second if no paint is reported', () => {
    const page = runPrefetch(PAGE);
    expect(page.timers.map((timer) => timer.ms)).toEqual([500]);
    page.timers[0]?.run();
    expect(page.added).toEqual(APP);
  });

  it('on the built-in page, keeps the controls clicked until the app takes them', () => {
    const page = runPrefetch(PAGE);
    expect(page.listeners.map(({ type }) => type)).toEqual(['click']);
    const readMore = { name: 'Read more' };
    const present = { name: 'Present' };
    page.click(readMore);
    page.click(null);
    page.click(present);
    expect(page.window.__sourcelineClicks).toEqual([readMore, present]);
    // A button's, a disclosure's summary's, or a listed event's.
    expect(new Set(page.selectors)).toEqual(new Set(['button,summary,[data-event]']));
    // Taken by the app (src/app/earlyClicks.ts): from then on React sees the clicks.
    const kept = page.window.__sourcelineClicks;
    page.window.__sourcelineClicks = null;
    page.click(readMore);
    expect(kept).toEqual([readMore, present]);
    // A click on something that is not an element (the document itself) is not a button's.
    expect(() => page.listeners[0]?.listener({ target: {} })).not.toThrow();
  });

  it('keeps no clicks on any other address, where the app is asked for at once', () => {
    const page = runPrefetch(`${PAGE}?mode=present`);
    expect(page.listeners).toEqual([]);
    expect(page.window.__sourcelineClicks).toBeUndefined();
  });

  it('asks at once in a browser without PerformanceObserver', () => {
    expect(runPrefetch(PAGE, BUILT, false).added).toEqual(APP);
  });

  it('asks at once on any other address, before the dataset’s loader', () => {
    for (const query of ['?mode=present', '?embed=1', '?data=https://elsewhere.test/t.json']) {
      const page = runPrefetch(PAGE + query);
      expect(page.added).toEqual(APP);
      expect(page.timers).toEqual([]);
    }
    const data = runPrefetch(`${PAGE}?data=icc/timeline.json`);
    expect(data.added.slice(0, APP.length)).toEqual(APP);
    expect(data.added.slice(APP.length)).toEqual([
      { tagName: 'link', rel: 'modulepreload', href: './assets/dataLoading-e5.js' },
    ]);
  });

  it('asks for the entry alone when it imports nothing', () => {
    const page = runPrefetch(`${PAGE}?mode=present`, { ...BUILT, preload: '' });
    expect(page.added).toEqual(APP.slice(-1));
  });

  it('asks at once on a malformed ?data= address, whose error the app reports', () => {
    expect(runPrefetch(`${PAGE}?data=${encodeURIComponent('http://[')}`).added).toEqual(APP);
  });

  it('asks for nothing of the app’s on the dev server’s page, which names the app itself', () => {
    const page = runPrefetch(`${PAGE}?mode=present`, {});
    page.timers.forEach((timer) => timer.run());
    expect(page.added).toEqual([]);
  });
});
