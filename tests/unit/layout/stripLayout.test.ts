// The presentation strip: targets placed by time, never touching within a row, bounded in number
// however many events, and always showing the current event.
import { describe, expect, it } from 'vitest';
import { STRIP_GEOMETRY, stripLayout, stripRows } from '../../../src/layout/present/stripLayout.ts';
import { fitDomain } from '../../../src/layout/axis/timeScale.ts';
import type { StripItem } from '../../../src/layout/present/stripLayout.ts';
import type { ParsedDate } from '../../../src/model/timeline.ts';
import { iccTimeline } from '../../support/iccTimeline.ts';

const DAY = 86_400_000;

function day(n: number, length = 1): ParsedDate {
  return {
    edtf: `day ${n}`,
    start: n * DAY,
    end: (n + length) * DAY,
    precision: 'day',
    isInterval: length > 1,
    approximate: false,
    uncertain: false,
    isPoint: length === 1,
    label: `day ${n}`,
  };
}

function noTouching(items: StripItem[]): boolean {
  for (const a of items) {
    for (const b of items) {
      if (a === b || a.row !== b.row) continue;
      if (
        a.left < b.left + b.width + STRIP_GEOMETRY.gap &&
        b.left < a.left + a.width + STRIP_GEOMETRY.gap
      )
        return false;
    }
  }
  return true;
}

describe('stripLayout', () => {
  it('places events left to right in time order, inside the strip', () => {
    const dates = [day(0), day(50), day(100)];
    const items = stripLayout(dates, { start: 0, end: 101 * DAY }, 1000, -1);
    expect(items.map((item) => item.index)).toEqual([0, 1, 2]);
    const lefts = items.map((item) => item.left);
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    for (const item of items) {
      expect(item.left).toBeGreaterThanOrEqual(0);
      expect(item.left + item.width).toBeLessThanOrEqual(1000);
      expect(item.row).toBe(0);
    }
  });

  it('stacks events of the same day in rows instead of overlapping them', () => {
    const dates = [day(10), day(10), day(10)];
    const items = stripLayout(dates, { start: 0, end: 20 * DAY }, 400, -1);
    expect(items.map((item) => item.row).sort()).toEqual([0, 1, 2]);
    expect(noTouching(items)).toBe(true);
  });

  it('draws a long span as a bar as wide as its time', () => {
    const [item] = stripLayout([day(0, 50)], { start: 0, end: 100 * DAY }, 1000, -1);
    expect(item?.span).toBe(true);
    expect(item?.width).toBeCloseTo(500);
  });

  it('leaves out what does not fit, but never the current event', () => {
    const dates = Array.from({ length: 20_000 }, (_, i) => day(Math.floor(i / 200)));
    const current = 12_345;
    const items = stripLayout(dates, { start: 0, end: 100 * DAY }, 800, current);
    const perRow = Math.ceil(800 / STRIP_GEOMETRY.size);
    expect(items.length).toBeLessThanOrEqual(STRIP_GEOMETRY.rows * perRow + 1);
    expect(items.some((item) => item.index === current)).toBe(true);
    expect(noTouching(items.filter((item) => item.index !== current))).toBe(true);
  });
});

describe('the ICC timeline on the strip', () => {
  it('shows every event from a 1024 px projector up, in at most four rows', () => {
    const timeline = iccTimeline();
    const dates = timeline.events.map((event) => event.date);
    for (const width of [932, 1165, 1728]) {
      const items = stripLayout(dates, fitDomain(timeline), width, -1);
      expect(items.map((item) => item.index)).toEqual(timeline.events.map((_, i) => i));
      expect(stripRows(items)).toBeLessThanOrEqual(4);
      expect(noTouching(items)).toBe(true);
    }
  });
});
