// The legible level of detail: every event drawn with its whole title, nothing over anything.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitView } from '../../../src/layout/axis/timeWarp.ts';
import { layoutTimeline } from '../../../src/layout/timeline/layoutTimeline.ts';
import type { EventItem, TimelineLayout } from '../../../src/layout/timeline/layoutTimeline.ts';
import { GEOMETRY } from '../../../src/layout/timeline/geometry.ts';
import { buildTimeIndex } from '../../../src/layout/timeline/timeIndex.ts';
import { estimateTextWidth } from '../../../src/layout/textWidth.ts';
import type { Timeline } from '../../../src/model/timeline.ts';
import { iccTimeline } from '../../support/iccTimeline.ts';
import { DAY, date, event, timelineOf } from '../../support/synthetic.ts';

const measure = (text: string) => estimateTextWidth(text, 13);
type Box = { id: number; part: string; left: number; right: number; top: number; bottom: number };

function layout(timeline: Timeline, width: number, selected: number | null = null) {
  const { fit, warp } = fitView(timeline);
  return layoutTimeline(timeline, buildTimeIndex(timeline), fit, width, measure, [], {
    warp,
    selected,
  });
}

/** Every drawn box: each event's mark, and each line of its label, in pixels. */
function boxes(layout: TimelineLayout, measureLine = measure): Box[] {
  const out: Box[] = [];
  const h = GEOMETRY.rowHeight;
  for (const item of layout.items) {
    if (item.kind !== 'event') continue;
    out.push({
      id: item.index,
      part: 'mark',
      left: item.markLeft,
      right: item.markRight,
      top: item.top,
      bottom: item.top + h,
    });
    item.lines.forEach((line, k) => {
      const top = item.top + (item.labelRow + k) * h;
      out.push({
        id: item.index,
        part: `line ${k}`,
        left: item.labelLeft,
        right: item.labelLeft + measureLine(line),
        top,
        bottom: top + h,
      });
    });
  }
  return out;
}

function intersections(all: Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i];
      const b = all[j];
      if (!a || !b || (a.id === b.id && a.part !== 'mark' && b.part !== 'mark')) continue;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
        found.push(`${a.id} ${a.part} × ${b.id} ${b.part}`);
      }
    }
  }
  return found;
}

const events = (l: TimelineLayout) => l.items.filter((i): i is EventItem => i.kind === 'event');

describe('the legible level of detail', () => {
  it('draws every ICC event with its whole title at 1024, 1280 and 600 px, nothing overlapping', () => {
    const timeline = iccTimeline();
    for (const width of [600, 737, 1024, 1280]) {
      const result = layout(timeline, width);
      expect(result.detail).toBe('legible');
      expect(events(result)).toHaveLength(timeline.events.length);
      for (const item of events(result)) {
        expect(item.lines.join(' ')).toBe(timeline.events[item.index]?.title);
        expect(item.shortened).toBe(false);
        expect(item.labelLeft).toBeGreaterThanOrEqual(0);
        expect(item.labelLeft + item.labelWidth).toBeLessThanOrEqual(width);
      }
      expect(intersections(boxes(result))).toEqual([]);
    }
  });

  it('keeps every label whole and nothing intersecting, for random timelines of up to 30 events', () => {
    const words = [
      'court',
      'treaty',
      'signs',
      'the',
      'sanctions',
      'Congress',
      'warrant',
      'a',
      'of',
      'administration',
    ];
    const arbitraryEvent = fc.record({
      day: fc.integer({ min: 0, max: 20 * 365 }),
      lane: fc.integer({ min: 0, max: 4 }),
      title: fc
        .array(fc.constantFrom(...words), { minLength: 1, maxLength: 9 })
        .map((w) => w.join(' ')),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryEvent, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1024, max: 1920 }),
        (specs, width) => {
          const origin = Date.UTC(2000, 0, 1);
          const timeline = timelineOf(
            specs.map((s, i) => event(`e${i}`, `L${s.lane}`, date(origin + s.day * DAY), s.title)),
          );
          const result = layout(timeline, width);
          if (result.detail !== 'legible') return; // a stack too tall: clustered, tested elsewhere
          for (const item of events(result)) {
            expect(item.lines.join(' ')).toBe(timeline.events[item.index]?.title);
          }
          expect(intersections(boxes(result))).toEqual([]);
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });

  it('never shortens the selected or a key event, even with no room', () => {
    const long =
      'A very long title that cannot possibly fit on one side of its mark at this width at all';
    const base = Date.UTC(2000, 0, 1);
    const timeline = timelineOf([
      event('a', 'A', date(base), long),
      event('b', 'A', date(base + 10 * DAY), long),
      event('c', 'A', date(base + 20 * DAY), long),
    ]);
    timeline.events[2] = { ...timeline.events[2]!, key: true };
    const narrow = layout(timeline, 160, 0);
    const items = events(narrow);
    expect(items.find((i) => i.index === 0)?.shortened).toBe(false);
    expect(items.find((i) => i.index === 2)?.shortened).toBe(false);
    expect(items.find((i) => i.index === 0)?.lines.join(' ')).toBe(long);
  });

  it('gives an uneven 12-event timeline (129 BCE, 1609, 1957–2023) breaks, and draws all 12', () => {
    const years = [-128, 1609, 1957, 1969, 1977, 1990, 1998, 2004, 2012, 2015, 2021, 2023];
    const timeline = timelineOf(
      years.map((y, i) => {
        const t = Date.UTC(2000, 5, 1) + (y - 2000) * 365.2425 * DAY;
        return event(`y${i}`, 'A', date(t), `Event of ${y}`);
      }),
    );
    const { warp } = fitView(timeline);
    expect(warp.breaks).toHaveLength(2);
    const result = layout(timeline, 1024);
    expect(result.items.filter((i) => i.kind === 'cluster')).toHaveLength(0);
    expect(events(result)).toHaveLength(12);
  });
});
