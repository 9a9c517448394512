import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventsAtOneInstant } from '../../../src/layout/timeline/clusterEvents.ts';
import { GEOMETRY } from '../../../src/layout/timeline/geometry.ts';
import { layoutTimeline, rowsNeeded } from '../../../src/layout/timeline/layoutTimeline.ts';
import type { LayoutItem, TimelineLayout } from '../../../src/layout/timeline/layoutTimeline.ts';
import { estimateTextWidth } from '../../../src/layout/textWidth.ts';
import { buildTimeIndex } from '../../../src/layout/timeline/timeIndex.ts';
import { fitDomain } from '../../../src/layout/axis/timeScale.ts';
import type { TimeDomain } from '../../../src/layout/axis/timeScale.ts';
import type { Timeline } from '../../../src/model/timeline.ts';
import { iccTimeline } from '../../support/iccTimeline.ts';
import { DAY, date, event, seeded, timelineOf } from '../../support/synthetic.ts';

const measure = (text: string) => estimateTextWidth(text, 13);

// Of the clustering engine, which views of more than LEGIBLE_MAX_EVENTS use; the legible level
// that small views get is tested in legibleLayout.test.ts.
function layout(timeline: Timeline, width: number, domain: TimeDomain = fitDomain(timeline)) {
  return layoutTimeline(timeline, buildTimeIndex(timeline), domain, width, measure, [], {
    detail: 'clustered',
  });
}

/** Events accounted for: drawn one by one, or counted in a cluster. */
function accounted(result: TimelineLayout): number {
  return result.items.reduce((sum, item) => sum + (item.kind === 'cluster' ? item.count : 1), 0);
}

function extent(item: LayoutItem): [number, number] {
  if (item.kind === 'cluster' || item.labelWidth === 0) return [item.markLeft, item.markRight];
  return [
    Math.min(item.markLeft, item.labelLeft),
    Math.max(item.markRight, item.labelLeft + item.labelWidth),
  ];
}

function overlaps(result: TimelineLayout): number {
  let count = 0;
  const { items } = result;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (!a || !b || a.lane !== b.lane || a.row !== b.row) continue;
      const [a0, a1] = extent(a);
      const [b0, b1] = extent(b);
      if (a0 < b1 && b0 < a1) count++;
    }
  }
  return count;
}

describe('layoutTimeline on the ICC timeline', () => {
  const timeline = iccTimeline();

  it.each([1280, 700, 340])('accounts for every event exactly once at %i px', (width) => {
    const result = layout(timeline, width);
    expect(accounted(result)).toBe(timeline.events.length);
    expect(overlaps(result)).toBe(0);
  });

  it('draws every event individually on a wide screen, each in its own lane', () => {
    const result = layout(timeline, 1280);
    const drawn = result.items.filter((item) => item.kind === 'event');
    expect(drawn).toHaveLength(timeline.events.length);
    for (const item of drawn) {
      if (item.kind !== 'event') continue;
      const lane = result.lanes[item.lane]?.name;
      expect(lane).toBe(timeline.events[item.index]?.lane);
    }
  });

  it('returns items in time order', () => {
    const starts = layout(timeline, 1280).items.map((item) =>
      item.kind === 'cluster' ? item.start : (timeline.events[item.index]?.date.start ?? 0),
    );
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('gives sparse lanes fewer rows when capped by rowsNeeded', () => {
    const fitted = layout(timeline, 1280);
    const rows = rowsNeeded(fitted);
    const capped = layoutTimeline(
      timeline,
      buildTimeIndex(timeline),
      fitDomain(timeline),
      1280,
      measure,
      rows,
      { detail: 'clustered' },
    );
    expect(capped.height).toBeLessThanOrEqual(fitted.height);
    capped.lanes.forEach((lane, i) => {
      expect(lane.height).toBe(GEOMETRY.laneHeader + (rows[i] ?? 0) * GEOMETRY.rowHeight);
    });
  });

  it('shows only the events of a zoomed-in window', () => {
    const start = Date.UTC(2020, 0, 1);
    const result = layout(timeline, 1280, { start, end: Date.UTC(2022, 0, 1) });
    const ids = result.items.flatMap((item) =>
      item.kind === 'event' ? [timeline.events[item.index]?.id] : [],
    );
    expect(ids.sort()).toEqual([
      'biden-revokes-sanctions',
      'khan-deprioritises-us-inquiry',
      'pompeo-calls-icc-corrupt',
      'trump-sanctions-icc',
    ]);
  });
});

describe('layoutTimeline level of detail', () => {
  it('turns a crowded day into one counted cluster', () => {
    const day = Date.UTC(2000, 0, 1);
    const events = Array.from({ length: 50 }, (_, i) => event(`e${i}`, 'A', date(day)));
    const timeline = timelineOf([...events, event('far', 'A', date(day + 3000 * DAY))]);
    const result = layout(timeline, 800);
    const clusters = result.items.filter((item) => item.kind === 'cluster');
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.kind === 'cluster' && clusters[0].count).toBe(50);
    expect(accounted(result)).toBe(51);
  });

  it('marks a cluster whose events all begin at one instant, with their index positions', () => {
    const day = Date.UTC(2000, 0, 1);
    const events = Array.from({ length: 50 }, (_, i) => event(`e${i}`, 'A', date(day)));
    const timeline = timelineOf([...events, event('far', 'A', date(day + 3000 * DAY))]);
    const index = buildTimeIndex(timeline);
    const result = layoutTimeline(timeline, index, fitDomain(timeline), 800, measure);
    const cluster = result.items.find((item) => item.kind === 'cluster');
    if (cluster?.kind !== 'cluster') throw new Error('no cluster');
    expect(cluster.atOneInstant).toEqual([0, 50]);
    const ids = eventsAtOneInstant(timeline, index, cluster).map((e) => e.id);
    expect(ids.sort()).toEqual(events.map((e) => e.id).sort());
    // A label needs only the first: a limit keeps a zoom frame from copying thousands.
    expect(eventsAtOneInstant(timeline, index, cluster, 1)).toHaveLength(1);
  });

  it('leaves a cluster zoomable when its events begin at different moments, even by a day', () => {
    const day = Date.UTC(2000, 0, 1);
    const events = Array.from({ length: 50 }, (_, i) =>
      event(`e${i}`, 'A', date(day + (i === 49 ? DAY : 0))),
    );
    const timeline = timelineOf([...events, event('far', 'A', date(day + 3000 * DAY))]);
    const clusters = layout(timeline, 800).items.filter((item) => item.kind === 'cluster');
    expect(clusters).toHaveLength(1);
    expect(clusters.every((item) => item.kind === 'cluster' && item.atOneInstant === null)).toBe(
      true,
    );
  });

  it('never marks a cluster at one instant when spans run into it from before the view', () => {
    const day = Date.UTC(2000, 0, 1);
    // Spans that all begin at one instant long before the view, still running in it.
    const spans = Array.from({ length: 10 }, (_, i) => event(`s${i}`, 'A', date(day, 4000)));
    const timeline = timelineOf([...spans, event('far', 'A', date(day + 3000 * DAY))]);
    const view = { start: day + 1000 * DAY, end: day + 1100 * DAY };
    const clusters = layout(timeline, 800, view).items.filter((item) => item.kind === 'cluster');
    expect(clusters.length).toBeGreaterThan(0);
    expect(clusters.every((item) => item.kind === 'cluster' && item.atOneInstant === null)).toBe(
      true,
    );
  });

  it('keeps the number of drawn items bounded by the width, not the dataset', () => {
    const random = seeded(7);
    const start = Date.UTC(1900, 0, 1);
    const events = Array.from({ length: 20_000 }, (_, i) =>
      event(`e${i}`, `L${i % 4}`, date(start + Math.floor(random() * 40_000) * DAY)),
    );
    const timeline = timelineOf(events);
    const width = 1200;
    const result = layout(timeline, width);
    const bins = Math.ceil(width / GEOMETRY.binWidth);
    expect(result.items.length).toBeLessThanOrEqual(4 * bins * GEOMETRY.rowsPerLane);
    expect(accounted(result)).toBe(20_000);
    expect(overlaps(result)).toBe(0);
  });

  it('never overlaps and never loses an event, for random timelines and windows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 300, max: 1600 }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (seed, count, width, from, share) => {
          const random = seeded(seed);
          const origin = Date.UTC(2000, 0, 1);
          const events = Array.from({ length: count }, (_, i) =>
            event(
              `e${i}`,
              `L${Math.floor(random() * 3)}`,
              date(
                origin + Math.floor(random() * 3650) * DAY,
                random() < 0.3 ? 1 + Math.floor(random() * 400) : 1,
              ),
              'x'.repeat(1 + Math.floor(random() * 40)),
            ),
          );
          const timeline = timelineOf(events);
          const fit = fitDomain(timeline);
          const span = fit.end - fit.start;
          const domain = {
            start: fit.start + from * span,
            end: fit.start + Math.min(1, from + share) * span,
          };
          const result = layout(timeline, width, domain);
          expect(overlaps(result)).toBe(0);
          const visible = events.filter(
            (e) => e.date.end > domain.start && e.date.start < domain.end,
          ).length;
          const startingInside = events.filter(
            (e) => e.date.start >= domain.start && e.date.start < domain.end,
          ).length;
          // Every event starting in view is accounted for; spans reaching in from the left may be too.
          expect(accounted(result)).toBeGreaterThanOrEqual(startingInside);
          expect(accounted(result)).toBeLessThanOrEqual(visible);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('layoutTimeline with eras', () => {
  // Each era's name is drawn in the strip under the last lane (HorizontalBackdrop, exportScene):
  // at the foot of the last lane's rows it was drawn under their labels.
  const origin = Date.UTC(2000, 0, 1);
  const events = Array.from({ length: 30 }, (_, i) =>
    event(`e${i}`, `L${i % 2}`, date(origin + i * 20 * DAY), `Event number ${i}`),
  );
  const plain = timelineOf(events);
  const withEras: Timeline = {
    ...plain,
    eras: [{ label: 'An era', date: date(origin, 400) }],
  };

  it.each(['auto', 'clustered'] as const)(
    'keeps every item above the eras’ strip (detail %s), and adds the strip only with eras',
    (detail) => {
      const lay = (timeline: Timeline) =>
        layoutTimeline(timeline, buildTimeIndex(timeline), fitDomain(timeline), 900, measure, [], {
          detail,
        });
      const result = lay(withEras);
      const last = result.lanes.at(-1);
      expect(last && last.top + last.height).toBe(result.height - GEOMETRY.eraStrip);
      for (const item of result.items) {
        const rows = item.kind === 'event' ? item.rows : 1;
        expect(item.top + rows * GEOMETRY.rowHeight).toBeLessThanOrEqual(
          result.height - GEOMETRY.eraStrip,
        );
      }
      expect(lay(plain).height).toBe(result.height - GEOMETRY.eraStrip);
    },
  );
});
