import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitDomain, timeScale } from '../../../src/layout/axis/timeScale.ts';
import { DAY, date, event, seeded, timelineOf } from '../../support/synthetic.ts';

describe('fitDomain', () => {
  it('puts every event of a random timeline inside the fitted view, with a margin', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 200 }),
        (seed, count) => {
          const random = seeded(seed);
          const events = Array.from({ length: count }, (_, i) =>
            event(
              `e${i}`,
              'A',
              date(
                Date.UTC(-500, 0, 1) + Math.floor(random() * 900_000) * DAY,
                1 + Math.floor(random() * 2000),
              ),
            ),
          );
          const fit = fitDomain(timelineOf(events));
          const scale = timeScale(fit, 1000);
          for (const e of events) {
            expect(scale(e.date.start)).toBeGreaterThan(0);
            expect(scale(e.date.end)).toBeLessThan(1000);
          }
        },
      ),
    );
  });

  it('gives a single day a readable stretch of time around it', () => {
    const fit = fitDomain(timelineOf([event('one', 'A', date(Date.UTC(2023, 2, 17)))]));
    expect(fit.end - fit.start).toBeGreaterThanOrEqual(30 * DAY);
  });
});
