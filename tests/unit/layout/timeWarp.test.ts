// Breaks in the axis: the warped scale is monotonic, inverts exactly, maps every event of the
// fitted view inside it, and gives an evenly spread timeline no break at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleSegments, timeScale } from '../../../src/layout/axis/timeScale.ts';
import { NO_WARP, fitView, unwarp, warpUnit } from '../../../src/layout/axis/timeWarp.ts';
import { axisTicks } from '../../../src/layout/axis/axisTicks.ts';
import { iccTimeline } from '../../support/iccTimeline.ts';
import { DAY, date, event, timelineOf } from '../../support/synthetic.ts';

const YEAR = 365.2425 * DAY;
const yearStart = (y: number) => Date.UTC(2000, 0, 1) + (y - 2000) * YEAR;

function uneven() {
  const years = [-128, 1609, 1957, 1969, 1977, 1990, 1998, 2004, 2012, 2015, 2021, 2023];
  return timelineOf(years.map((y, i) => event(`y${i}`, 'A', date(yearStart(y)))));
}

/** Timelines of 2 to 40 events anywhere in 3,000 years, clumped or spread. */
const arbitraryTimeline = fc
  .array(fc.integer({ min: -1000, max: 2000 }), { minLength: 2, maxLength: 40 })
  .map((years) => timelineOf(years.map((y, i) => event(`e${i}`, 'A', date(yearStart(y))))));

describe('the time warp', () => {
  it('gives the evenly spread ICC timeline no break, and the uneven one two', () => {
    expect(fitView(iccTimeline()).warp).toBe(NO_WARP);
    const { warp } = fitView(uneven());
    expect(warp.breaks).toHaveLength(2);
    // The breaks are the two long empty stretches: 129 BCE to 1609, and 1609 to 1957.
    expect(warp.breaks[0]?.start).toBeGreaterThan(yearStart(-128));
    expect(warp.breaks[0]?.end).toBeLessThan(yearStart(1609));
    expect(warp.breaks[1]?.start).toBeGreaterThan(yearStart(1609));
    expect(warp.breaks[1]?.end).toBeLessThan(yearStart(1957));
  });

  it('fits the same whatever order the events and eras come in', () => {
    fc.assert(
      fc.property(arbitraryTimeline, (timeline) => {
        const events = [...timeline.events].sort((a, b) => a.date.start - b.date.start);
        // Every third date an era's, so the two lists interleave.
        const eras = events
          .filter((_, i) => i % 3 === 1)
          .map((e, i) => ({ label: `Era ${i}`, date: e.date }));
        const inOrder = { ...timeline, events: events.filter((_, i) => i % 3 !== 1), eras };
        const reversed = {
          ...inOrder,
          events: [...inOrder.events].reverse(),
          eras: [...eras].reverse(),
        };
        expect(fitView(reversed)).toEqual(fitView(inOrder));
        // Eras count as the events they stand beside would.
        expect(fitView(inOrder)).toEqual(fitView({ ...timeline, events, eras: [] }));
      }),
    );
  });

  it('is monotonic and inverts exactly, for any timeline', () => {
    fc.assert(
      fc.property(
        arbitraryTimeline,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true })),
        (t, us) => {
          const { fit, warp } = fitView(t);
          // Without breaks the warp is time itself; with them, units run from 0 to 1 over the fit.
          const lo = warpUnit(warp, fit.start);
          const hi = warpUnit(warp, fit.end);
          if (warp !== NO_WARP) {
            expect(lo).toBeCloseTo(0, 9);
            expect(hi).toBeCloseTo(1, 9);
          }
          const sorted = [...us].sort((a, b) => a - b).map((u) => lo + u * (hi - lo));
          const times = sorted.map((u) => unwarp(warp, u));
          for (let i = 1; i < times.length; i++) {
            expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] ?? -Infinity);
          }
          sorted.forEach((u, i) => {
            const back = warpUnit(warp, times[i] ?? 0);
            expect(Math.abs(back - u)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(hi - lo)));
          });
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });

  it('maps every event of the fitted view inside it, and the scale inverts there', () => {
    fc.assert(
      fc.property(arbitraryTimeline, fc.integer({ min: 320, max: 1920 }), (t, width) => {
        const { fit, warp } = fitView(t);
        const scale = timeScale(fit, width, warp);
        for (const e of t.events) {
          const x = scale(e.date.start);
          expect(x).toBeGreaterThan(0);
          expect(x).toBeLessThan(width);
          expect(scale.invert(x)).toBeCloseTo(e.date.start, -3); // to the second
        }
      }),
      { numRuns: 200, seed: 5 },
    );
  });

  it('stays continuous and monotonic in any zoomed view across a break', () => {
    const { fit, warp } = fitView(uneven());
    const lo = warpUnit(warp, fit.start);
    const hi = warpUnit(warp, fit.end);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (a, share) => {
          const u0 = lo + a * (hi - lo);
          const u1 = Math.min(hi, u0 + share * (hi - lo));
          const domain = { start: unwarp(warp, u0), end: unwarp(warp, u1) };
          const scale = timeScale(domain, 1000, warp);
          expect(scale(domain.start)).toBeCloseTo(0, 6);
          expect(scale(domain.end)).toBeCloseTo(1000, 6);
          let previous = -Infinity;
          for (let k = 0; k <= 50; k++) {
            const x = scale(domain.start + ((domain.end - domain.start) * k) / 50);
            expect(x).toBeGreaterThanOrEqual(previous - 1e-6);
            previous = x;
          }
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('labels both sides of each break, with ticks that do not collide', () => {
    const { fit, warp } = fitView(uneven());
    const scale = timeScale(fit, 1000, warp);
    const ticks = axisTicks(scale, undefined, warp.breaks);
    const segments = scaleSegments(scale).filter(
      (s) => !warp.breaks.some((b) => s.start >= b.start - 1 && s.end <= b.end + 1),
    );
    expect(segments).toHaveLength(3);
    for (const s of segments) {
      expect(ticks.some((t) => t.value.getTime() >= s.start && t.value.getTime() <= s.end)).toBe(
        true,
      );
    }
    for (let i = 1; i < ticks.length; i++) {
      expect((ticks[i]?.x ?? 0) - (ticks[i - 1]?.x ?? 0)).toBeGreaterThan(20);
    }
  });
});

describe('an axis broken into short stretches', () => {
  // As the studio's preview drew a draft of three events, 1998, about 2003 and 2023, at 560 px:
  // "Apr Jul Oct // Apr Jul Oct Jan 2004 // Apr", a first and a last stretch of no known year.
  const years = timelineOf([
    event('a', 'A', date(Date.UTC(1998, 0, 1), 365)),
    event('b', 'A', date(Date.UTC(2002, 0, 1), 3 * 365)),
    event('c', 'A', date(Date.UTC(2023, 2, 17))),
  ]);
  it('names the year at the first tick of every stretch, for any clumped timeline and width', () => {
    // Clumps of up to two years with long gaps between: stretches of month or day ticks, whose
    // first may crowd the stretch before's last at a break.
    const clumped = fc
      .array(fc.tuple(fc.integer({ min: 1900, max: 2020 }), fc.integer({ min: 1, max: 720 })), {
        minLength: 2,
        maxLength: 6,
      })
      .map((clumps) =>
        timelineOf(
          clumps.flatMap(([year, days], i) => [
            event(`a${i}`, 'A', date(Date.UTC(year, 0, 1))),
            event(`b${i}`, 'A', date(Date.UTC(year, 0, 1) + days * DAY)),
          ]),
        ),
      );
    fc.assert(
      fc.property(clumped, fc.integer({ min: 320, max: 1400 }), (timeline, width) => {
        const { fit, warp } = fitView(timeline);
        const scale = timeScale(fit, width, warp);
        const ticks = axisTicks(scale, undefined, warp.breaks);
        for (const stretch of scaleSegments(scale)) {
          if (warp.breaks.some((b) => stretch.start >= b.start - 1 && stretch.end <= b.end + 1))
            continue;
          const own = ticks.filter(
            (t) => t.value.getTime() >= stretch.start && t.value.getTime() <= stretch.end,
          );
          // Ticks of hours name the day and the time, not the year (tickLabel): left as they are.
          const first = own[0]?.label;
          if (first !== undefined && !first.includes(':')) expect(first).toMatch(/\d{4}/);
        }
      }),
      { numRuns: 300 },
    );
  });

  for (const width of [560, 900, 1280]) {
    it(`names the year at the first tick of every stretch, at ${width} px`, () => {
      const { fit, warp } = fitView(years);
      expect(warp.breaks.length).toBeGreaterThan(0);
      const scale = timeScale(fit, width, warp);
      const ticks = axisTicks(scale, undefined, warp.breaks);
      const stretches = scaleSegments(scale).filter(
        (s) => !warp.breaks.some((b) => s.start >= b.start - 1 && s.end <= b.end + 1),
      );
      for (const stretch of stretches) {
        const own = ticks.filter(
          (t) => t.value.getTime() >= stretch.start && t.value.getTime() <= stretch.end,
        );
        if (own.length === 0) continue;
        expect(own[0]?.label, own.map((t) => t.label).join(' ')).toMatch(/\d{4}/);
      }
    });
  }
});
