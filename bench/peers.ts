/**
 * The benchmark's peer comparison: the same TimelineJS files loaded by `?data=` in Sourceline and
 * in vis-timeline 8.5 (bench/peer/vis.html), and Sourceline's own format beside them, each timed
 * from navigation to the first drawn frame. Pages load in turn, round by round, in one browser,
 * so a busy moment of the machine falls on all of them alike.
 */
import type { Browser } from 'playwright-core';
import { spread } from './stats.ts';
import type { Spread } from './stats.ts';

/** One size's loads, in milliseconds from navigation to the first draw. */
export interface PeerRuns {
  events: number;
  ours: number[];
  oursTimelineJs: number[];
  vis: number[];
}

/** Medians and ranges, and the ratio the goal is stated in: Sourceline over vis-timeline. */
export interface PeerSummary {
  events: number;
  ours: Spread;
  oursTimelineJs: Spread;
  vis: Spread;
  ratio: number;
}

/** Pages the comparison loads, given the server's base URL and a size. */
export interface PeerPages {
  ours: (events: number) => string;
  oursTimelineJs: (events: number) => string;
  vis: (events: number) => string;
}

/** Milliseconds from navigation to `mark`, in a new page of its own. */
export async function firstDraw(browser: Browser, url: string, mark: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
      timeout: 300_000,
      polling: 20,
    });
    return await page.evaluate(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN,
      mark,
    );
  } finally {
    await page.close();
  }
}

/** Loads each size's three pages `rounds` times over, in turn. */
export async function measurePeers(
  browser: Browser,
  pages: PeerPages,
  sizes: readonly number[],
  rounds: number,
): Promise<PeerRuns[]> {
  const out: PeerRuns[] = [];
  for (const events of sizes) {
    const runs: PeerRuns = { events, ours: [], oursTimelineJs: [], vis: [] };
    for (let round = 0; round < rounds; round++) {
      runs.ours.push(await firstDraw(browser, pages.ours(events), 'sourceline:first-draw'));
      runs.oursTimelineJs.push(
        await firstDraw(browser, pages.oursTimelineJs(events), 'sourceline:first-draw'),
      );
      runs.vis.push(await firstDraw(browser, pages.vis(events), 'peer:first-draw'));
      console.log(
        `peers ${events} round ${round + 1}/${rounds}: ours ${runs.ours.at(-1)?.toFixed(0)} ms, ` +
          `ours (TimelineJS) ${runs.oursTimelineJs.at(-1)?.toFixed(0)} ms, ` +
          `vis-timeline ${runs.vis.at(-1)?.toFixed(0)} ms`,
      );
    }
    out.push(runs);
  }
  return out;
}

export function summarisePeers(runs: readonly PeerRuns[]): PeerSummary[] {
  return runs.map((r) => {
    const oursTimelineJs = spread(r.oursTimelineJs);
    const vis = spread(r.vis);
    return {
      events: r.events,
      ours: spread(r.ours),
      oursTimelineJs,
      vis,
      ratio: oursTimelineJs.median / vis.median,
    };
  });
}

const ms = (s: Spread) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;

/** The Markdown table of the comparison. */
export function peersTable(summary: readonly PeerSummary[]): string {
  const rows = summary.map(
    (s) =>
      `| ${s.events.toLocaleString('en')} | ${ms(s.ours)} | ${ms(s.oursTimelineJs)} | ${ms(s.vis)} | ${s.ratio.toFixed(2)} |`,
  );
  return [
    '| events by `?data=` | Sourceline, our format | Sourceline, TimelineJS JSON | vis-timeline 8.5, same TimelineJS file | ratio (TimelineJS: ours / vis) |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
