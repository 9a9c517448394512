/**
 * One benchmark run: opens the app on a dataset in a fresh browser context and measures the first
 * draw, the heap, the DOM, and the frames of a scripted wheel zoom and drag pan.
 */
import type { Browser, Page } from 'playwright-core';
import { frameStats } from './stats.ts';
import type { FrameStats } from './stats.ts';

/** What one run measured. */
export interface RunResult {
  /** Milliseconds from the `sourceline:data-parsed` mark to `sourceline:first-draw`. */
  firstDrawMs: number;
  /** From navigation start to the first draw: download, fetch, parse, compile and draw. */
  firstDrawSinceNavigationMs: number;
  /** Fetching the dataset ends → parsed and compiled (`data-fetched` → `data-parsed`). */
  compileMs: number;
  /** JS heap in use after a forced garbage collection, once drawn (MB). */
  heapMB: number;
  /** The same after the zoom and the pan. */
  heapAfterInteractionMB: number;
  domNodesFit: number;
  domNodesZoomed: number;
  zoom: FrameStats;
  pan: FrameStats;
  /** Main-thread work during the zoom and the pan (Chromium's own counters). */
  zoomWork: Work;
  panWork: Work;
}

/** Milliseconds of main-thread work in an interaction, and per input event. */
export interface Work {
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  /** taskMs per wheel or mouse event sent. */
  taskMsPerInput: number;
}

/** Screenshots to take during the run, as file paths. */
export interface Shots {
  fit?: string;
  zoomed?: string;
}

const VIEWPORT = { width: 1280, height: 800 };
/** Wheel steps of the zoom, and the pixels per drag step of the pan. */
const WHEEL_STEPS = 40;
const WHEEL_DELTA = -120;
const PAN_STEPS = 60;
const PAN_STEP_PX = 10;
/** A person's wheel or mouse sends an event about every frame. */
const INPUT_INTERVAL_MS = 16;

/**
 * Code run in the page, as source text: functions passed from here would be compiled by tsx,
 * whose name helpers do not exist in the page.
 */
const IN_PAGE = {
  drawn: `performance.getEntriesByName('sourceline:first-draw').length > 0`,
  marks: `Object.fromEntries(['sourceline:data-fetched', 'sourceline:data-parsed', 'sourceline:first-draw']
    .map((name) => [name, performance.getEntriesByName(name)[0]?.startTime ?? null]))`,
  zoomReady: `Boolean(document.querySelector('.timeline')?.__zoom)`,
  domNodes: `document.getElementsByTagName('*').length`,
  startFrames: `(() => {
    const state = { frames: [], on: true };
    window.__frames = state;
    const loop = (time) => {
      if (!state.on) return;
      state.frames.push(time);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  })()`,
  stopFrames: `(() => { window.__frames.on = false; return window.__frames.frames; })()`,
};

/** Runs the benchmark on the page at `url`. */
export async function measurePage(browser: Browser, url: string, shots: Shots = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const counters = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      return {
        taskMs: value('TaskDuration'),
        scriptMs: value('ScriptDuration'),
        layoutMs: value('LayoutDuration'),
        styleMs: value('RecalcStyleDuration'),
      };
    };
    const work = async (inputs: number, action: () => Promise<FrameStats>) => {
      const before = await counters();
      const frames = await action();
      const after = await counters();
      const taskMs = after.taskMs - before.taskMs;
      const done: Work = {
        taskMs,
        scriptMs: after.scriptMs - before.scriptMs,
        layoutMs: after.layoutMs - before.layoutMs,
        styleMs: after.styleMs - before.styleMs,
        taskMsPerInput: taskMs / inputs,
      };
      return { frames, work: done };
    };
    const heapMB = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize / 2 ** 20;
    };
    await page.goto(url, { waitUntil: 'load' });
    await until(page, IN_PAGE.drawn, 300_000);
    const marks = await page.evaluate<Record<string, number | null>>(IN_PAGE.marks);
    const mark = (name: string) => marks[name] ?? Number.NaN;
    // Zoom is attached after the first draw (a lazy chunk); wait for it, not for a time.
    await until(page, IN_PAGE.zoomReady, 30_000);
    await page.waitForTimeout(300);
    if (shots.fit) await page.screenshot({ path: shots.fit });
    const heap = await heapMB();
    const domNodesFit = await domNodes(page);
    const centre = await timelineCentre(page);
    await page.mouse.move(centre.x, centre.y);
    const zoom = await work(WHEEL_STEPS, () =>
      recordFrames(page, async () => {
        for (let i = 0; i < WHEEL_STEPS; i++) {
          await paced(() => page.mouse.wheel(0, WHEEL_DELTA));
        }
      }),
    );
    await page.waitForTimeout(300);
    if (shots.zoomed) await page.screenshot({ path: shots.zoomed });
    const domNodesZoomed = await domNodes(page);
    const pan = await work(PAN_STEPS, () =>
      recordFrames(page, async () => {
        await page.mouse.down();
        for (let i = 1; i <= PAN_STEPS; i++) {
          await paced(() => page.mouse.move(centre.x - i * PAN_STEP_PX, centre.y));
        }
        await page.mouse.up();
      }),
    );
    const result: RunResult = {
      firstDrawMs: mark('sourceline:first-draw') - mark('sourceline:data-parsed'),
      firstDrawSinceNavigationMs: mark('sourceline:first-draw'),
      compileMs: mark('sourceline:data-parsed') - mark('sourceline:data-fetched'),
      heapMB: heap,
      heapAfterInteractionMB: await heapMB(),
      domNodesFit,
      domNodesZoomed,
      zoom: zoom.frames,
      pan: pan.frames,
      zoomWork: zoom.work,
      panWork: pan.work,
    };
    return result;
  } finally {
    await context.close();
  }
}

/** The first-draw marks of one load, without the interactions: for comparing builds. */
export async function measureFirstDraw(
  browser: Browser,
  url: string,
): Promise<Pick<RunResult, 'firstDrawMs' | 'firstDrawSinceNavigationMs'>> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await until(page, IN_PAGE.drawn, 60_000);
    const marks = await page.evaluate<Record<string, number | null>>(IN_PAGE.marks);
    const mark = (name: string) => marks[name] ?? Number.NaN;
    return {
      firstDrawMs: mark('sourceline:first-draw') - mark('sourceline:data-parsed'),
      firstDrawSinceNavigationMs: mark('sourceline:first-draw'),
    };
  } finally {
    await context.close();
  }
}

/**
 * Polls an expression in the page until it is true. (waitForFunction would evaluate it with
 * `new Function`, which the app's Content-Security-Policy rightly forbids.)
 */
async function until(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Runs `action`, then waits out the rest of one input interval. */
async function paced(action: () => Promise<void>): Promise<void> {
  const start = performance.now();
  await action();
  const left = INPUT_INTERVAL_MS - (performance.now() - start);
  if (left > 0) await new Promise((done) => setTimeout(done, left));
}

async function domNodes(page: Page): Promise<number> {
  return await page.evaluate<number>(IN_PAGE.domNodes);
}

async function timelineCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('.timeline').boundingBox();
  if (!box) throw new Error('The timeline is not on the page');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Collects requestAnimationFrame timestamps in the page while `action` runs. */
async function recordFrames(page: Page, action: () => Promise<void>): Promise<FrameStats> {
  await page.evaluate(IN_PAGE.startFrames);
  await action();
  // Let the last input's frame be drawn before stopping.
  await page.waitForTimeout(100);
  return frameStats(await page.evaluate<number[]>(IN_PAGE.stopFrames));
}
