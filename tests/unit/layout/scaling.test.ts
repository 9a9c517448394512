// Structural facts that make the timeline fast at any size, checked on generated timelines of
// 10,000 and 100,000 events (bench/generate.ts): what is drawn is bounded by the width, never by
// the dataset; every event in view is drawn or counted exactly once; nothing overlaps; the
// index answers window queries exactly. No timings: those are the benchmark's (npm run bench).
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate.ts';
import { GEOMETRY } from '../../../src/layout/timeline/geometry.ts';
import { layoutTimeline, rowsNeeded } from '../../../src/layout/timeline/layoutTimeline.ts';
import type { LayoutItem, TimelineLayout } from '../../../src/layout/timeline/layoutTimeline.ts';
import { estimateTextWidth } from '../../../src/layout/textWidth.ts';
import { timeBins } from '../../../src/layout/timeline/timeBins.ts';
import {
  buildTimeIndex,
  countRunning,
  countStarting,
  runningAt,
  visibleRange,
} from '../../../src/layout/timeline/timeIndex.ts';
import type { LaneIndex } from '../../../src/layout/timeline/timeIndex.ts';
import { fitDomain } from '../../../src/layout/axis/timeScale.ts';
import type { TimeDomain } from '../../../src/layout/axis/timeScale.ts';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import type { Timeline, TimelineEvent } from '../../../src/model/timeline.ts';
import { seeded } from '../../support/synthetic.ts';

const WIDTH = 1248;
const ZOOMS = [1, 2, 8, 64, 512, 4096, 65536];

interface Fixture {
  timeline: Timeline;
  index: LaneIndex[];
  fit: TimeDomain;
  rows: number[];
}

function fixture(count: number): Fixture {
  const compiled = compileTimeline(generateDataset({ count, seed: 6 }), null);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems.slice(0, 3)));
  const timeline = compiled.value;
  const index = buildTimeIndex(timeline);
  const fit = fitDomain(timeline);
  const rows = rowsNeeded(layoutTimeline(timeline, index, fit, WIDTH, measure));
  return { timeline, index, fit, rows };
}

function measure(text: string): number {
  return estimateTextWidth(text, 13);
}

/** Windows at each zoom, centred at seeded places across the fitted span. */
function windows(fit: TimeDomain, seed: number): TimeDomain[] {
  const random = seeded(seed);
  const span = fit.end - fit.start;
  return ZOOMS.flatMap((zoom) =>
    Array.from({ length: zoom === 1 ? 1 : 3 }, () => {
      const centre = fit.start + span * random();
      const half = span / zoom / 2;
      return { start: centre - half, end: centre + half };
    }),
  );
}

function extent(item: LayoutItem): [number, number] {
  if (item.kind === 'cluster' || item.labelWidth === 0) return [item.markLeft, item.markRight];
  return [
    Math.min(item.markLeft, item.labelLeft),
    Math.max(item.markRight, item.labelLeft + item.labelWidth),
  ];
}

/** Pairs of items in the same lane and row whose extents overlap. */
function overlaps(layout: TimelineLayout): string[] {
  const found: string[] = [];
  const byRow = new Map<string, LayoutItem[]>();
  for (const item of layout.items) {
    const row = `${item.lane}:${item.row}`;
    byRow.set(row, [...(byRow.get(row) ?? []), item]);
  }
  for (const [row, items] of byRow) {
    const sorted = items.map(extent).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < sorted.length; i++) {
      const [, previousRight = 0] = sorted[i - 1] ?? [];
      const [left = 0] = sorted[i] ?? [];
      if (left < previousRight - 1e-9) found.push(`${row} at ${left.toFixed(1)}`);
    }
  }
  return found;
}

/** The events a cluster stands for, by brute force over the visible events. */
function membersOf(
  visible: readonly TimelineEvent[],
  domain: TimeDomain,
  lane: string | undefined,
  cluster: LayoutItem & { kind: 'cluster' },
) {
  // The first bin also counts the spans that began before the view and run into it.
  const first = cluster.start < domain.start;
  return visible.filter(
    (e) =>
      e.lane === lane &&
      // A cluster's start and end are its first and last members' starts (inclusive).
      (first
        ? e.date.start <= cluster.end && e.date.end > domain.start
        : e.date.start >= cluster.start && e.date.start <= cluster.end),
  );
}

function checkAccounting(f: Fixture, domain: TimeDomain, layout: TimelineLayout): void {
  const visible = f.timeline.events.filter(
    (e) => e.date.end > domain.start && e.date.start < domain.end,
  );
  const drawn = layout.items.flatMap((item) => (item.kind === 'event' ? [item.index] : []));
  const clusters = layout.items.flatMap((item) => (item.kind === 'cluster' ? [item] : []));
  const counted = clusters.reduce((sum, c) => sum + c.count, 0);
  // Every visible event once: drawn ones are distinct and visible, and the totals match.
  expect(new Set(drawn).size).toBe(drawn.length);
  const visibleIds = new Set(visible.map((e) => e.id));
  expect(drawn.filter((i) => !visibleIds.has(f.timeline.events[i]?.id ?? ''))).toEqual([]);
  expect(drawn.length + counted).toBe(visible.length);
  // Each cluster's count is exactly its members, none of which is also drawn.
  const drawnIds = new Set(drawn.map((i) => f.timeline.events[i]?.id));
  for (const cluster of clusters) {
    const members = membersOf(visible, domain, f.timeline.lanes[cluster.lane], cluster);
    expect(members.length).toBe(cluster.count);
    expect(members.some((e) => drawnIds.has(e.id))).toBe(false);
    // Its range is its members' own: the first and last of their starts, not its bin's bounds.
    const starts = members.map((e) => e.date.start);
    expect(cluster.start).toBe(Math.min(...starts));
    expect(cluster.end).toBe(Math.max(...starts));
    expect(f.timeline.events[cluster.first]?.date.start).toBe(cluster.start);
    expect(f.timeline.events[cluster.last]?.date.start).toBe(cluster.end);
  }
}

describe.each([10_000, 100_000])('a generated timeline of %i events', (count) => {
  let f: Fixture;
  beforeAll(() => {
    f = fixture(count);
  }, 120_000);

  it('is laid out at fit and at every zoom with a bounded number of items', () => {
    const lanes = f.timeline.lanes.length;
    for (const domain of windows(f.fit, 1)) {
      const bins = timeBins(domain, WIDTH).length;
      expect(bins).toBeLessThanOrEqual(Math.ceil(WIDTH / GEOMETRY.binWidth) + 1);
      const layout = layoutTimeline(f.timeline, f.index, domain, WIDTH, measure, f.rows);
      expect(layout.items.length).toBeLessThanOrEqual(lanes * bins * GEOMETRY.rowsPerLane);
      // Clustered lanes keep the fitted view's rows; a legible lane (few events in view) takes
      // the slots it needs, and its band holds them all.
      for (const item of layout.items) {
        if (layout.detail === 'clustered') expect(item.row).toBeLessThan(f.rows[item.lane] ?? 0);
        const band = layout.lanes[item.lane];
        const bottom = item.top + (item.kind === 'event' ? item.rows : 1) * GEOMETRY.rowHeight;
        expect(bottom).toBeLessThanOrEqual((band?.top ?? 0) + (band?.height ?? 0));
      }
    }
  });

  it(
    'draws or counts every event in view exactly once, at fit and at every zoom',
    {
      timeout: 60_000,
    },
    () => {
      for (const domain of windows(f.fit, 2)) {
        const layout = layoutTimeline(f.timeline, f.index, domain, WIDTH, measure, f.rows);
        checkAccounting(f, domain, layout);
      }
    },
  );

  it('never overlaps two items in the same lane and row', () => {
    for (const domain of windows(f.fit, 3)) {
      const layout = layoutTimeline(f.timeline, f.index, domain, WIDTH, measure, f.rows);
      expect(overlaps(layout)).toEqual([]);
    }
  });

  it('shows clusters when zoomed out and individual events when zoomed in', () => {
    const out = layoutTimeline(f.timeline, f.index, f.fit, WIDTH, measure, f.rows);
    expect(out.items.filter((item) => item.kind === 'cluster').length).toBeGreaterThan(100);
    const deep = windows(f.fit, 4).filter((w) => w.end - w.start < (f.fit.end - f.fit.start) / 500);
    const events = deep.map(
      (domain) =>
        layoutTimeline(f.timeline, f.index, domain, WIDTH, measure, f.rows).items.filter(
          (item) => item.kind === 'event',
        ).length,
    );
    expect(Math.max(...events)).toBeGreaterThan(0);
  });

  it('does work proportional to the bins, not to the events', () => {
    // Every label measured is a candidate placed: a proxy for the layout's work.
    for (const domain of windows(f.fit, 5)) {
      let measured = 0;
      const counting = (text: string) => {
        measured++;
        return measure(text);
      };
      layoutTimeline(f.timeline, f.index, domain, WIDTH, counting, f.rows);
      const bins = timeBins(domain, WIDTH).length;
      // Each bin is placed one by one at most rows times over, as it may be backed out of.
      expect(measured).toBeLessThanOrEqual(
        f.timeline.lanes.length * bins * GEOMETRY.rowsPerLane * 3,
      );
    }
  });

  it('keeps its index in memory linear in the events', () => {
    const bytes = f.index.reduce(
      (sum, lane) =>
        sum +
        lane.starts.byteLength +
        lane.ends.byteLength +
        lane.sortedEnds.byteLength +
        lane.eventIndex.byteLength,
      0,
    );
    expect(bytes).toBe(28 * count);
  });

  it('answers window queries exactly as a scan of the events does', { timeout: 60_000 }, () => {
    const random = seeded(9);
    const span = f.fit.end - f.fit.start;
    // Plain arrays per lane: the brute force must be simple enough to trust at a glance.
    const lanes = f.index.map((lane) => {
      const ids: string[] = [];
      const starts: number[] = [];
      const ends: number[] = [];
      const indices: number[] = [];
      f.timeline.events.forEach((e, i) => {
        if (e.lane !== lane.lane) return;
        ids.push(e.id);
        starts.push(e.date.start);
        ends.push(e.date.end);
        indices.push(i);
      });
      return { ids, starts, ends, indices };
    });
    for (let trial = 0; trial < 20; trial++) {
      const from = f.fit.start + random() * span;
      const to = from + (span * random()) / 2 ** Math.floor(random() * 16);
      f.index.forEach((lane, l) => {
        const brute = lanes[l];
        if (!brute) throw new Error('no lane');
        const [lo, hi] = visibleRange(lane, from, to);
        const inRange = new Set(lane.eventIndex.subarray(lo, hi));
        const missing: number[] = [];
        const running: string[] = [];
        let starting = 0;
        for (let k = 0; k < brute.ids.length; k++) {
          const [start = 0, end = 0] = [brute.starts[k], brute.ends[k]];
          if (end > from && start < to && !inRange.has(brute.indices[k] ?? -1)) missing.push(k);
          if (start >= from && start < to) starting++;
          if (start < from && end > from) running.push(brute.ids[k] ?? '');
        }
        expect(missing).toEqual([]);
        expect(countStarting(lane, from, to)).toBe(starting);
        expect(countRunning(lane, from)).toBe(running.length);
        const found = runningAt(lane, from).map(
          (k) => f.timeline.events[lane.eventIndex[k] ?? -1]?.id,
        );
        expect(found.sort()).toEqual(running.sort());
      });
    }
  });

  it('keeps clusters and their counts while the view pans by less than a bin', () => {
    const span = (f.fit.end - f.fit.start) / 8;
    const domain = { start: f.fit.start + span * 3, end: f.fit.start + span * 4 };
    const before = layoutTimeline(f.timeline, f.index, domain, WIDTH, measure, f.rows);
    const nudge = (span / WIDTH) * 5; // five pixels
    const shifted = { start: domain.start + nudge, end: domain.end + nudge };
    const after = layoutTimeline(f.timeline, f.index, shifted, WIDTH, measure, f.rows);
    const counts = (layout: TimelineLayout) =>
      new Map(
        layout.items.flatMap((item) =>
          // The two edge bins gain and lose events as the view moves; the others must not.
          item.kind === 'cluster' && item.markLeft > 60 && item.markRight < WIDTH - 60
            ? [[`${item.lane}:${item.key}`, item.count] as const]
            : [],
        ),
      );
    const a = counts(before);
    const b = counts(after);
    expect(a.size).toBeGreaterThan(20);
    let same = 0;
    for (const [key, value] of a) if (b.get(key) === value) same++;
    expect(same).toBeGreaterThan(a.size * 0.9);
  });
});
