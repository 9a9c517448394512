/**
 * The floor of a `?data=` load: Sourceline's load of a file beside bench/peer/floorPage.js's,
 * which only downloads, parses, orders and draws one screen of titles (no check, no compile, no
 * framework), each timed from navigation to the first drawn frame. No page that draws the file
 * can be much sooner than the floor on this machine; the ratio says how far above it Sourceline
 * is. Pages load in turn, round by round, in one browser, as the peer comparison does.
 */
import type { Browser } from 'playwright-core';
import { firstDraw } from './peers.ts';
import { spread } from './stats.ts';
import type { Spread } from './stats.ts';

/** One size's loads, in milliseconds from navigation to the first draw. */
export interface FloorRuns {
  events: number;
  ours: number[];
  floor: number[];
}

/** Medians and ranges, and Sourceline's median over the floor's. */
export interface FloorSummary {
  events: number;
  ours: Spread;
  floor: Spread;
  ratio: number;
}

/** The two pages for a size (our format, the same file). */
export interface FloorPages {
  ours: (events: number) => string;
  floor: (events: number) => string;
}

/** Loads each size's two pages, `rounds(size)` times over, in turn. */
export async function measureFloor(
  browser: Browser,
  pages: FloorPages,
  sizes: readonly number[],
  rounds: (events: number) => number,
): Promise<FloorRuns[]> {
  const out: FloorRuns[] = [];
  for (const events of sizes) {
    const runs: FloorRuns = { events, ours: [], floor: [] };
    for (let round = 0; round < rounds(events); round++) {
      runs.ours.push(await firstDraw(browser, pages.ours(events), 'sourceline:first-draw'));
      runs.floor.push(await firstDraw(browser, pages.floor(events), 'peer:first-draw'));
      console.log(
        `floor ${events} round ${round + 1}/${rounds(events)}: ours ` +
          `${runs.ours.at(-1)?.toFixed(0)} ms, floor ${runs.floor.at(-1)?.toFixed(0)} ms`,
      );
    }
    out.push(runs);
  }
  return out;
}

export function summariseFloor(runs: readonly FloorRuns[]): FloorSummary[] {
  return runs.map((r) => {
    const ours = spread(r.ours);
    const floor = spread(r.floor);
    return { events: r.events, ours, floor, ratio: ours.median / floor.median };
  });
}

const ms = (s: Spread) =>
  `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`.replace(/\d{4,}/g, (n) =>
    Number(n).toLocaleString('en'),
  );

/** The Markdown table. */
export function floorTable(summary: readonly FloorSummary[]): string {
  return [
    '| events by `?data=` | Sourceline, our format | the floor: download, parse, order, one screen of titles | Sourceline / floor |',
    '| --- | --- | --- | --- |',
    ...summary.map(
      (s) =>
        `| ${s.events.toLocaleString('en')} | ${ms(s.ours)} | ${ms(s.floor)} | ${s.ratio.toFixed(2)} |`,
    ),
  ].join('\n');
}
