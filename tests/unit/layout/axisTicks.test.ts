import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisTicks, tickLabel } from '../../../src/layout/axis/axisTicks.ts';
import { estimateTextWidth } from '../../../src/layout/textWidth.ts';
import { timeScale } from '../../../src/layout/axis/timeScale.ts';

const DAY = 86_400_000;
const measure = (text: string) => estimateTextWidth(text, 12);
const ticksFor = (start: number, end: number, width: number) =>
  axisTicks(timeScale({ start, end }, width));

describe('axisTicks', () => {
  it('labels a thirty-year view in years', () => {
    const labels = ticksFor(Date.UTC(1993, 0, 1), Date.UTC(2023, 6, 1), 1200).map((t) => t.label);
    expect(labels).toContain('2000');
    expect(labels.every((l) => /^\d{4}$/.test(l))).toBe(true);
  });

  it('labels a one-year view in months, with the year where it changes', () => {
    const labels = ticksFor(Date.UTC(2022, 1, 15), Date.UTC(2023, 1, 15), 1200).map((t) => t.label);
    expect(labels).toContain('Jan 2023');
    expect(labels).toContain('Jun');
  });

  it('names the year at the first tick drawn, when the one at the view’s edge has no room', () => {
    // A tick on the view's first instant has half its label outside: the next one says the year.
    for (const width of [600, 1200]) {
      const labels = ticksFor(Date.UTC(2022, 0, 1), Date.UTC(2022, 11, 31), width).map(
        (t) => t.label,
      );
      expect(labels[0], labels.join(' ')).toMatch(/ 2022$/);
    }
  });

  it('labels a two-week view in days', () => {
    const labels = ticksFor(Date.UTC(2023, 2, 10), Date.UTC(2023, 2, 24), 1200).map((t) => t.label);
    expect(labels).toContain('17 Mar');
  });

  it('labels years before the common era historically', () => {
    const labels = ticksFor(Date.UTC(-600, 0, 1), Date.UTC(200, 0, 1), 1200).map((t) => t.label);
    expect(labels.some((l) => / BCE$/.test(l))).toBe(true);
    expect(labels.some((l) => / CE$/.test(l))).toBe(true);
  });

  it('fits fewer ticks into a phone-width axis', () => {
    const wide = ticksFor(Date.UTC(1993, 0, 1), Date.UTC(2023, 6, 1), 1200);
    const narrow = ticksFor(Date.UTC(1993, 0, 1), Date.UTC(2023, 6, 1), 320);
    expect(narrow.length).toBeGreaterThan(1);
    expect(narrow.length).toBeLessThan(wide.length);
  });

  it('never lets two labels collide or leave the axis, at any zoom and width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 2100 }),
        fc.double({ min: 0.01, max: 2000, noNaN: true }),
        fc.integer({ min: 200, max: 2000 }),
        (year, spanYears, width) => {
          const start = Date.UTC(2000, 0, 1) + (year - 2000) * 365.25 * DAY;
          const ticks = ticksFor(start, start + spanYears * 365.25 * DAY, width);
          for (const tick of ticks) {
            expect(tick.x - measure(tick.label) / 2).toBeGreaterThanOrEqual(0);
            expect(tick.x + measure(tick.label) / 2).toBeLessThanOrEqual(width);
          }
          for (let i = 1; i < ticks.length; i++) {
            const a = ticks[i - 1]!;
            const b = ticks[i]!;
            expect(b.x - a.x).toBeGreaterThanOrEqual((measure(a.label) + measure(b.label)) / 2);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('tickLabel', () => {
  it('formats by the step between ticks', () => {
    const value = new Date(Date.UTC(2023, 2, 17, 10, 30));
    expect(tickLabel(value, 365 * DAY, false)).toBe('2023');
    expect(tickLabel(value, 31 * DAY, false)).toBe('Mar');
    expect(tickLabel(value, DAY, false)).toBe('17 Mar');
    expect(tickLabel(value, 3_600_000, false)).toBe('10:30');
    expect(tickLabel(value, 3_600_000, true)).toBe('17 Mar, 10:30');
  });
});
