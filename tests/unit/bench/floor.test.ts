// The floor comparison's summary and table (bench/floor.ts): medians, ranges and the ratio as
// the benchmark writes them into docs/performance.md.
import { describe, expect, it } from 'vitest';
import { floorTable, summariseFloor } from '../../../bench/floor.ts';

const RUNS = [
  { events: 1000, ours: [300, 240, 260, 250, 900], floor: [100, 80, 120, 90, 110] },
  { events: 100000, ours: [1180, 1230, 1120], floor: [600, 560, 640] },
];

describe('the floor comparison', () => {
  it('summarises each size by its medians and ranges, and ours over the floor', () => {
    const [small, large] = summariseFloor(RUNS);
    expect(small).toMatchObject({
      events: 1000,
      ours: { median: 260, min: 240, max: 900 },
      floor: { median: 100, min: 80, max: 120 },
    });
    expect(small?.ratio).toBeCloseTo(2.6);
    expect(large?.ratio).toBeCloseTo(1180 / 600);
  });

  it('writes one row per size, thousands separated, the ratio to two places', () => {
    const rows = floorTable(summariseFloor(RUNS)).split('\n');
    expect(rows).toHaveLength(4);
    expect(rows[2]).toBe('| 1,000 | 260 ms (240–900) | 100 ms (80–120) | 2.60 |');
    expect(rows[3]).toBe('| 100,000 | 1,180 ms (1,120–1,230) | 600 ms (560–640) | 1.97 |');
  });
});
