// The date finder's benchmark article: at least 5,000 words, the same every time, and every
// copy's sentences told apart (so the benchmark is not the repeated-text worst case).
import { describe, expect, it } from 'vitest';
import { benchArticle, benchFindDates } from '../../../bench/findDatesBench.ts';

describe('the date finder benchmark', () => {
  it('builds the same article of 5,000 words or more, and times findDates on it', () => {
    const text = benchArticle();
    expect(text).toBe(benchArticle());
    expect(text.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(5000);
    const bench = benchFindDates(1, 0);
    expect(bench.proposals).toBeGreaterThan(50);
    expect(bench.ms.median).toBeGreaterThan(0);
  });
});
