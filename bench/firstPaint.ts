/**
 * The built-in timeline's first contentful paint (Chromium's `first-contentful-paint` entry), from
 * navigation, in fresh browser contexts at 1280×800: the app's page with its script and without
 * JavaScript, beside a page of one paragraph (bench/peer/paragraph.html), the floor that no page
 * can beat on this machine (navigation, one layout, one raster). Pages load in turn, round by
 * round, so a busy moment of the machine falls on all of them alike.
 */
import type { Browser } from 'playwright-core';
import { spread } from './stats.ts';
import type { Spread } from './stats.ts';

/** A page to load, and whether it runs scripts. */
export interface PaintPage {
  name: string;
  url: string;
  javaScript: boolean;
}

/** One page's runs, in milliseconds from navigation to the first contentful paint. */
export interface PaintRuns {
  name: string;
  javaScript: boolean;
  runs: number[];
}

async function firstContentfulPaint(browser: Browser, page: PaintPage): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    javaScriptEnabled: page.javaScript,
  });
  try {
    const tab = await context.newPage();
    await tab.goto(page.url, { waitUntil: 'load' });
    // Read by the driver, not by the page: it has no script of its own to run without JavaScript.
    for (let tries = 0; tries < 100; tries++) {
      const at = await tab.evaluate(
        `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1`,
      );
      if (typeof at === 'number' && at >= 0) return at;
      await new Promise((done) => setTimeout(done, 20));
    }
    throw new Error(`${page.name}: no first contentful paint`);
  } finally {
    await context.close();
  }
}

/** Loads each page `rounds` times over, in turn. */
export async function measureFirstPaints(
  browser: Browser,
  pages: readonly PaintPage[],
  rounds: number,
): Promise<PaintRuns[]> {
  const out = pages.map(({ name, javaScript }) => ({ name, javaScript, runs: [] as number[] }));
  for (let round = 0; round < rounds; round++) {
    for (const [i, page] of pages.entries())
      out[i]?.runs.push(await firstContentfulPaint(browser, page));
    console.log(
      `first paint round ${round + 1}/${rounds}: ${out.map((p) => `${p.name} ${p.runs.at(-1)?.toFixed(0)} ms`).join(', ')}`,
    );
  }
  return out;
}

/** Medians and ranges. */
export function summariseFirstPaints(runs: readonly PaintRuns[]): (PaintRuns & Spread)[] {
  return runs.map((r) => ({ ...r, ...spread(r.runs) }));
}

/** The Markdown table. */
export function firstPaintTable(summary: readonly (PaintRuns & Spread)[]): string {
  return [
    '| page, from navigation | first contentful paint | runs |',
    '| --- | --- | --- |',
    ...summary.map(
      (s) =>
        `| ${s.name} | ${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)}) | ${s.runs.length} |`,
    ),
  ].join('\n');
}
