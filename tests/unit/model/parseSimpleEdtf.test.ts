import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../../src/model/dates/parseEdtf.ts';
import { parseSimpleEdtf } from '../../../src/model/dates/parseSimpleEdtf.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Plain dates, including impossible days (31 April, 29 February) and every qualifier. */
const plainDate = fc
  .record({
    year: fc.integer({ min: 1000, max: 9998 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    depth: fc.constantFrom(1, 2, 3),
    qualifier: fc.constantFrom('', '', '~', '?', '%'),
  })
  .map(({ year, month, day, depth, qualifier }) => {
    const parts = [pad(year, 4), pad(month, 2), pad(day, 2)].slice(0, depth);
    return `${parts.join('-')}${qualifier}`;
  });

/** Intervals of two plain dates, in either order and at any distance, touching or not. */
const interval = fc.tuple(plainDate, plainDate).map(([a, b]) => `${a}/${b}`);

/** Pairs near each other, where the library's rules about touching and nesting ends bite. */
const closeInterval = fc
  .record({
    year: fc.integer({ min: 1000, max: 9990 }),
    month: fc.integer({ min: 1, max: 12 }),
    ends: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
    days: fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 })),
    depths: fc.tuple(fc.constantFrom(1, 2, 3), fc.constantFrom(1, 2, 3)),
  })
  .map(({ year, month, ends, days, depths }) => {
    const end = (i: 0 | 1) =>
      [pad(year + ends[i], 4), pad(month, 2), pad(days[i], 2)].slice(0, depths[i]).join('-');
    return `${end(0)}/${end(1)}`;
  });

describe('parseSimpleEdtf', () => {
  it('agrees with parseEdtf wherever it answers', () => {
    fc.assert(
      fc.property(fc.oneof(plainDate, interval, closeInterval), (text) => {
        const fast = parseSimpleEdtf(text);
        if (fast === null) return;
        expect(parseEdtf(text)).toEqual({ ok: true, value: fast });
      }),
      { numRuns: 3000 },
    );
  });

  it('answers for every valid plain date and ordered interval', () => {
    fc.assert(
      fc.property(fc.oneof(plainDate, interval), (text) => {
        const slow = parseEdtf(text);
        const [lower = '', upper] = text.split('/');
        const ordered =
          upper === undefined || (slow.ok && Number(lower.slice(0, 4)) < Number(upper.slice(0, 4)));
        if (slow.ok && ordered) expect(parseSimpleEdtf(text)).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2023-04-31',
    '2023-06-31',
    '0999',
    '0050-01-01',
    '-0044',
    '2001-21',
    '1850/1850',
    '2024-12/2024-12-15',
    '1850-03-01/1850-03-01',
    '19XX',
    '1850/..',
    '1850-03-12T10:00:00Z',
    ' 1850',
    '1850~~',
  ])('leaves %s to the full parser', (text) => {
    expect(parseSimpleEdtf(text)).toBeNull();
  });

  it('reads the plain forms as the full parser does', () => {
    for (const text of [
      '1850',
      '1850~',
      '1850-03?',
      '1850-03-12%',
      '2000-02-29',
      '2024-02-29?',
      '2023-12-31',
      '1850~/1852',
      '1993-05-25/1994-11-08',
    ]) {
      expect(parseEdtf(text)).toEqual({ ok: true, value: parseSimpleEdtf(text) });
    }
  });
});
