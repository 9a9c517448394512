// The level-of-detail rules of the layout, each on a small timeline built for it: time-anchored
// bins, spans that run into the view, row caps, and backing out of a bin without losing its
// neighbours.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GEOMETRY } from '../../../src/layout/timeline/geometry.ts';
import { layoutTimeline, rowsNeeded } from '../../../src/layout/timeline/layoutTimeline.ts';
import type { ClusterItem } from '../../../src/layout/timeline/layoutTimeline.ts';
import { estimateTextWidth } from '../../../src/layout/textWidth.ts';
import { timeBins } from '../../../src/layout/timeline/timeBins.ts';
import { buildTimeIndex } from '../../../src/layout/timeline/timeIndex.ts';
import type { TimeDomain } from '../../../src/layout/axis/timeScale.ts';
import type { Timeline } from '../../../src/model/timeline.ts';
import { DAY, date, event, timelineOf } from '../../support/synthetic.ts';

const measure = (text: string) => estimateTextWidth(text, 13);
const ORIGIN = Date.UTC(2000, 0, 1);

// These tests are of the clustering engine, which views of more than LEGIBLE_MAX_EVENTS use;
// their small timelines would otherwise be drawn at the legible level (legibleLayout.test.ts).
function layout(timeline: Timeline, domain: TimeDomain, width = 800, rows: number[] = []) {
  return layoutTimeline(timeline, buildTimeIndex(timeline), domain, width, measure, rows, {
    detail: 'clustered',
  });
}

function clusters(items: ReturnType<typeof layout>['items']): ClusterItem[] {
  return items.flatMap((item) => (item.kind === 'cluster' ? [item] : []));
}

describe('timeBins', () => {
  const domain = fc
    .record({
      start: fc.double({ min: -7e12, max: 7e12, noNaN: true }),
      span: fc.double({ min: 60_000, max: 1e13, noNaN: true }),
      width: fc.integer({ min: 100, max: 2000 }),
    })
    .map(({ start, span, width }) => ({ domain: { start, end: start + span }, width }));

  it('covers the view with contiguous bins about one cluster wide', () => {
    fc.assert(
      fc.property(domain, ({ domain, width }) => {
        const bins = timeBins(domain, width);
        expect(bins[0]?.start).toBe(domain.start);
        expect(bins.at(-1)?.end).toBe(domain.end);
        bins.forEach((bin, i) => {
          if (i > 0) expect(bin.start).toBe(bins[i - 1]?.end);
          expect(bin.right - bin.left).toBeGreaterThan(GEOMETRY.binWidth * 0.75 - 1e-6);
          if (i > 0 && i < bins.length - 1) {
            expect(bin.right - bin.left).toBeLessThan(GEOMETRY.binWidth * 2 ** 0.25 + 1e-6);
          }
        });
        expect(new Set(bins.map((bin) => bin.key)).size).toBe(bins.length);
        expect(bins.length).toBeLessThanOrEqual(Math.ceil(width / GEOMETRY.binWidth) + 1);
      }),
    );
  });

  it('keeps the inner bins, with their keys and times, while the view pans', () => {
    fc.assert(
      fc.property(domain, fc.double({ min: 0, max: 0.5, noNaN: true }), ({ domain, width }, by) => {
        const shift = ((domain.end - domain.start) / width) * GEOMETRY.binWidth * by;
        const before = timeBins(domain, width);
        const after = timeBins({ start: domain.start + shift, end: domain.end + shift }, width);
        const inner = (bins: typeof before) =>
          bins.slice(1, -1).map((bin) => `${bin.key}:${bin.start}:${bin.end}`);
        const kept = new Set(inner(after));
        expect(
          inner(before)
            .slice(1)
            .every((bin) => kept.has(bin)),
        ).toBe(true);
      }),
    );
  });
});

describe('spans that began before the view', () => {
  // Ten long spans begun in 2000, still running in a view of March 2001.
  const spans = Array.from({ length: 10 }, (_, i) =>
    event(`span-${i}`, 'A', date(ORIGIN + i * DAY, 800)),
  );
  const view = { start: ORIGIN + 425 * DAY, end: ORIGIN + 455 * DAY };

  it('are counted in the first cluster, which zooms back to where they begin', () => {
    const result = layout(timelineOf(spans), view);
    const [first, ...others] = clusters(result.items);
    expect(others).toEqual([]);
    expect(first?.count).toBe(10);
    expect(first?.start).toBe(ORIGIN);
    expect(first?.markLeft).toBeLessThan(GEOMETRY.binWidth);
  });

  it('are drawn one by one when they fit', () => {
    const result = layout(timelineOf(spans.slice(0, 2)), view);
    expect(clusters(result.items)).toEqual([]);
    expect(result.items).toHaveLength(2);
  });
});

describe('row caps', () => {
  it('give a lane that was clustered when fitted every row', () => {
    const crowded = Array.from({ length: 40 }, (_, i) => event(`c${i}`, 'Busy', date(ORIGIN)));
    const sparse = [event('s', 'Quiet', date(ORIGIN + 100 * DAY))];
    const timeline = timelineOf([...crowded, ...sparse]);
    const rows = rowsNeeded(
      layout(timeline, { start: ORIGIN - 50 * DAY, end: ORIGIN + 150 * DAY }),
    );
    expect(rows).toEqual([GEOMETRY.rowsPerLane, 1]);
  });
});

describe('backing out of a bin', () => {
  it('gives the later bins a fresh try, so a lone event is not left as a cluster of one', () => {
    // One row: a long span fills it, so the point after it cannot be drawn; clustering the
    // span frees the row, and the point must then be drawn rather than stay a cluster.
    const timeline = timelineOf([
      event('long', 'A', date(ORIGIN + 10 * DAY, 300), 'A long span'),
      event('point', 'A', date(ORIGIN + 40 * DAY), 'A point'),
    ]);
    const result = layout(timeline, { start: ORIGIN, end: ORIGIN + 100 * DAY }, 800, [1]);
    const drawn = result.items.flatMap((item) =>
      item.kind === 'event' ? [timeline.events[item.index]?.id] : [],
    );
    expect(drawn).toEqual(['point']);
    expect(clusters(result.items).map((c) => c.count)).toEqual([1]);
  });
});
